import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { callApi } from '../support/call-api.ts';
import { countExportLines } from '../support/count-lines.ts';
import { AUTH } from '../support/tokens.ts';
import { useSimulator } from '../support/use-simulator.ts';

const MILLION = 1_000_000;

describe('streamed audit-log exports', () => {
  const simulator = useSimulator({ organizations: 3, auditEventsPerOrganization: MILLION });

  it('streams a million events without holding the export in memory', async () => {
    const id = simulator().store.all()[0]!.id;
    const started = performance.now();
    const count = await countExportLines(simulator().url, `/v1/organizations/${id}/audit-logs`, AUTH);
    const seconds = (performance.now() - started) / 1000;
    expect(count.status).toBe(200);
    expect(count.lines).toBe(MILLION);
    // The uncompressed export is hundreds of MB; the heap must stay far below that.
    expect(count.bytes).toBeGreaterThan(250 * 1024 * 1024);
    expect(count.peakHeapGrowth).toBeLessThan(96 * 1024 * 1024);
    console.info(
      `audit-log export: ${count.lines} lines, ${(count.bytes / 2 ** 20).toFixed(0)} MiB (${(count.compressedBytes / 2 ** 20).toFixed(0)} MiB gzip) ` +
        `in ${seconds.toFixed(1)} s, peak heap growth ${(count.peakHeapGrowth / 2 ** 20).toFixed(0)} MiB`,
    );
  }, 120_000);

  it('stops producing when the reader stalls (backpressure) and when it leaves', async () => {
    const id = simulator().store.all()[1]!.id;
    const { hostname, port } = new URL(simulator().url);
    const heapBefore = process.memoryUsage().heapUsed;
    await new Promise<void>((resolve, reject) => {
      const outgoing = request({ host: hostname, port, path: `/v1/organizations/${id}/audit-logs`, headers: AUTH }, (response) => {
        response.once('data', () => {
          // Read one chunk, then stall: the server may only fill the socket buffers.
          response.pause();
          setTimeout(() => {
            const growth = process.memoryUsage().heapUsed - heapBefore;
            outgoing.destroy();
            try {
              expect(growth).toBeLessThan(64 * 1024 * 1024);
              resolve();
            } catch (error) {
              reject(error);
            }
          }, 1500);
        });
      });
      outgoing.on('error', () => {});
      outgoing.end();
    });
    // The abandoned export did not break the server.
    expect((await callApi(simulator().url, { path: '/v1/organizations' })).status).toBe(200);
  });
});
