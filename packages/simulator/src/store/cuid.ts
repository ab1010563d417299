import type { Random } from './prng.ts';

const CHUNK = 36 ** 4;

/** Four random base-36 characters. */
const chunk = (random: Random) => Math.floor(random.next() * CHUNK).toString(36).padStart(4, '0');

/**
 * An identifier shaped like the API's cuids (`clmaxoarx000008l2c5ayb9pt`): `c`, the creation time
 * in base 36, a counter, a fingerprint and random characters; 25 characters in all.
 */
export function cuid(random: Random, timeMs: number, counter: number): string {
  const time = Math.max(0, Math.floor(timeMs)).toString(36).padStart(8, '0').slice(-8);
  const count = (counter % CHUNK).toString(36).padStart(4, '0');
  return `c${time}${count}${chunk(random)}${chunk(random)}${chunk(random)}`;
}
