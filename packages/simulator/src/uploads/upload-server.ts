/**
 * The DAG upload endpoint, on its own origin as a blob store is: a Deploy's `dagsUploadUrl` points
 * here. It takes `PUT` with `x-ms-blob-type: BlockBlob` and answers 201 with the new version in
 * `x-ms-version-id`. It refuses any request that carries an `Authorization` header: the URL is its
 * own credential, and the API token must never travel to storage.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { readBody } from '../server/read-body.ts';
import { ApiError } from '../server/api-error.ts';
import { corsHeaders, isPreflight, preflightHeaders, type CorsPolicy } from '../server/cors.ts';
import type { UploadStore } from './upload-store.ts';

/** Largest DAG tarball accepted: 64 MiB, far above a DAG-only deploy. */
export const DEFAULT_UPLOAD_LIMIT = 64 * 1024 * 1024;

const PATH = /^\/dags\/([^/]+)\/([^/]+)$/;

function blobError(response: ServerResponse, status: number, code: string, message: string, headers: Record<string, string>): void {
  const body = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  response.writeHead(status, { ...headers, 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body), 'x-ms-error-code': code });
  response.end(body);
}

export function createUploadServer(store: UploadStore, cors: CorsPolicy, limit = DEFAULT_UPLOAD_LIMIT): Server {
  return createServer({ requestTimeout: 60_000 }, (request, response) => {
    void handleUpload(store, cors, limit, request, response).catch(() => response.destroy());
  });
}

async function handleUpload(store: UploadStore, cors: CorsPolicy, limit: number, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const requestId = randomUUID();
  const headers = { ...corsHeaders(cors, request), 'x-ms-request-id': requestId, 'x-ms-version': '2023-11-03' };
  const url = new URL(request.url ?? '/', 'http://upload.invalid');
  const reply = (status: number, code: string, message: string) => {
    store.record({ method: request.method ?? '', path: url.pathname, headers: { ...request.headers }, status });
    blobError(response, status, code, message, headers);
  };

  if (isPreflight(request)) {
    const allowed = preflightHeaders(cors, request, ['PUT']);
    store.record({ method: 'OPTIONS', path: url.pathname, headers: { ...request.headers }, status: allowed ? 204 : 403 });
    response.writeHead(allowed ? 204 : 403, allowed ?? {});
    response.end();
    return;
  }
  const match = PATH.exec(url.pathname);
  if (!match) return reply(404, 'ResourceNotFound', 'No upload slot at this path');
  if (request.method !== 'PUT') {
    response.setHeader('allow', 'PUT');
    return reply(405, 'UnsupportedHttpVerb', 'Uploads use PUT');
  }
  if (request.headers.authorization !== undefined) {
    return reply(403, 'AuthorizationHeaderNotAllowed', 'The upload URL carries its own credential; send no Authorization header (never the API token)');
  }
  const [deploymentId, deployId] = [decodeURIComponent(match[1]!), decodeURIComponent(match[2]!)];
  const valid = store.verify(deploymentId, deployId, url.searchParams.get('sig') ?? '');
  if (valid === undefined) return reply(404, 'BlobNotFound', `No upload slot for Deploy ${deployId}`);
  if (!valid) return reply(403, 'AuthenticationFailed', 'The signature of the upload URL does not match');
  if (request.headers['x-ms-blob-type'] !== 'BlockBlob') {
    return reply(400, 'MissingRequiredHeader', 'Send x-ms-blob-type: BlockBlob');
  }
  let body: Buffer;
  try {
    body = await readBody(request, limit);
  } catch (error) {
    if (error instanceof ApiError && error.status === 413) {
      response.setHeader('connection', 'close');
      return reply(413, 'RequestBodyTooLarge', `The tarball exceeds ${limit} bytes`);
    }
    throw error;
  }
  const version = store.receive(deployId, body);
  store.record({ method: 'PUT', path: url.pathname, headers: { ...request.headers }, status: 201 });
  response.writeHead(201, {
    ...headers,
    'x-ms-version-id': version.versionId,
    etag: `"0x${version.sha256.slice(0, 16).toUpperCase()}"`,
    'last-modified': new Date(version.receivedAt).toUTCString(),
    'x-ms-request-server-encrypted': 'true',
    'content-length': '0',
  });
  response.end();
}
