import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDuration } from '../src/format.ts';
import { renderTable } from '../src/table.ts';

describe('renderTable', () => {
  it('pads columns to their widest cell and right-aligns where asked', () => {
    expect(renderTable(['Plan', 'Count'], [['TRIAL', '325'], ['BUSINESS_CRITICAL', '7']], ['left', 'right'])).toEqual([
      'Plan               Count',
      '─────────────────  ─────',
      'TRIAL                325',
      'BUSINESS_CRITICAL      7',
    ]);
  });
});

describe('formatting', () => {
  it('formats counts, durations and sizes for people', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect([formatDuration(12.4), formatDuration(1530), formatDuration(125_000)]).toEqual(['12 ms', '1.5 s', '2 min 5 s']);
    expect([formatBytes(900), formatBytes(2048), formatBytes(5 * 1024 ** 2)]).toEqual(['900 B', '2.0 KiB', '5.0 MiB']);
  });
});
