/**
 * The values of the tokens the simulator issues (API tokens and agent tokens). A value is shown
 * once, when the token is created or rotated; the registry keeps only its SHA-256, so a request
 * can be matched to its token, and forgets it on rotation. A value the simulator issued is always
 * checked here: once rotated or deleted, it stops working.
 *
 * Issued values are JWT-shaped (as the API's are) and carry `iss: astro-api-simulator`, which is how
 * the simulator tells them from the free-form tokens it also accepts.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IssuedToken } from '../engine/context.ts';
import type { Random } from '../store/prng.ts';

export const ISSUER = 'astro-api-simulator';

const hash = (value: string) => createHash('sha256').update(value).digest('base64url');
const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function randomPart(bytes: number, random?: Random): Buffer {
  if (!random) return randomBytes(bytes);
  return Buffer.from(Array.from({ length: bytes }, () => Math.floor(random.next() * 256)));
}

/** Most values kept; beyond it the oldest go (a token deleted long ago has nothing left to match). */
const MAX_VALUES = 100_000;

export class TokenRegistry {
  #byHash = new Map<string, IssuedToken>();
  #current = new Map<string, string>();

  /**
   * Mints a new value for a token and makes it the only one that works for it. `random` makes the
   * value reproducible (seeded data); without it the value comes from the system's CSPRNG.
   */
  issue(token: IssuedToken, issuedAtMs: number, random?: Random): string {
    const claims = { iss: ISSUER, sub: token.id, org: token.organizationId, scope: token.scope, iat: Math.floor(issuedAtMs / 1000), jti: randomPart(12, random).toString('hex') };
    const value = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}.${randomPart(32, random).toString('base64url')}`;
    this.revoke(token.id);
    const digest = hash(value);
    this.#byHash.set(digest, { ...token });
    this.#current.set(token.id, digest);
    if (this.#byHash.size > MAX_VALUES) {
      const [oldest, held] = this.#byHash.entries().next().value!;
      this.#byHash.delete(oldest);
      this.#current.delete(held.id);
    }
    return value;
  }

  /** Forgets the value of a token (rotation issues a new one; deletion leaves none). */
  revoke(tokenId: string): void {
    const digest = this.#current.get(tokenId);
    if (digest) this.#byHash.delete(digest);
    this.#current.delete(tokenId);
  }

  lookUp(value: string): IssuedToken | undefined {
    return this.#byHash.get(hash(value));
  }

  clear(): void {
    this.#byHash.clear();
    this.#current.clear();
  }

  get size(): number {
    return this.#byHash.size;
  }
}

/** Whether a bearer value claims to come from the simulator (it is then checked against the registry). */
export function claimsToBeIssued(claims: Record<string, unknown> | undefined): boolean {
  return claims?.iss === ISSUER;
}

/** A short, shown-anywhere part of a value, as the API's `shortToken`: never enough to use it. */
export const shortTokenOf = (value: string) => `${value.slice(-6)}`;
