import { randomBytes } from 'node:crypto';

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
let counter = 0;

/** A cuid-shaped request identifier (25 characters), unique within the process and across runs. */
export function newRequestId(): string {
  counter = (counter + 1) % 36 ** 4;
  const random = randomBytes(12);
  let tail = '';
  for (const byte of random) tail += BASE36[byte % 36];
  return `c${Date.now().toString(36).padStart(8, '0').slice(-8)}${counter.toString(36).padStart(4, '0')}${tail}`;
}
