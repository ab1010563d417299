/**
 * Reads a bundled OpenAPI document into the route table the server dispatches on: one entry per
 * operation with its path template, parameters, request body and documented responses. Nothing
 * here knows about Organizations, so an operation added to the spec is routed and validated as is.
 */
import { loadSpec, type ApiVersion, type OpenApiDocument } from '@astro-api/openapi';
import { resolveRef } from './resolve-ref.ts';

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterSpec {
  name: string;
  in: ParameterLocation;
  required: boolean;
  schema: Record<string, any>;
  /** Form style with explode (the OpenAPI default for query): `sorts=a&sorts=b`. */
  explode: boolean;
}

export interface RequestBodySpec {
  required: boolean;
  /** Media type → schema, for example `application/json`. */
  content: Record<string, Record<string, any> | undefined>;
}

export interface OperationSpec {
  version: ApiVersion;
  operationId: string;
  method: string;
  pathTemplate: string;
  parameters: ParameterSpec[];
  requestBody?: RequestBodySpec;
  requiresBearer: boolean;
  /** Documented responses: status code (`'200'`, `'404'`) → media types it may carry. */
  responses: Map<string, string[]>;
}

export interface PathSpec {
  template: string;
  /** Literal segments as strings, parameter segments as `{ param }`. */
  segments: (string | { param: string })[];
  operations: Map<string, OperationSpec>;
}

export interface CompiledApi {
  version: ApiVersion;
  document: OpenApiDocument;
  /** Path prefix taken from the first server URL: `/v1`, `/platform/v1beta1`. */
  basePath: string;
  paths: PathSpec[];
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

export function compileApi(version: ApiVersion, document: OpenApiDocument = loadSpec(version)): CompiledApi {
  const server = document.servers?.[0]?.url;
  if (!server) throw new Error(`The ${version} document declares no server URL`);
  const basePath = new URL(server).pathname.replace(/\/$/, '');
  const paths = Object.entries(document.paths).map(([template, item]) => compilePath(version, document, template, item));
  return { version, document, basePath, paths };
}

function compilePath(version: ApiVersion, document: OpenApiDocument, template: string, item: Record<string, any>): PathSpec {
  const segments = template
    .split('/')
    .slice(1)
    .map((segment) => {
      const param = /^\{([^}]+)\}$/.exec(segment);
      return param ? { param: param[1]! } : segment;
    });
  const shared = (item.parameters ?? []).map((parameter: unknown) => compileParameter(document, parameter));
  const operations = new Map<string, OperationSpec>();
  for (const method of HTTP_METHODS) {
    const operation = item[method];
    if (!operation) continue;
    const own: ParameterSpec[] = (operation.parameters ?? []).map((parameter: unknown) => compileParameter(document, parameter));
    // Operation-level parameters override path-level ones with the same name and location.
    const parameters = [
      ...shared.filter((p: ParameterSpec) => !own.some((o) => o.name === p.name && o.in === p.in)),
      ...own,
    ];
    operations.set(method.toUpperCase(), {
      version,
      operationId: operation.operationId ?? `${method.toUpperCase()} ${template}`,
      method: method.toUpperCase(),
      pathTemplate: template,
      parameters,
      requestBody: compileRequestBody(document, operation.requestBody),
      requiresBearer: requiresBearer(document, operation.security ?? document.security ?? []),
      responses: compileResponses(document, operation.responses ?? {}),
    });
  }
  return { template, segments, operations };
}

function compileParameter(document: OpenApiDocument, node: unknown): ParameterSpec {
  const parameter = resolveRef(document, node);
  const location = parameter.in as ParameterLocation;
  return {
    name: parameter.name,
    in: location,
    required: parameter.required === true || location === 'path',
    schema: parameter.schema ?? {},
    explode: parameter.explode ?? (parameter.style ?? 'form') === 'form',
  };
}

function compileRequestBody(document: OpenApiDocument, node: unknown): RequestBodySpec | undefined {
  if (!node) return undefined;
  const body = resolveRef(document, node);
  const content = Object.fromEntries(
    Object.entries<Record<string, any>>(body.content ?? {}).map(([mediaType, media]) => [mediaType.toLowerCase(), media.schema]),
  );
  return { required: body.required === true, content };
}

function compileResponses(document: OpenApiDocument, responses: Record<string, unknown>): Map<string, string[]> {
  return new Map(
    Object.entries(responses).map(([status, node]) => [status, Object.keys(resolveRef(document, node).content ?? {})]),
  );
}

/** True when every alternative security requirement names an HTTP bearer scheme. */
function requiresBearer(document: OpenApiDocument, requirements: Record<string, string[]>[]): boolean {
  if (requirements.length === 0) return false;
  return requirements.every((requirement) =>
    Object.keys(requirement).some((name) => {
      const scheme = resolveRef(document, document.components?.securitySchemes?.[name]);
      return scheme?.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer';
    }),
  );
}
