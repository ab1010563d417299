import { formatBytes, formatCount, formatDuration } from '../format.ts';
import { createProgress } from '../progress.ts';
import { renderTable } from '../table.ts';
import type { StepContext } from './step.ts';

/** The API's timestamps are whole seconds: start one second early so the run's first change is in. */
const startOf = (ms: number) => new Date(Math.floor(ms / 1000) * 1000 - 1000).toISOString().replace('.000Z', 'Z');

/** Streams the audit log from the demo's start and finds each change the demo made in it, by request id. */
export async function exportAuditLog(context: StepContext): Promise<{ value: number; result: string }> {
  const startDate = startOf(context.startedAt);
  const changes = context.traffic.changes();
  context.print(`  from ${startDate}; looking for the ${changes.size} change(s) this run made`);
  const progress = createProgress('streaming audit events', context.progressOutput);
  const found = new Map<string, number>();
  let events = 0;
  let bytes = 0;
  const started = performance.now();
  for await (const event of context.client.organizations.auditLogs({ startDate })) {
    events += 1;
    bytes += JSON.stringify(event).length + 1;
    if (event.requestId && changes.has(event.requestId)) {
      const what = `${event.method} ${(event.path ?? '').replace(/^.*\/organizations\/[^/]+/, '').replace(/\/c[0-9a-z]{24}/g, '/…') || '/'}`;
      found.set(what, (found.get(what) ?? 0) + 1);
    }
    progress.update(events, undefined, formatBytes(bytes));
  }
  const matched = [...found.values()].reduce((sum, count) => sum + count, 0);
  progress.finish(`${formatCount(events)} events (${formatBytes(bytes)}) in ${formatDuration(performance.now() - started)}`);
  const rows = [...found].sort().map(([what, count]) => [what, formatCount(count)]);
  for (const line of renderTable(['Change made by this run', 'Events'], rows, ['left', 'right'])) context.print(`    ${line}`);
  return { value: matched, result: `${formatCount(events)} events, ${matched} of this run's ${changes.size} changes found` };
}
