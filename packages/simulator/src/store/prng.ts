/**
 * mulberry32: a seeded 32-bit generator with a full 2^32 period. Deterministic for a seed, fast,
 * and good enough for fake data. A class, so that creating one per audit event costs one object.
 */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  weighted<T extends string | number>(weights: Readonly<Record<T, number>>): T {
    const table = cumulativeTable(weights);
    const roll = this.next() * table.total;
    for (let index = 0; index < table.bounds.length; index += 1) {
      if (roll < table.bounds[index]!) return table.values[index] as T;
    }
    return table.values[table.values.length - 1] as T;
  }
}

export const mulberry32 = (seed: number): Random => new Random(seed);

interface CumulativeTable {
  values: string[];
  bounds: number[];
  total: number;
}

/** Weight tables are constants: build each cumulative table once. */
const tables = new WeakMap<object, CumulativeTable>();

function cumulativeTable(weights: Readonly<Record<string, number>>): CumulativeTable {
  let table = tables.get(weights);
  if (!table) {
    let total = 0;
    const values: string[] = [];
    const bounds: number[] = [];
    for (const [value, weight] of Object.entries(weights)) {
      total += weight;
      values.push(value);
      bounds.push(total);
    }
    table = { values, bounds, total };
    tables.set(weights, table);
  }
  return table;
}

/**
 * Mixes several integers into one 32-bit seed (murmur3 finaliser), so item `i` of a long sequence
 * gets its own generator and can be produced without producing items `0..i-1` first.
 */
export function mixSeed(...parts: number[]): number {
  let hash = 0x9e3779b9;
  for (const part of parts) {
    hash = Math.imul(hash ^ (part >>> 0), 0x85ebca6b);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35);
    hash ^= hash >>> 16;
  }
  return hash >>> 0;
}
