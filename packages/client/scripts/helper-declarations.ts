/**
 * Type declarations of the helpers, one interface per group (`DeploymentsApi`), so that an editor
 * shows named types (`Promise<Deployment>`) and, on hover, each helper's summary, description, the
 * permission it needs and a link to its reference page. Types only: nothing here reaches the bundle.
 */
import type { OperationModel } from '@astro-api/openapi/model';
import { referenceUrl } from './reference-links.ts';

type JsonObject = Record<string, any>;

export interface DeclarationContext {
  version: string;
  /** Names the generated types module already exports; a new alias must not collide with one. */
  takenNames: Set<string>;
  /** `#/components/schemas/Name` → `Name`, for a `$ref` node. */
  componentName: (node: unknown) => string | undefined;
  resolveRef: (document: unknown, node: unknown) => JsonObject;
  document: unknown;
}

/** `deployments` → `DeploymentsApi`. */
export const groupInterface = (group: string): string => `${group.charAt(0).toUpperCase()}${group.slice(1)}Api`;

const ORGANIZATION_PARAMETER = 'organizationId';

/** JSDoc lines may not close the comment early. */
const docText = (text: string): string => text.replace(/\*\//g, '*\\/').trim();

function jsDoc(lines: string[], indent = '  '): string {
  const body = lines.flatMap((line) => (line === '' ? [''] : docText(line).split('\n')));
  return `${indent}/**\n${body.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

const jsonMedia = (content: { mediaType: string; schema?: JsonObject }[]) => content.find((media) => media.mediaType === 'application/json');

export function renderHelperDeclarations(operations: OperationModel[], context: DeclarationContext): string {
  const { version, takenNames, componentName, resolveRef, document } = context;
  const aliases: string[] = [];
  const usedTypes = new Set<string>();
  /** Declares `name` for the inline `schema` found at `access`: an interface for an object (an editor shows its name), an array of a named item, or an alias. */
  const alias = (name: string, access: string, doc: string, schema?: unknown) => {
    if (takenNames.has(name)) throw new Error(`The helper type ${name} would shadow a generated type of the same name; rename the schema or the operation`);
    takenNames.add(name);
    const node = resolveRef(document, schema) ?? {};
    const item = node.type === 'array' ? componentName(node.items) : undefined;
    if (item) usedTypes.add(item);
    aliases.push(
      `/** ${docText(doc)} */\n` +
        (item
          ? `export type ${name} = ${item}[];\n`
          : node.type === 'object' && !node.oneOf && !node.anyOf
            ? `export interface ${name} extends Of<${access}> {}\n`
            : `export type ${name} = ${access};\n`),
    );
    return name;
  };
  /** The schema's own name when it is a `$ref` to a component, else `fallback`. */
  const named = (schema: unknown, fallback: () => string) => {
    const name = componentName(schema);
    if (name) {
      usedTypes.add(name);
      return name;
    }
    return fallback();
  };

  const groups = new Map<string, string[]>();
  for (const operation of operations) {
    const { operationId, sdk, summary, description, permissions, tag, pathParams, query, requestBody, success, successKind, pagination } = operation;
    const op = `operations['${operationId}']`;
    const args = pathParams.filter((parameter) => parameter.name !== ORGANIZATION_PARAMETER).map((parameter) => `${parameter.name}: string`);
    if (requestBody) {
      const schema = jsonMedia(requestBody.content)?.schema;
      const type = named(schema, () => alias(`${operationId}Body`, `NonNullable<${op}['requestBody']>['content']['application/json']`, `Request body of ${operationId}.`, schema));
      args.push(`body${requestBody.required ? '' : '?'}: ${type}`);
    }
    let queryType = '';
    if (query.length) {
      queryType = alias(`${operationId}Query`, `NonNullable<${op}['parameters']['query']>`, `Query parameters of ${operationId}.`, { type: 'object' });
      args.push(`query${query.some((parameter) => parameter.required) ? '' : '?'}: ${queryType}`);
    }
    const withOptions = (list: string[]) => [...list, 'options?: RequestOptions'].join(', ');

    const successSchema = jsonMedia(success.content)?.schema;
    const data =
      successKind === 'json' ? named(successSchema, () => alias(`${operationId}Response`, `${op}['responses'][${success.status}]['content']['application/json']`, `Success body of ${operationId}.`, successSchema)) : '';
    const link = `@see {@link ${referenceUrl(version, tag, operationId)} | ${operationId}} in the API reference`;
    const permission = permissions.length ? [`Permission: ${permissions.map((action) => `\`${action}\``).join(', ')}.`] : [];
    const docLines = (title: string, ...more: string[]) => [title, '', ...(more.length ? [...more, ''] : []), ...permission, link];
    const methods = (groups.get(sdk.group) ?? groups.set(sdk.group, []).get(sdk.group))!;

    if (successKind === 'stream') {
      const event = success.content.map((media) => componentName(media.schema)).find(Boolean);
      if (event) usedTypes.add(event);
      methods.push(
        jsDoc(docLines(summary, description, 'Resolves to an async iterable of the parsed lines, read as they arrive (gzip or plain bytes).')) +
          `  ${sdk.method}(${withOptions(args)}): AsyncGenerator<${event ?? 'unknown'}, void, undefined>;\n`,
        jsDoc(docLines(`${summary}: the raw export, as gzip bytes.`, `The same call as \`${sdk.method}\`, for saving the export: the bytes are gzip whether or not fetch decompressed them.`)) +
          `  ${sdk.method}Raw(${withOptions(args)}): Promise<ReadableStream<Uint8Array>>;\n`,
      );
      continue;
    }
    methods.push(jsDoc(docLines(summary, description)) + `  ${sdk.method}(${withOptions(args)}): Promise<${successKind === 'empty' ? 'void' : data}>;\n`);

    if (pagination) {
      const items = resolveRef(document, resolveRef(document, successSchema)?.properties?.[pagination.items]);
      const item = named(items?.items, () => `${data}['${pagination.items}'][number]`);
      const walkArgs = args.map((arg) => (arg.startsWith('query') ? `query?: WalkQuery<${queryType}>` : arg));
      const pageSizes = `\`pageSize\` items per request (1 to ${pagination.maxLimit ?? 1000}, default ${Math.min(100, pagination.maxLimit ?? 100)})`;
      methods.push(
        jsDoc(
          docLines(
            `${summary}: every page, item by item.`,
            `Walks \`${sdk.method}\` with ${pageSizes}, fetching the next page while the current one is consumed. \`break\` stops the walk; \`toArray()\` collects it.`,
          ),
        ) + `  ${sdk.method}All(${withOptions(walkArgs)}): PageIterator<${item}>;\n`,
      );
    }
  }

  const interfaces = [...groups].map(
    ([group, methods]) =>
      `/** \`client.${group}\`: the helpers of the ${version} operations whose \`x-sdk\` group is \`${group}\`. */\nexport interface ${groupInterface(group)} {\n${methods.join('\n')}}\n`,
  );
  const all = `/** Every helper group of a ${version} client. */\nexport interface Helpers {\n${[...groups.keys()].map((group) => `  ${group}: ${groupInterface(group)};`).join('\n')}\n}\n`;
  const imports =
    `import type { PageIterator, RequestOptions, WalkQuery } from '../resources/types.ts';\n` +
    `import type { ${['operations', ...[...usedTypes].sort()].join(', ')} } from './${version}.ts';\n`;
  const of = '/** The type an interface above takes its members from (an interface keeps its name in an editor, an alias does not). */\ntype Of<T> = T;\n';
  return [imports, ...aliases, ...interfaces, all, of].join('\n');
}
