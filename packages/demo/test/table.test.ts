import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDuration, formatTimestamp, truncate } from '../src/format.ts';
import { renderTable } from '../src/table.ts';
import { demoName } from '../src/steps/update-organization.ts';

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
  it('formats counts, durations, sizes and timestamps for people', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect([formatDuration(12.4), formatDuration(1530), formatDuration(125_000)]).toEqual(['12 ms', '1.5 s', '2 min 5 s']);
    expect([formatBytes(900), formatBytes(2048), formatBytes(5 * 1024 ** 2)]).toEqual(['900 B', '2.0 KiB', '5.0 MiB']);
    expect(formatTimestamp('2026-05-01T10:20:30Z')).toBe('2026-05-01 10:20');
    expect(truncate('abcdef', 4)).toBe('abc…');
  });

  it('keeps a demo name within the 50 characters an update allows', () => {
    expect(demoName('Acme')).toBe('Acme (demo)');
    expect(demoName('x'.repeat(50))).toHaveLength(50);
    expect(demoName('x'.repeat(50)).endsWith(' (demo)')).toBe(true);
  });
});
