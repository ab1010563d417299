import { formatBytes, formatCount, formatDuration } from '../format.ts';
import { createProgress } from '../progress.ts';
import { renderTable } from '../table.ts';
import type { StepContext } from './step.ts';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** Streams the audit log of the last `days` days event by event, counting as it goes. */
export async function streamAuditLogs(context: StepContext, organizationId: string, days: number, demoStartedMs: number) {
  const endMs = Date.now();
  const range = { startDate: iso(endMs - days * DAY), endDate: iso(endMs) };
  context.print(`  range ${range.startDate} → ${range.endDate}`);
  const progress = createProgress('streaming audit events', context.progressOutput);
  const bySubject = new Map<string, number>();
  let events = 0;
  let bytes = 0;
  let fromThisRun = 0;
  const started = performance.now();
  for await (const event of context.api.auditLogs(organizationId, range)) {
    events += 1;
    bytes += JSON.stringify(event).length + 1;
    bySubject.set(event.subjectType, (bySubject.get(event.subjectType) ?? 0) + 1);
    if (event.method === 'POST' && Date.parse(event.timestamp) >= Math.floor(demoStartedMs / 1000) * 1000) fromThisRun += 1;
    if (event.timestamp < range.startDate || event.timestamp > range.endDate) throw new Error(`event at ${event.timestamp} lies outside the range`);
    progress.update(events, undefined, `${formatBytes(bytes)} so far`);
  }
  const seconds = (performance.now() - started) / 1000;
  progress.finish(`${formatCount(events)} events (${formatBytes(bytes)} of NDJSON) in ${formatDuration(seconds * 1000)}`);
  const rows = [...bySubject].sort().map(([subject, count]) => [subject, formatCount(count)]);
  for (const line of renderTable(['Subject type', 'Events'], rows, ['left', 'right'])) context.print(`    ${line}`);
  if (fromThisRun) context.print(`  includes ${fromThisRun} change(s) made by this run`);
  return { value: events, result: `${formatCount(events)} events over ${days} days` };
}
