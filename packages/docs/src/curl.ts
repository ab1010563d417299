/**
 * A curl command for one operation, derived from the spec alone: method, server URL, path with
 * shell-variable placeholders, query and header parameters that carry an example or a default,
 * the bearer token from $ASTRO_API_TOKEN, and the request body's example.
 */
import type { OpenApiDocument } from '@astro-api/openapi';
import { resolveRef, type SpecOperation } from './operations.ts';

export const TOKEN_VARIABLE = 'ASTRO_API_TOKEN';

/** `organizationId` → `ORGANIZATION_ID`, the shell variable standing in for a path parameter. */
export function shellVariableName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase();
}

const singleQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;
/** Double quotes so `${VAR}` expands; callers pass only text whose other specials are already encoded. */
const doubleQuote = (value: string) => `"${value.replace(/(["\\`])/g, '\\$1')}"`;
const quote = (value: string) => (value.includes('${') ? doubleQuote(value) : singleQuote(value));

/** Percent-encodes a query value, keeping the `:` and `,` that read better bare (both are legal in a query). */
const encodeQuery = (value: string) => encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',');

function exampleOf(document: OpenApiDocument, parameter: Record<string, any>, where: string): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const named = Object.values(parameter.examples ?? {})[0];
  if (named !== undefined) return resolveRef<Record<string, any>>(document, named).value;
  const schema = resolveRef<Record<string, any>>(document, parameter.schema ?? {});
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (!parameter.required) return undefined;
  const items = schema.type === 'array' ? resolveRef<Record<string, any>>(document, schema.items ?? {}) : undefined;
  const firstEnum = (schema.enum ?? items?.enum)?.[0];
  if (firstEnum !== undefined) return schema.type === 'array' ? [firstEnum] : firstEnum;
  throw new Error(`${where}: required ${parameter.in} parameter "${parameter.name}" has no example, default or enum to show in the curl sample; add an example to the spec`);
}

function serverUrl(document: OpenApiDocument, spec: SpecOperation): string {
  const server = (spec.operation.servers ?? document.servers ?? [])[0];
  if (!server?.url) throw new Error(`${spec.operationId}: the document declares no server URL to call`);
  return String(server.url).replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const fallback = server.variables?.[name]?.default;
    if (fallback === undefined) throw new Error(`${spec.operationId}: server variable "${name}" has no default`);
    return String(fallback);
  });
}

function authHeaders(document: OpenApiDocument, spec: SpecOperation): string[] {
  const requirements: Record<string, unknown>[] = spec.operation.security ?? (document.security as Record<string, unknown>[] | undefined) ?? [];
  const first = requirements[0];
  if (!first) return [];
  return Object.keys(first).map((name) => {
    const scheme = (document.components?.securitySchemes ?? {})[name];
    if (!scheme) throw new Error(`${spec.operationId}: security scheme "${name}" is not declared in components.securitySchemes`);
    const resolved = resolveRef<Record<string, any>>(document, scheme);
    if (resolved.type === 'http' && String(resolved.scheme).toLowerCase() === 'bearer') return `Authorization: Bearer \${${TOKEN_VARIABLE}}`;
    if (resolved.type === 'apiKey' && resolved.in === 'header') return `${resolved.name}: \${${TOKEN_VARIABLE}}`;
    throw new Error(`${spec.operationId}: security scheme "${name}" (${resolved.type} ${resolved.scheme ?? resolved.in ?? ''}) has no curl rendering yet; extend src/curl.ts`);
  });
}

function queryString(document: OpenApiDocument, spec: SpecOperation): string {
  const pairs: string[] = [];
  for (const parameter of spec.parameters.filter((candidate) => candidate.in === 'query')) {
    const value = exampleOf(document, parameter, spec.operationId);
    if (value === undefined) continue;
    const explode = parameter.explode ?? (parameter.style ?? 'form') === 'form';
    const values = Array.isArray(value) ? value.map(String) : [String(value)];
    if (Array.isArray(value) && !explode) pairs.push(`${parameter.name}=${values.map(encodeQuery).join(',')}`);
    else pairs.push(...values.map((item) => `${parameter.name}=${encodeQuery(item)}`));
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
}

function requestBody(document: OpenApiDocument, spec: SpecOperation): { contentType: string; data: string } | undefined {
  if (!spec.operation.requestBody) return undefined;
  const body = resolveRef<Record<string, any>>(document, spec.operation.requestBody);
  const content: Record<string, any> = body.content ?? {};
  const contentType = 'application/json' in content ? 'application/json' : Object.keys(content)[0];
  if (!contentType) throw new Error(`${spec.operationId}: the request body declares no media type`);
  const media = content[contentType];
  const named = Object.values(media.examples ?? {})[0];
  const example = media.example ?? (named === undefined ? undefined : resolveRef<Record<string, any>>(document, named).value);
  if (example === undefined) {
    if (body.required) throw new Error(`${spec.operationId}: the required ${contentType} request body has no example for the curl sample`);
    return undefined;
  }
  const data = typeof example === 'string' ? example : JSON.stringify(example, null, 2);
  return { contentType, data };
}

/** True when the first 2xx response declares a Content-Encoding header: curl must then decompress. */
function compressedSuccess(document: OpenApiDocument, spec: SpecOperation): boolean {
  const [, response] = Object.entries(spec.operation.responses ?? {}).find(([code]) => /^2/.test(code)) ?? [];
  if (!response) return false;
  const headers = resolveRef<Record<string, any>>(document, response).headers ?? {};
  return Object.keys(headers).some((name) => name.toLowerCase() === 'content-encoding');
}

export function curlSample(document: OpenApiDocument, spec: SpecOperation): string {
  const path = spec.path.replace(/\{([^}]+)\}/g, (_match, name: string) => `\${${shellVariableName(name)}}`);
  const url = `${serverUrl(document, spec).replace(/\/$/, '')}${path}${queryString(document, spec)}`;
  const lines = [`curl --request ${spec.method.toUpperCase()}`, `--url ${quote(url)}`];
  for (const header of authHeaders(document, spec)) lines.push(`--header ${quote(header)}`);
  for (const parameter of spec.parameters.filter((candidate) => candidate.in === 'header')) {
    const value = exampleOf(document, parameter, spec.operationId);
    if (value !== undefined) lines.push(`--header ${singleQuote(`${parameter.name}: ${String(value)}`)}`);
  }
  const body = requestBody(document, spec);
  if (body) lines.push(`--header ${singleQuote(`Content-Type: ${body.contentType}`)}`, `--data ${singleQuote(body.data)}`);
  if (compressedSuccess(document, spec)) lines.push('--compressed');
  return lines.join(' \\\n  ');
}
