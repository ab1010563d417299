/**
 * The operation model: one reading of a bundled OpenAPI document that every package shares. The
 * client generator, the simulator's router, the docs build and the spec diff ask this module about
 * operations instead of walking the document themselves.
 */
import { resolveRef, type JsonObject } from './resolve.ts';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
export type HttpMethod = Uppercase<(typeof HTTP_METHODS)[number]>;

/** Where the SDK exposes an operation: `client.<group>.<method>(…)`, from the spec's `x-sdk`. */
export interface SdkName {
  group: string;
  method: string;
  /** For paginated lists: the property of the page that holds the items `<method>All` walks. */
  walks?: string;
}

export interface ParameterModel {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  description?: string;
  /** The parameter's schema as the bundle has it (it may `$ref` components). */
  schema: JsonObject;
  style: string;
  explode: boolean;
  deprecated: boolean;
  example?: unknown;
}

export interface ExampleModel {
  /** The key under `examples:` (the example component's name in this project). */
  name: string;
  summary?: string;
  description?: string;
  value: unknown;
}

export interface MediaTypeModel {
  mediaType: string;
  /** The schema as the bundle has it; undefined when the media type declares none. */
  schema?: JsonObject;
  examples: ExampleModel[];
}

export interface HeaderModel {
  name: string;
  required: boolean;
  description?: string;
  schema: JsonObject;
  example?: unknown;
}

export interface ResponseModel {
  /** `'200'`, `'404'`, or a range such as `'4XX'`. */
  status: string;
  description: string;
  content: MediaTypeModel[];
  headers: HeaderModel[];
}

export interface RequestBodyModel {
  required: boolean;
  description?: string;
  content: MediaTypeModel[];
}

/** An offset/limit list: which query parameters page it and which property holds the items. */
export interface PaginationModel {
  items: string;
  /** The `limit` parameter's maximum, when the spec states one. */
  maxLimit?: number;
  defaultLimit?: number;
}

export interface OperationModel {
  operationId: string;
  method: HttpMethod;
  path: string;
  tags: string[];
  /** The first tag; each operation has exactly one in this spec. */
  tag: string;
  summary: string;
  description: string;
  deprecated: boolean;
  /** Path-level and operation-level parameters merged (the operation's win), `$ref`s resolved. */
  parameters: ParameterModel[];
  /** The path parameters in the order they appear in the path template. */
  pathParams: ParameterModel[];
  query: ParameterModel[];
  headers: ParameterModel[];
  requestBody?: RequestBodyModel;
  /** Every documented response, in document order. */
  responses: ResponseModel[];
  /** The first 2xx response. */
  success: ResponseModel;
  /** What the success response carries: JSON, nothing at all, or a byte stream (any other media type). */
  successKind: 'json' | 'empty' | 'stream';
  sdk: SdkName;
  pagination?: PaginationModel;
  /** `x-idempotent`: whether repeating the request leaves the same state and answer. */
  idempotent: boolean;
  /** The permission actions of `x-permission`; empty where the spec names none. */
  permissions: string[];
  /** True when every security requirement of the operation names an HTTP bearer scheme. */
  bearer: boolean;
  /** The operation object of the document, for what the model does not cover. */
  raw: JsonObject;
}

/** A problem with the document that the model cannot accept; the message names the operation. */
export class SpecModelError extends Error {
  override name = 'SpecModelError';
}

const SDK_NAME = /^[a-z][A-Za-z0-9]*$/;

function readParameter(document: unknown, node: unknown): ParameterModel {
  const p = resolveRef(document, node);
  const style = p.style ?? (p.in === 'query' || p.in === 'cookie' ? 'form' : 'simple');
  return {
    name: p.name,
    in: p.in,
    required: p.required === true || p.in === 'path',
    ...(p.description !== undefined && { description: p.description }),
    schema: p.schema ?? {},
    style,
    explode: p.explode ?? style === 'form',
    deprecated: p.deprecated === true,
    ...(p.example !== undefined && { example: p.example }),
  };
}

