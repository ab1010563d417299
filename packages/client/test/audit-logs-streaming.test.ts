/**
 * A 50 MB export is consumed as a stream: the producer is held back while the consumer pauses, and
 * the client's memory stays far below the size of the export.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createGzip } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../src/v1.ts';
import { auditEvent } from './helpers/audit-events.ts';
import { TOKEN } from './helpers/fixtures.ts';
import { startLoopback, type Loopback } from './helpers/loopback.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const EXPORT_BYTES = 50 * 1024 * 1024;
const MB = 1024 * 1024;

let server: Loopback | undefined;
afterEach(() => server?.close());

/** Serves EXPORT_BYTES of NDJSON generated on demand, honouring backpressure; `produced` counts what was generated. */
async function lazyExport(gzip: boolean) {
  const state = { produced: 0, events: 0 };
  server = await startLoopback(async (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/octet-stream', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    const lines = Readable.from(
      (function* () {
        while (state.produced < EXPORT_BYTES) {
          let chunk = '';
          while (chunk.length < 64 * 1024) chunk += `${JSON.stringify(auditEvent(++state.events))}\n`;
          state.produced += chunk.length;
          yield chunk;
        }
      })(),
      { highWaterMark: 1 },
    );
    await (gzip ? pipeline(lines, createGzip({ level: 1 }), response) : pipeline(lines, response)).catch(() => {});
  });
  return { state, astro: createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: server.origin, timeoutMs: 30_000 }) };
}

const memory = () => {
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

describe('streaming a 50 MB export', () => {
  it('holds the producer back while the consumer pauses', async () => {
    const { state, astro } = await lazyExport(false);
    const events = astro.organizations.auditLogs();
    await events.next();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(state.produced).toBeLessThan(EXPORT_BYTES / 2.5);
    await events.return(undefined);
  });

  it('consumes every event of a gzip export with memory far below its size', async () => {
    const { state, astro } = await lazyExport(true);
    const baseline = memory();
    let peak = 0;
    let count = 0;
    let outOfOrder = 0;
    for await (const event of astro.organizations.auditLogs()) {
      if (++count % 20_000 === 0) peak = Math.max(peak, memory() - baseline);
      if (event.requestId !== `req-${count}`) outOfOrder++;
    }
    expect(count).toBe(state.events);
    expect(outOfOrder).toBe(0);
    expect(state.produced).toBeGreaterThanOrEqual(EXPORT_BYTES);
    expect(peak).toBeLessThan(16 * MB);
  }, 60_000);
});
