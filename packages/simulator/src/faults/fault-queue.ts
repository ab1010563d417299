import { checkFault, FaultSyntaxError, parseFault, type Fault } from './fault.ts';

/** Which requests a scripted fault applies to; every given condition must hold. */
export interface FaultMatch {
  method?: string;
  operationId?: string;
  /** A pathname prefix, for example `/v1/organizations`. */
  path?: string;
}

export interface ScriptedFault extends Fault {
  match?: FaultMatch;
}

export interface PendingFault extends ScriptedFault {
  /** Requests this fault still applies to. */
  remaining: number;
}

export interface RequestDescription {
  method: string;
  path: string;
  operationId?: string;
}

/** Most faults waiting at once: a queue that only grows is a script bug, refused early. */
export const MAX_PENDING_FAULTS = 1_000;

/**
 * Faults queued ahead of time (programmatic `sim.faults` or `POST /__simulator/faults`). Each
 * request takes the first queued fault that matches it; a fault is dropped once used `times` times.
 */
export class FaultQueue {
  #pending: PendingFault[] = [];

  /** Queues a fault, given as text (`'503;times=2'`) or as an object; returns what was queued. */
  push(fault: string | ScriptedFault, match?: FaultMatch): PendingFault {
    if (this.#pending.length >= MAX_PENDING_FAULTS) {
      throw new FaultSyntaxError(`The fault queue is full (${MAX_PENDING_FAULTS} faults waiting); clear it before queueing more`);
    }
    const parsed: ScriptedFault = typeof fault === 'string' ? parseFault(fault) : checkFault(fault);
    const entry: PendingFault = { ...parsed, match: checkMatch(match ?? (typeof fault === 'object' ? fault.match : undefined)), remaining: parsed.times ?? 1 };
    this.#pending.push(entry);
    return { ...entry };
  }

  /** Takes one use of the first matching fault, if any. */
  take(request: RequestDescription): Fault | undefined {
    const index = this.#pending.findIndex((fault) => matches(fault.match, request));
    if (index < 0) return undefined;
    const fault = this.#pending[index]!;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#pending.splice(index, 1);
    const { match: _match, remaining: _remaining, ...applied } = fault;
    return applied;
  }

  list(): PendingFault[] {
    return this.#pending.map((fault) => ({ ...fault }));
  }

  clear(): void {
    this.#pending = [];
  }

  get size(): number {
    return this.#pending.length;
  }
}

function checkMatch(match: FaultMatch | undefined): FaultMatch | undefined {
  if (match === undefined) return undefined;
  if (!match || typeof match !== 'object') throw new TypeError('match must be an object with method, operationId or path');
  for (const key of Object.keys(match)) {
    if (!['method', 'operationId', 'path'].includes(key)) throw new TypeError(`Unknown match condition "${key}"`);
    if (typeof match[key as keyof FaultMatch] !== 'string') throw new TypeError(`match.${key} must be a string`);
  }
  return { ...match };
}

function matches(match: FaultMatch | undefined, request: RequestDescription): boolean {
  if (!match) return true;
  if (match.method && match.method.toUpperCase() !== request.method) return false;
  if (match.operationId && match.operationId !== request.operationId) return false;
  if (match.path && !request.path.startsWith(match.path)) return false;
  return true;
}
