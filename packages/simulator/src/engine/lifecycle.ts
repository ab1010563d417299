/**
 * Status changes that happen some time after a request (a Deployment becomes HEALTHY a while after
 * it was created). Pending changes are applied lazily, in due order, whenever the simulator serves a
 * request, so no timer outlives the server and tests can reason about "now" directly. A record
 * changed again before its change is due keeps only the newest one.
 */
import type { JsonRecord } from './record-store.ts';

interface Pending {
  dueMs: number;
  record: JsonRecord;
  generation: number;
  apply(record: JsonRecord): void;
}

/** Most pending changes kept; beyond it the oldest are applied at once. */
const MAX_PENDING = 50_000;

export class Lifecycle {
  /** How long a status change takes, in milliseconds. */
  delayMs: number;
  #pending: Pending[] = [];
  #generations = new WeakMap<JsonRecord, number>();

  constructor(delayMs: number) {
    this.delayMs = delayMs;
  }

  /** Applies `apply` to `record` once `delayMs` have passed (or `dueMs`, when given), unless it changes again first. */
  schedule(record: JsonRecord, nowMs: number, apply: (record: JsonRecord) => void, dueMs = nowMs + this.delayMs): void {
    const generation = (this.#generations.get(record) ?? 0) + 1;
    this.#generations.set(record, generation);
    this.#pending.push({ dueMs, record, generation, apply });
    if (this.#pending.length > MAX_PENDING) this.settle(Infinity, this.#pending.length - MAX_PENDING);
  }

  /** Forgets what is pending for a record: a newer state replaces it. */
  cancel(record: JsonRecord): void {
    this.#generations.set(record, (this.#generations.get(record) ?? 0) + 1);
  }

  /** Applies every change due by `nowMs` (at most `limit` of them), oldest first. */
  settle(nowMs: number, limit = Infinity): void {
    if (this.#pending.length === 0) return;
    this.#pending.sort((a, b) => a.dueMs - b.dueMs);
    let applied = 0;
    while (this.#pending.length && this.#pending[0]!.dueMs <= nowMs && applied < limit) {
      const change = this.#pending.shift()!;
      applied += 1;
      if (this.#generations.get(change.record) === change.generation) change.apply(change.record);
    }
  }

  clear(): void {
    this.#pending = [];
  }
}
