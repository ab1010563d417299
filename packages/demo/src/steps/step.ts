import type { AstroClient } from '@astro-api/client/v1';
import type { Progress, ProgressOutput } from '../progress.ts';
import type { Traffic } from '../traffic.ts';

/** What every step gets. */
export interface StepContext {
  client: AstroClient;
  /** A client of the same target acting with another token (an API token the demo created). */
  clientWithToken(token: string): AstroClient;
  traffic: Traffic;
  /** Prints one line of the report. */
  print(line?: string): void;
  /** Where progress lines go (a terminal or a log). */
  progressOutput: ProgressOutput;
  pageSize: number;
  /** Poll gap of the waiters, when the target wants one. */
  pollMs?: number;
  /** When the demo started (ms since the epoch): its audit-log export starts there. */
  startedAt: number;
}

export interface StepRecord {
  step: string;
  requests: number;
  ms: number;
  result: string;
}

/** A failure inside a step, carrying the step's name for the final message. */
export class StepError extends Error {
  override name = 'StepError';
  constructor(
    readonly step: string,
    override readonly cause: unknown,
  ) {
    super(`${step}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Runs one step, timing it and counting its HTTP attempts; `run` returns its value and a one-line result. */
export async function runStep<T>(
  context: StepContext,
  records: StepRecord[],
  step: string,
  run: () => Promise<{ value: T; result: string }>,
): Promise<T> {
  context.print();
  context.print(`▸ ${step}`);
  const requestsBefore = context.traffic.requests();
  const started = performance.now();
  try {
    const { value, result } = await run();
    records.push({ step, requests: context.traffic.requests() - requestsBefore, ms: performance.now() - started, result });
    return value;
  } catch (error) {
    records.push({ step, requests: context.traffic.requests() - requestsBefore, ms: performance.now() - started, result: 'failed' });
    throw new StepError(step, error);
  }
}

/** Records a step that did not run, with the reason. */
export function skipStep(context: StepContext, records: StepRecord[], step: string, reason: string): void {
  context.print();
  context.print(`▸ ${step}`);
  context.print(`  skipped: ${reason}`);
  records.push({ step, requests: 0, ms: 0, result: 'skipped (read-only)' });
}

/** Shows a wait on the progress line: elapsed time and requests so far, redrawn while `work` runs. */
export async function withTicker<T>(context: StepContext, work: () => Promise<T>, progress: Progress): Promise<T> {
  const started = performance.now();
  const before = context.traffic.requests();
  const tick = () => {
    const requests = context.traffic.requests() - before;
    progress.note(`${((performance.now() - started) / 1000).toFixed(1)} s, ${requests} request${requests === 1 ? '' : 's'}`);
  };
  const timer = setInterval(tick, 100);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
