import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/progress.ts';

function recorder(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, output: { isTTY, write: (text: string) => writes.push(text) } };
}

describe('createProgress', () => {
  it('redraws one line in place on a terminal, throttled', () => {
    let now = 0;
    const { writes, output } = recorder(true);
    const progress = createProgress('listing', output, { now: () => now });
    progress.update(1, 100);
    now = 10;
    progress.update(2, 100); // within the redraw interval: skipped
    now = 100;
    progress.update(50, 100);
    progress.finish('done');
    expect(writes).toEqual([
      '\r\x1b[2K  … listing: 1/100 [........................] 1%',
      '\r\x1b[2K  … listing: 50/100 [############............] 50%',
      '\r\x1b[2K  ✔ listing: done\n',
    ]);
  });

  it('prints plain lines at most once per interval elsewhere', () => {
    let now = 0;
    const { writes, output } = recorder(false);
    const progress = createProgress('streaming', output, { now: () => now, intervalMs: 1000 });
    for (let events = 1; events <= 2500; events += 1) {
      now = events;
      progress.update(events, undefined, `${events} B`);
    }
    progress.finish('2,500 events');
    expect(writes).toEqual([
      '  … streaming: 1 · 1 B\n',
      '  … streaming: 1,001 · 1001 B\n',
      '  … streaming: 2,001 · 2001 B\n',
      '  ✔ streaming: 2,500 events\n',
    ]);
    expect(writes.join('')).not.toContain('\r');
  });

  it('shows free text with note, throttled the same way', () => {
    let now = 0;
    const { writes, output } = recorder(false);
    const progress = createProgress('waiting for HEALTHY', output, { now: () => now, intervalMs: 1000 });
    progress.note('0.1 s, 1 request');
    now = 500;
    progress.note('0.6 s, 2 requests');
    now = 1200;
    progress.note('1.2 s, 3 requests');
    expect(writes).toEqual(['  … waiting for HEALTHY: 0.1 s, 1 request\n', '  … waiting for HEALTHY: 1.2 s, 3 requests\n']);
  });
});
