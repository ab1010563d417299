/**
 * What the reference page must show for each operation, read through the operation model: the
 * section Redoc gives it, its parameters (with the enum values and limits Redoc prints for them),
 * its request body's top-level properties, and its response codes.
 */
import { readOperations, resolveRef, type JsonObject, type OpenApiDocument } from '@astro-api/openapi';
import { operationRoute } from '../../src/site-paths.ts';

export interface ExpectedField {
  /** Where Redoc renders it: `in=query`, `in=path`, `in=header`, or a body property. */
  location: 'query' | 'path' | 'header' | 'body';
  name: string;
  /** Text fragments the field's entry must contain: enum values as `"VALUE"`, limits as Redoc words them. */
  texts: string[];
}

export interface ExpectedOperation {
  operationId: string;
  method: string;
  summary: string;
  deprecated: boolean;
  /** `data-section-id` of the operation's section, which is also its hash route (`#/tag/operation`). */
  sectionId: string;
  fields: ExpectedField[];
  responseCodes: string[];
}

/** Redoc's wording of a schema's range: `[ 0 .. 1000 ]`, `>= 0`, `<= 1000`, `<= 50 characters`. */
export function limitText(schema: JsonObject): string | undefined {
  const { minimum, maximum, minLength, maxLength } = schema;
  if (minimum !== undefined && maximum !== undefined) return `[ ${minimum} .. ${maximum} ]`;
  if (minimum !== undefined) return `>= ${minimum}`;
  if (maximum !== undefined) return `<= ${maximum}`;
  if (minLength !== undefined && maxLength !== undefined) return `[ ${minLength} .. ${maxLength} ] characters`;
  if (maxLength !== undefined) return `<= ${maxLength} characters`;
  if (minLength !== undefined) return `>= ${minLength} characters`;
  return undefined;
}

function fieldTexts(document: OpenApiDocument, schemaOrRef: unknown): string[] {
  const schema = resolveRef<JsonObject>(document, schemaOrRef ?? {});
  const items = schema.type === 'array' ? resolveRef<JsonObject>(document, schema.items ?? {}) : undefined;
  const values: unknown[] = schema.enum ?? items?.enum ?? [];
  const limit = limitText(schema);
  return [...values.map((value) => JSON.stringify(value)), ...(limit ? [limit] : [])];
}

export function expectedOperations(document: OpenApiDocument): ExpectedOperation[] {
  return readOperations(document).map((operation) => {
    const fields: ExpectedField[] = operation.parameters
      .filter((parameter) => parameter.in !== 'cookie')
      .map((parameter) => ({ location: parameter.in as ExpectedField['location'], name: parameter.name, texts: fieldTexts(document, parameter.schema) }));
    const json = operation.requestBody?.content.find(({ mediaType }) => mediaType === 'application/json');
    const schema = resolveRef<JsonObject>(document, json?.schema ?? {});
    for (const [name, property] of Object.entries<JsonObject>(schema.properties ?? {})) {
      fields.push({ location: 'body', name, texts: fieldTexts(document, property) });
    }
    return {
      operationId: operation.operationId,
      method: operation.method.toLowerCase(),
      summary: operation.summary,
      deprecated: operation.deprecated,
      sectionId: operationRoute(operation),
      fields,
      responseCodes: operation.responses.map(({ status }) => status),
    };
  });
}