function readContent(document: unknown, content: JsonObject | undefined): MediaTypeModel[] {
  return Object.entries<JsonObject>(content ?? {}).map(([mediaType, media]) => ({
    mediaType,
    ...(media.schema !== undefined && { schema: media.schema }),
    examples: [
      ...(media.example !== undefined ? [{ name: 'example', value: media.example }] : []),
      ...Object.entries<JsonObject>(media.examples ?? {}).map(([name, node]) => {
        const { summary, description, value } = resolveRef(document, node);
        return { name, ...(summary !== undefined && { summary }), ...(description !== undefined && { description }), value };
      }),
    ],
  }));
}

function readResponse(document: unknown, status: string, node: unknown): ResponseModel {
  const response = resolveRef(document, node);
  return {
    status,
    description: response.description ?? '',
    content: readContent(document, response.content),
    headers: Object.entries(response.headers ?? {}).map(([name, header]) => {
      const h = resolveRef(document, header);
      return {
        name,
        required: h.required === true,
        ...(h.description !== undefined && { description: h.description }),
        schema: h.schema ?? {},
        ...(h.example !== undefined && { example: h.example }),
      };
    }),
  };
}

function readSdkName(where: string, value: unknown): SdkName {
  const sdk = value as Partial<SdkName> | undefined;
  if (!sdk || typeof sdk !== 'object') throw new SpecModelError(`${where} has no x-sdk (its client helper group and method)`);
  for (const key of ['group', 'method'] as const) {
    if (typeof sdk[key] !== 'string' || !SDK_NAME.test(sdk[key]!)) throw new SpecModelError(`${where}: x-sdk.${key} must be a camelCase name, got ${JSON.stringify(sdk[key])}`);
  }
  if (sdk.walks !== undefined && typeof sdk.walks !== 'string') throw new SpecModelError(`${where}: x-sdk.walks must name a property`);
  return { group: sdk.group!, method: sdk.method!, ...(sdk.walks !== undefined && { walks: sdk.walks }) };
}

function readPagination(document: unknown, where: string, walks: string, query: ParameterModel[], success: ResponseModel): PaginationModel {
  const limit = query.find((p) => p.name === 'limit');
  if (!limit || !query.some((p) => p.name === 'offset')) throw new SpecModelError(`${where}: x-sdk.walks is set but the operation has no offset and limit query parameters`);
  const json = success.content.find((media) => media.mediaType === 'application/json');
  const page = resolveRef(document, json?.schema);
  const items = page?.properties?.[walks] && resolveRef(document, page.properties[walks]);
  if (items?.type !== 'array') throw new SpecModelError(`${where}: x-sdk.walks names "${walks}", which is not an array property of the success response`);
  const limitSchema = resolveRef(document, limit.schema);
  return {
    items: walks,
    ...(typeof limitSchema.maximum === 'number' && { maxLimit: limitSchema.maximum }),
    ...(typeof limitSchema.default === 'number' && { defaultLimit: limitSchema.default }),
  };
}

function requiresBearer(document: JsonObject, requirements: JsonObject[]): boolean {
  return (
    requirements.length > 0 &&
    requirements.every((requirement) =>
      Object.keys(requirement).some((name) => {
        const scheme = resolveRef(document, document.components?.securitySchemes?.[name]);
        return scheme?.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer';
      }),
    )
  );
}

/** Every method name an operation takes on its group: the helper, plus `<method>All` or `<method>Raw`. */
export function helperNames(operation: Pick<OperationModel, 'sdk' | 'successKind'>): string[] {
  const { method, walks } = operation.sdk;
  return [method, ...(walks ? [`${method}All`] : []), ...(operation.successKind === 'stream' ? [`${method}Raw`] : [])];
}

