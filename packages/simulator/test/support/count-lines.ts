import { request } from 'node:http';
import { createGunzip } from 'node:zlib';

export interface StreamCount {
  status: number;
  lines: number;
  compressedBytes: number;
  bytes: number;
  /** Largest heap growth seen while streaming, in bytes. */
  peakHeapGrowth: number;
}

/**
 * Downloads an export and counts its lines while it streams: gunzip chunks are scanned for
 * newlines and dropped, so nothing is buffered on this side either.
 */
export function countExportLines(origin: string, path: string, headers: Record<string, string>): Promise<StreamCount> {
  const { hostname, port } = new URL(origin);
  const baseline = process.memoryUsage().heapUsed;
  let peakHeapGrowth = 0;
  const sampler = setInterval(() => {
    peakHeapGrowth = Math.max(peakHeapGrowth, process.memoryUsage().heapUsed - baseline);
  }, 25);
  return new Promise<StreamCount>((resolve, reject) => {
    const fail = (error: Error) => {
      clearInterval(sampler);
      reject(error);
    };
    request({ host: hostname, port, path, headers }, (response) => {
      const count = { status: response.statusCode ?? 0, lines: 0, compressedBytes: 0, bytes: 0, peakHeapGrowth: 0 };
      const gunzip = createGunzip();
      response.on('data', (chunk: Buffer) => {
        count.compressedBytes += chunk.length;
      });
      response.on('error', fail);
      gunzip.on('data', (chunk: Buffer) => {
        count.bytes += chunk.length;
        for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) count.lines += 1;
      });
      gunzip.on('error', fail);
      gunzip.on('end', () => {
        clearInterval(sampler);
        resolve({ ...count, peakHeapGrowth });
      });
      response.pipe(gunzip);
    })
      .on('error', fail)
      .end();
  });
}
