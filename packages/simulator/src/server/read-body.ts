import type { IncomingMessage } from 'node:http';
import { ApiError } from './api-error.ts';

/** Default largest request body: 1 MiB, far above any valid Organization update. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/**
 * Reads the request body into memory, refusing (413) a declared or actual size above the limit
 * without reading the rest of it.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = () => new ApiError(413, `Request body exceeds the limit of ${limit} bytes`, { headers: { connection: 'close' } });
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        request.pause();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    // The client went away before the body ended.
    const onClose = () => onError(new Error('Request closed before its body ended'));
    const cleanup = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('close', onClose);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('close', onClose);
  });
}
