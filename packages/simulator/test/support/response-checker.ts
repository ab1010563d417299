/**
 * Checks a response of the simulator against the bundled spec, independently of the simulator's
 * own routing: the operation is found from the spec's paths, the status must be documented, the
 * media type declared and the body valid (JSON Error bodies, Organizations, audit-log lines).
 * Responses the spec cannot document (unknown route 404, 405, 413, unparsable requests) must
 * still carry the spec's `Error` body. Every response must carry `x-request-id`. Answers of the DAG
 * upload endpoint (storage, `/dags/…`) are checked as a blob store's.
 */
import { gunzipSync } from 'node:zlib';
import { API_VERSIONS, createSpecValidator, loadOperations, loadSpec, serverOf, type ApiVersion, type OperationModel, type SpecValidator } from '@astro-api/openapi';

export interface ObservedResponse {
  method: string;
  /** Path and query, or a full URL. */
  url: string;
  status: number;
  headers: (name: string) => string | undefined;
  body: Buffer;
}

export interface ResponseCheck {
  problems: string[];
  operationId?: string;
  /** True when the operation documents the status code. */
  documented: boolean;
}

interface OperationEntry {
  version: ApiVersion;
  segments: string[];
  operation: OperationModel;
}

const REQUEST_ID = /^c[0-9a-z]{24}$/;

const validators = new Map<ApiVersion, SpecValidator>(API_VERSIONS.map((version) => [version, createSpecValidator(version)]));

const entries: { basePath: string; operations: OperationEntry[] }[] = API_VERSIONS.map((version) => ({
  basePath: serverOf(loadSpec(version)).basePath,
  operations: loadOperations(version).map((operation) => ({ version, segments: operation.path.split('/').slice(1), operation })),
}));

/** The operation of a method and pathname; literal segments win over parameters, as in any router. */
export function findOperation(method: string, pathname: string): OperationEntry | undefined {
  for (const { basePath, operations } of entries) {
    if (!pathname.startsWith(`${basePath}/`)) continue;
    const segments = pathname.slice(basePath.length).split('/').slice(1);
    const literals = (entry: OperationEntry) => entry.segments.filter((segment) => !segment.startsWith('{')).length;
    return operations
      .filter(
        (entry) =>
          entry.operation.method === method &&
          entry.segments.length === segments.length &&
          entry.segments.every((segment, index) => (segment.startsWith('{') ? segments[index] !== '' : segment === segments[index])),
      )
      .sort((a, b) => literals(b) - literals(a))[0];
  }
  return undefined;
}

const mediaType = (value: string | undefined) => value?.split(';')[0]?.trim().toLowerCase();

export function checkResponse(response: ObservedResponse): ResponseCheck {
  const problems: string[] = [];
  const pathname = new URL(/^https?:/.test(response.url) ? response.url : `http://local${response.url}`).pathname;
  // The DAG upload endpoint is storage, not the API: it answers as a blob store does.
  if (pathname.startsWith('/dags/')) {
    if (response.status === 201 && !response.headers('x-ms-version-id')) problems.push('a 201 upload without x-ms-version-id');
    if (response.status >= 400 && !response.body.toString('utf8').startsWith('<?xml')) problems.push('a storage error that is not XML');
    return { problems, documented: false };
  }
  const requestId = response.headers('x-request-id');
  if (!requestId || !REQUEST_ID.test(requestId)) problems.push(`x-request-id missing or malformed: ${String(requestId)}`);
  if (pathname.startsWith('/__simulator')) return { problems, documented: false };
  // A HEAD answer has headers only; no operation of the spec is a HEAD.
  if (response.method.toUpperCase() === 'HEAD') {
    if (response.body.length) problems.push('HEAD answered with a body');
    return { problems, documented: false };
  }

  const entry = findOperation(response.method.toUpperCase(), pathname);
  const status = String(response.status);
  const documented = entry?.operation.responses.find((candidate) => candidate.status === status) ?? entry?.operation.responses.find((candidate) => candidate.status === `${status[0]}XX`);
  const contentType = mediaType(response.headers('content-type'));

  if (!entry || !documented) {
    checkErrorBody(response, requestId, problems, 'v1');
    return { problems, operationId: entry?.operation.operationId, documented: false };
  }
  if (documented.content.length === 0) {
    if (response.body.length) problems.push(`status ${response.status} documents no body, got ${response.body.length} bytes`);
  } else {
    const media = documented.content.find((candidate) => candidate.mediaType === contentType);
    if (!contentType || !media) problems.push(`Content-Type ${String(contentType)} is not documented for ${response.status}: ${documented.content.map((candidate) => candidate.mediaType).join(', ')}`);
    else checkBody(entry.version, contentType, media.schema ?? {}, response, requestId, problems);
  }
  for (const header of documented.headers) {
    const value = response.headers(header.name.toLowerCase());
    if (value === undefined) continue;
    const violations = validators.get(entry.version)!.validateSchema(header.schema, value);
    if (violations.length) problems.push(`header ${header.name}: ${JSON.stringify(violations)}`);
  }
  return { problems, operationId: entry.operation.operationId, documented: true };
}

