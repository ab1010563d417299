/**
 * The TypeScript sample of an operation, generated from the operation model: the client of the
 * operation's version, the Organization set on the client, the other path parameters positional in
 * path order, then the body from the spec's example, then the required or exemplified query
 * parameters, exactly as the client's calling convention has it. Lists that walk also show
 * `<method>All`.
 */
import { componentName, resolveRef, type JsonObject, type OperationModel } from '@astro-api/openapi';
import { parameterExample, pathParameterExample, preferredMedia, requestBodyExample, TOKEN_VARIABLE } from './sample-values.ts';
import { toTypeScriptLiteral } from './ts-literal.ts';

export const ORGANIZATION_PARAMETER = 'organizationId';
/** The name of the client in every sample. */
const CLIENT = 'astro';
/** The properties a sample prints when the resource has them (required strings). */
const PRINTED = ['id', 'name', 'status'];

export interface TypeScriptSampleInput {
  /** The client entry point: `@astro-api/client/<version>`. */
  version: string;
  document: JsonObject;
  operations: OperationModel[];
  operation: OperationModel;
}

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** Required string properties worth printing: those of PRINTED, else the first two. */
function printedFields(document: JsonObject, schemaNode: unknown): string[] {
  const schema = resolveRef<JsonObject>(document, schemaNode ?? {});
  const required: string[] = Array.isArray(schema.required) ? schema.required : [];
  const strings = required.filter((name) => resolveRef<JsonObject>(document, schema.properties?.[name] ?? {}).type === 'string');
  const preferred = PRINTED.filter((name) => strings.includes(name));
  return preferred.length ? preferred : strings.slice(0, 2);
}

function logLine(variable: string, fields: string[]): string {
  return `console.log(${fields.length ? fields.map((field) => `${variable}.${field}`).join(', ') : variable});`;
}

/** A variable named after the response schema (`Deployment` → `deployment`), `page` for a list page. */
function resultName(document: JsonObject, operation: OperationModel, schemaNode: unknown): string {
  if (operation.pagination) return 'page';
  const named = componentName(schemaNode);
  if (named) return camel(named);
  const schema = resolveRef<JsonObject>(document, schemaNode ?? {});
  const itemName = schema.type === 'array' ? componentName(schema.items) : undefined;
  return itemName ? camel(itemName).replace(/(?<!s)$/, 's') : 'result';
}

function callArguments(input: TypeScriptSampleInput, indent: string): string[] {
  const { document, operations, operation } = input;
  const args = operation.pathParams
    .filter(({ name }) => name !== ORGANIZATION_PARAMETER)
    .map((parameter) => toTypeScriptLiteral(pathParameterExample(document, operations, operation, parameter)));
  const body = requestBodyExample(operation);
  if (body) args.push(toTypeScriptLiteral(body.value, indent));
  const query: Record<string, unknown> = {};
  for (const parameter of operation.query) {
    const value = parameter.required ? parameterExample(document, parameter, operation.operationId) : parameter.example;
    if (value !== undefined) query[parameter.name] = value;
  }
  if (Object.keys(query).length) args.push(toTypeScriptLiteral(query, indent));
  return args;
}

function clientSetup(input: TypeScriptSampleInput): string[] {
  const { document, operations, operation } = input;
  const organization = operation.pathParams.find(({ name }) => name === ORGANIZATION_PARAMETER);
  const lines = [`import { createClient } from '@astro-api/client/${input.version}';`, ''];
  if (!organization) {
    lines.push(`const ${CLIENT} = createClient({ token: process.env.${TOKEN_VARIABLE} });`);
  } else {
    const id = pathParameterExample(document, operations, operation, organization);
    lines.push(`const ${CLIENT} = createClient({`, `  token: process.env.${TOKEN_VARIABLE},`, `  organizationId: ${toTypeScriptLiteral(id)}, // or ASTRO_ORGANIZATION_ID`, '});');
  }
  return lines;
}

export function typeScriptSample(input: TypeScriptSampleInput): string {
  const { document, operation } = input;
  const helper = `${CLIENT}.${operation.sdk.group}.${operation.sdk.method}`;
  const call = `${helper}(${callArguments(input, '').join(', ')})`;
  const lines = [...clientSetup(input), ''];
  const media = preferredMedia(operation.success.content);

  if (operation.successKind === 'empty') {
    lines.push(`await ${call};`, `// Resolves with no value once the API has answered ${operation.success.status}.`);
  } else if (operation.successKind === 'stream') {
    lines.push(`// Read item by item as the response streams in.`, `for await (const entry of ${call}) {`, '  console.log(entry);', '}');
  } else {
    const variable = resultName(document, operation, media?.schema);
    lines.push(`const ${variable} = await ${call};`);
    const pagination = operation.pagination;
    if (pagination) {
      const page = resolveRef<JsonObject>(document, media?.schema ?? {});
      const itemsSchema = resolveRef<JsonObject>(document, page.properties?.[pagination.items] ?? {}).items;
      const count = `${variable}.${pagination.items}.length`;
      lines.push((page.required ?? []).includes('totalCount') ? `console.log(\`\${${count}} of \${${variable}.totalCount}\`);` : `console.log(${count});`);
      const item = camel(componentName(itemsSchema) ?? 'item');
      lines.push('', '// Or every item of every page, fetched as the loop goes:', `for await (const ${item} of ${helper}All(${allArguments(input)})) {`, `  ${logLine(item, printedFields(document, itemsSchema))}`, '}');
    } else {
      lines.push(logLine(variable, printedFields(document, media?.schema)));
    }
  }
  return lines.join('\n');
}

/** `<method>All` takes the same leading arguments as the list, and `pageSize` in its query. */
function allArguments(input: TypeScriptSampleInput): string {
  const { document, operations, operation } = input;
  const leading = operation.pathParams
    .filter(({ name }) => name !== ORGANIZATION_PARAMETER)
    .map((parameter) => toTypeScriptLiteral(pathParameterExample(document, operations, operation, parameter)));
  const query: Record<string, unknown> = { pageSize: 100 };
  for (const parameter of operation.query) {
    if (parameter.required) query[parameter.name] = parameterExample(document, parameter, operation.operationId);
  }
  return [...leading, toTypeScriptLiteral(query)].join(', ');
}
