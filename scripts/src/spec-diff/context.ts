/** State shared by the walkers while two documents are compared. */
import { createResolver, type Resolver } from './refs.ts';
import type { Change, ChangeLevel, Json } from './types.ts';

export interface DiffContext {
  before: Json;
  after: Json;
  resolveBefore: Resolver;
  resolveAfter: Resolver;
  changes: Change[];
  /** Pointers reached from operations on each side, so unreached component schemas are compared on their own. */
  reachedBefore: Set<string>;
  reachedAfter: Set<string>;
}

export function createContext(before: Json, after: Json): DiffContext {
  return {
    before,
    after,
    resolveBefore: createResolver(before),
    resolveAfter: createResolver(after),
    changes: [],
    reachedBefore: new Set(),
    reachedAfter: new Set(),
  };
}

export function report(
  context: DiffContext,
  location: string,
  level: ChangeLevel,
  rule: string,
  message: string,
  note?: string,
): void {
  context.changes.push(note ? { location, level, rule, message, note } : { location, level, rule, message });
}

/** Short, single-line rendering of a value for messages. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** JSON with sorted keys, so that reordering keys in the source is not reported as a change. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical((value as Json)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

export const sameJson = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);