function checkBody(
  version: ApiVersion,
  contentType: string,
  schema: object,
  response: ObservedResponse,
  requestId: string | undefined,
  problems: string[],
): void {
  const validator = validators.get(version)!;
  if (contentType === 'application/json') {
    const json = parseJson(response.body, problems);
    if (json === undefined) return;
    const violations = validator.validateSchema(schema, json);
    if (violations.length) problems.push(`body does not match the schema: ${JSON.stringify(violations.slice(0, 5))}`);
    if (response.status >= 400) checkErrorIdentity(json, response.status, requestId, problems);
  } else if (contentType === 'text/plain') {
    if (!response.body.length) problems.push('text/plain body is empty');
  } else if (contentType === 'application/octet-stream' || contentType === 'application/x-ndjson') {
    const gzipped = response.body[0] === 0x1f && response.body[1] === 0x8b;
    if (response.headers('content-encoding') !== 'gzip') problems.push('audit-log export is not marked Content-Encoding: gzip');
    const text = (gzipped ? gunzipSync(response.body) : response.body).toString('utf8');
    const lines = text.split('\n').filter(Boolean);
    for (const [index, line] of lines.entries()) {
      const event = parseJson(Buffer.from(line), problems);
      const violations = validator.validate('#/components/schemas/AuditLogEvent', event);
      if (violations.length) {
        problems.push(`audit-log line ${index + 1} does not match AuditLogEvent: ${JSON.stringify(violations)}`);
        break;
      }
    }
  }
}

function checkErrorBody(response: ObservedResponse, requestId: string | undefined, problems: string[], version: ApiVersion): void {
  if (mediaType(response.headers('content-type')) !== 'application/json') {
    problems.push(`undocumented status ${response.status} without a JSON Error body`);
    return;
  }
  const json = parseJson(response.body, problems);
  if (json === undefined) return;
  const violations = validators.get(version)!.validate('#/components/schemas/Error', json);
  if (violations.length) problems.push(`Error body does not match the schema: ${JSON.stringify(violations)}`);
  checkErrorIdentity(json, response.status, requestId, problems);
}

function checkErrorIdentity(json: any, status: number, requestId: string | undefined, problems: string[]): void {
  if (json?.statusCode !== status) problems.push(`Error.statusCode ${json?.statusCode} differs from the status ${status}`);
  if (json?.requestId !== requestId) problems.push(`Error.requestId ${json?.requestId} differs from x-request-id ${requestId}`);
}

function parseJson(body: Buffer, problems: string[]): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    problems.push(`body is not JSON: ${body.subarray(0, 80).toString('utf8')}`);
    return undefined;
  }
}
