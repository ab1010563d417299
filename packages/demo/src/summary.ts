import { formatCount, formatDuration } from './format.ts';
import type { StepRecord } from './steps/step.ts';
import { renderTable } from './table.ts';

/** The closing report: one row per step, then the totals and the HTTP statuses seen (retries included). */
export function summaryLines(records: StepRecord[], statuses: Record<number, number>, totalMs: number): string[] {
  const rows = records.map((record) => [record.step, formatCount(record.requests), formatDuration(record.ms), record.result]);
  const requests = records.reduce((sum, record) => sum + record.requests, 0);
  const statusText = Object.entries(statuses)
    .map(([status, count]) => `${status === '0' ? 'no response' : status} ×${count}`)
    .join(', ');
  return [
    'Summary',
    ...renderTable(['Step', 'Requests', 'Time', 'Result'], rows, ['left', 'right', 'right', 'left']).map((line) => `  ${line}`),
    '',
    `  ${formatCount(requests)} requests in ${formatDuration(totalMs)} (HTTP ${statusText || 'none'})`,
  ];
}
