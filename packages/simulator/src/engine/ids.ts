import { cuid } from '../store/cuid.ts';
import { mixSeed, mulberry32, type Random } from '../store/prng.ts';

/**
 * Ids of the records the API creates, cuid-shaped like the API's. Drawn from the world's seed, so
 * the same seed and the same requests give the same ids (seeded data included).
 */
export class IdSource {
  readonly random: Random;
  #counter = 0;

  constructor(seed: number) {
    this.random = mulberry32(mixSeed(seed, 0x1d5));
  }

  next(timeMs: number): string {
    this.#counter += 1;
    return cuid(this.random, timeMs, this.#counter);
  }
}
