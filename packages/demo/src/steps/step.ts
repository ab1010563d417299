import type { OrganizationsApi } from '../organizations-api.ts';
import type { ProgressOutput } from '../progress.ts';
import type { Traffic } from '../traffic.ts';

/** What every step gets. */
export interface StepContext {
  api: OrganizationsApi;
  traffic: Traffic;
  /** Prints one line of the report. */
  print(line?: string): void;
  /** Where progress lines go (a terminal or a log). */
  progressOutput: ProgressOutput;
  pageSize: number;
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
    throw new StepError(step, error);
  }
}