function readOperation(document: JsonObject, path: string, pathItem: JsonObject, lower: (typeof HTTP_METHODS)[number]): OperationModel {
  const raw = pathItem[lower] as JsonObject;
  const method = lower.toUpperCase() as HttpMethod;
  const where = `${method} ${path}`;
  const operationId = raw.operationId;
  if (typeof operationId !== 'string' || !operationId) throw new SpecModelError(`${where} has no operationId`);
  const at = `${operationId} (${where})`;
  const shared = (pathItem.parameters ?? []).map((node: unknown) => readParameter(document, node));
  const own: ParameterModel[] = (raw.parameters ?? []).map((node: unknown) => readParameter(document, node));
  const key = (p: ParameterModel) => `${p.in}:${p.name}`;
  const parameters = [...shared.filter((p: ParameterModel) => !own.some((o) => key(o) === key(p))), ...own];
  const names = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const pathParams = names.map((name) => {
    const found = parameters.find((p) => p.in === 'path' && p.name === name);
    if (!found) throw new SpecModelError(`${at}: the path parameter {${name}} is not declared`);
    return found;
  });
  const responses = Object.entries(raw.responses ?? {}).map(([status, node]) => readResponse(document, status, node));
  const success = responses.find((response) => /^2\d\d$/.test(response.status));
  if (!success) throw new SpecModelError(`${at} documents no 2xx response`);
  const successKind = success.content.length === 0 ? 'empty' : success.content.some((media) => media.mediaType === 'application/json') ? 'json' : 'stream';
  const tags: string[] = raw.tags ?? [];
  if (!tags[0]) throw new SpecModelError(`${at} has no tag`);
  if (typeof raw['x-idempotent'] !== 'boolean') throw new SpecModelError(`${at}: x-idempotent must be true or false`);
  const sdk = readSdkName(at, raw['x-sdk']);
  const query = parameters.filter((p) => p.in === 'query');
  const body = raw.requestBody && resolveRef(document, raw.requestBody);
  const permission = raw['x-permission'];
  return {
    operationId,
    method,
    path,
    tags,
    tag: tags[0],
    summary: raw.summary ?? '',
    description: raw.description ?? '',
    deprecated: raw.deprecated === true,
    parameters,
    pathParams,
    query,
    headers: parameters.filter((p) => p.in === 'header'),
    ...(body && { requestBody: { required: body.required === true, ...(body.description !== undefined && { description: body.description }), content: readContent(document, body.content) } }),
    responses,
    success,
    successKind,
    sdk,
    ...(sdk.walks && { pagination: readPagination(document, at, sdk.walks, query, success) }),
    idempotent: raw['x-idempotent'],
    permissions: Array.isArray(permission) ? permission.map((entry: JsonObject) => entry.action).filter((action): action is string => typeof action === 'string') : [],
    bearer: requiresBearer(document, raw.security ?? document.security ?? []),
    raw,
  };
}

/** One operation object of a document as it stands, with its path item: what a structural diff compares. */
export interface OperationEntry {
  path: string;
  method: (typeof HTTP_METHODS)[number];
  pathItem: JsonObject;
  operation: JsonObject;
}

/**
 * Every operation object of any document in document order, checking nothing: the spec diff reads old
 * revisions and fixtures with it, which may predate what readOperations requires.
 */
export function operationEntries(document: JsonObject): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, node] of Object.entries<JsonObject>(document.paths && typeof document.paths === 'object' ? document.paths : {})) {
    const pathItem = resolveRef(document, node);
    if (!pathItem || typeof pathItem !== 'object') continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (operation && typeof operation === 'object' && !Array.isArray(operation)) entries.push({ path, method, pathItem, operation });
    }
  }
  return entries;
}

/**
 * The operations of a bundled document in document order. Throws SpecModelError for a missing or
 * repeated operationId, a missing `x-sdk` or `x-idempotent`, and two operations that would give the
 * client the same helper.
 */
export function readOperations(document: JsonObject): OperationModel[] {
  const operations = operationEntries(document).map(({ path, pathItem, method }) => readOperation(document, path, pathItem, method));
  const ids = new Map<string, OperationModel>();
  const helpers = new Map<string, OperationModel>();
  for (const operation of operations) {
    const twin = ids.get(operation.operationId);
    if (twin) throw new SpecModelError(`operationId ${operation.operationId} is used twice: ${twin.method} ${twin.path} and ${operation.method} ${operation.path}`);
    ids.set(operation.operationId, operation);
    for (const name of helperNames(operation)) {
      const helper = `${operation.sdk.group}.${name}`;
      const other = helpers.get(helper);
      if (other) throw new SpecModelError(`x-sdk: ${other.operationId} and ${operation.operationId} both give the client the helper ${helper}; rename one`);
      helpers.set(helper, operation);
    }
  }
  return operations;
}

/** The default base URL of a document (its first server) and the path part of it. */
export function serverOf(document: JsonObject): { url: string; basePath: string } {
  const url = document.servers?.[0]?.url;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) throw new SpecModelError('The document needs an absolute servers[0].url');
  const trimmed = url.replace(/\/+$/, '');
  return { url: trimmed, basePath: new URL(trimmed).pathname.replace(/\/$/, '') };
}
