/**
 * A curl command for one operation, derived from the operation model: method, server URL, path with
 * shell-variable placeholders, query and header parameters that carry an example or a default, the
 * bearer token from $ASTRO_API_TOKEN, and the request body's example.
 */
import { serverOf, type JsonObject, type OperationModel } from '@astro-api/openapi';
import { parameterExample, requestBodyExample, SampleValueError, TOKEN_VARIABLE } from './sample-values.ts';

export { TOKEN_VARIABLE };

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

function serverUrl(document: JsonObject, operation: OperationModel): string {
  try {
    return serverOf(document).url;
  } catch (error) {
    throw new SampleValueError(`${operation.operationId}: the document declares no server URL to call (${error instanceof Error ? error.message : String(error)})`);
  }
}

function authHeaders(document: JsonObject, operation: OperationModel): string[] {
  if (operation.bearer) return [`Authorization: Bearer \${${TOKEN_VARIABLE}}`];
  const requirements: JsonObject[] = operation.raw.security ?? document.security ?? [];
  if (requirements.some((requirement) => Object.keys(requirement).length > 0)) {
    throw new SampleValueError(`${operation.operationId}: only HTTP bearer security has a curl rendering; extend src/curl.ts for ${Object.keys(requirements[0] ?? {}).join(', ')}`);
  }
  return [];
}

function queryString(document: JsonObject, operation: OperationModel): string {
  const pairs: string[] = [];
  for (const parameter of operation.query) {
    const value = parameterExample(document, parameter, operation.operationId);
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value.map(String) : [String(value)];
    if (Array.isArray(value) && !parameter.explode) pairs.push(`${parameter.name}=${values.map(encodeQuery).join(',')}`);
    else pairs.push(...values.map((item) => `${parameter.name}=${encodeQuery(item)}`));
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** True when the success response declares a Content-Encoding header: curl must then decompress. */
const compressedSuccess = (operation: OperationModel) => operation.success.headers.some(({ name }) => name.toLowerCase() === 'content-encoding');

export function curlSample(document: JsonObject, operation: OperationModel): string {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) => `\${${shellVariableName(name)}}`);
  const url = `${serverUrl(document, operation)}${path}${queryString(document, operation)}`;
  const lines = [`curl --request ${operation.method}`, `--url ${quote(url)}`];
  for (const header of authHeaders(document, operation)) lines.push(`--header ${quote(header)}`);
  for (const parameter of operation.headers) {
    const value = parameterExample(document, parameter, operation.operationId);
    if (value !== undefined) lines.push(`--header ${singleQuote(`${parameter.name}: ${String(value)}`)}`);
  }
  const body = requestBodyExample(operation);
  if (body) {
    const data = typeof body.value === 'string' ? body.value : JSON.stringify(body.value, null, 2);
    lines.push(`--header ${singleQuote(`Content-Type: ${body.mediaType}`)}`, `--data ${singleQuote(data)}`);
  }
  if (compressedSuccess(operation)) lines.push('--compressed');
  return lines.join(' \\\n  ');
}
