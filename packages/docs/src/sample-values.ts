/**
 * The values a generated sample shows, taken from the spec: a parameter's example, default or
 * first enum value; a path parameter's id from the example of the GET that reads that resource;
 * the request body from its first named example. Shared by the curl and TypeScript samples.
 */
import { resolveRef, type JsonObject, type OperationModel, type ParameterModel } from '@astro-api/openapi';

/** The environment variable every sample reads the token from. */
export const TOKEN_VARIABLE = 'ASTRO_API_TOKEN';

export class SampleValueError extends Error {
  override name = 'SampleValueError';
}

/** A parameter's example, else its schema's example or default; for a required one, else its first enum value. */
export function parameterExample(document: JsonObject, parameter: ParameterModel, where: string): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const schema = resolveRef<JsonObject>(document, parameter.schema);
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (!parameter.required) return undefined;
  const items = schema.type === 'array' ? resolveRef<JsonObject>(document, schema.items ?? {}) : undefined;
  const firstEnum = (schema.enum ?? items?.enum)?.[0];
  if (firstEnum !== undefined) return schema.type === 'array' ? [firstEnum] : firstEnum;
  throw new SampleValueError(`${where}: required ${parameter.in} parameter "${parameter.name}" has no example, default or enum to show in the samples; add an example to the spec`);
}

/** The JSON media type of a body or response, else its first one. */
export function preferredMedia<T extends { mediaType: string }>(content: T[]): T | undefined {
  return content.find(({ mediaType }) => mediaType === 'application/json') ?? content[0];
}

/** The request body's first example (an inline `example` or the first named one), with its media type. */
export function requestBodyExample(operation: OperationModel): { mediaType: string; value: unknown; summary?: string } | undefined {
  const body = operation.requestBody;
  if (!body) return undefined;
  const media = preferredMedia(body.content);
  if (!media) throw new SampleValueError(`${operation.operationId}: the request body declares no media type`);
  const [example] = media.examples;
  if (!example) {
    if (body.required) throw new SampleValueError(`${operation.operationId}: the required ${media.mediaType} request body has no example for the samples`);
    return undefined;
  }
  return { mediaType: media.mediaType, value: example.value, ...(example.summary !== undefined && { summary: example.summary }) };
}

/**
 * The value shown for a path parameter: its own example, else the `id` in the success example of
 * the GET whose path ends at this parameter (`GET /…/deployments/{deploymentId}` for `deploymentId`),
 * else a placeholder that names it.
 */
export function pathParameterExample(document: JsonObject, operations: OperationModel[], operation: OperationModel, parameter: ParameterModel): string {
  const own = parameter.example ?? resolveRef<JsonObject>(document, parameter.schema).example;
  if (typeof own === 'string') return own;
  const marker = `{${parameter.name}}`;
  const itemPath = operation.path.slice(0, operation.path.indexOf(marker) + marker.length);
  const reader = operations.find((candidate) => candidate.method === 'GET' && candidate.path === itemPath);
  const example = reader && preferredMedia(reader.success.content)?.examples[0]?.value;
  const id = example && typeof example === 'object' ? (example as JsonObject).id : undefined;
  return typeof id === 'string' && id ? id : `<${parameter.name}>`;
}
