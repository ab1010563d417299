/**
 * Bearer authentication.
 * - A token the simulator issued (an API or agent token created through the API) is checked against
 *   its store: it works while its token exists, has not been rotated away and has not expired, and it
 *   acts as that token, in its scope.
 * - Any other well-formed token is accepted, so a newcomer can start with any string, and acts
 *   Organization-wide. Its identity is derived from it, so `updatedBy` shows who made a change: a JWT
 *   with a `sub` claim is a user (`sub` → id, `email`/`name` → username/fullName; an `exp` in the
 *   past is refused as expired), anything else an API token (`SERVICEKEY`) with an id derived from
 *   the token's hash.
 */
import { createHash } from 'node:crypto';
import type { Caller } from '../engine/context.ts';
import type { World } from '../engine/world.ts';
import { ApiError } from '../server/api-error.ts';
import { formatTimestamp } from '../store/timestamps.ts';
import type { SubjectProfile } from '../store/types.ts';
import { claimsToBeIssued } from './token-registry.ts';

/** RFC 6750 `b64token`. */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const MAX_TOKEN_LENGTH = 8192;
const CHALLENGE = { 'www-authenticate': 'Bearer realm="astro-api"' };

const unauthorized = (message: string) =>
  new ApiError(401, message, { headers: { ...CHALLENGE, 'www-authenticate': `${CHALLENGE['www-authenticate']}, error="invalid_token"` } });

export function authenticate(header: string | undefined, world: World, now = Date.now()): Caller {
  if (!header) throw new ApiError(401, 'Missing Authorization header: send Authorization: Bearer <token>', { headers: CHALLENGE });
  const match = /^Bearer +(\S+) *$/i.exec(header);
  if (!match) throw unauthorized('The Authorization header must use the Bearer scheme: Authorization: Bearer <token>');
  const token = match[1]!;
  if (token.length > MAX_TOKEN_LENGTH || !B64TOKEN.test(token)) throw unauthorized('The bearer token is malformed');
  const claims = jwtClaims(token);
  if (claimsToBeIssued(claims)) return issuedCaller(token, world, now);
  if (claims) {
    if (typeof claims.exp === 'number' && claims.exp * 1000 < now) throw unauthorized('The API token has expired');
    if (typeof claims.sub === 'string' && claims.sub) return { token, subject: userFromClaims(claims) };
  }
  return { token, subject: apiTokenSubject(token) };
}

function jwtClaims(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return claims && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function userFromClaims(claims: Record<string, unknown>): SubjectProfile {
  const subject: SubjectProfile = { id: String(claims.sub), subjectType: 'USER' };
  const username = claims.email ?? claims.preferred_username;
  if (typeof username === 'string') subject.username = username;
  if (typeof claims.name === 'string') subject.fullName = claims.name;
  return subject;
}

function apiTokenSubject(token: string): SubjectProfile {
  const digest = createHash('sha256').update(token).digest();
  const id = `c${BigInt(`0x${digest.subarray(0, 16).toString('hex')}`).toString(36).padStart(24, '0').slice(0, 24)}`;
  return { id, subjectType: 'SERVICEKEY', apiTokenName: `api-token-${digest.subarray(0, 3).toString('hex')}` };
}

/** A token the simulator issued: valid only while its record exists and has not expired. */
function issuedCaller(token: string, world: World, now: number): Caller {
  const issued = world.tokens.lookUp(token);
  const record = issued && world.records.get(issued.collectionPath, issued.id);
  if (!issued || !record) throw unauthorized('This API token is not valid: it was rotated or deleted, or this simulator never issued it');
  if (typeof record.endAt === 'string' && Date.parse(record.endAt) < now) throw unauthorized('The API token has expired');
  record.lastUsedAt = formatTimestamp(now);
  return { token, subject: { id: issued.id, subjectType: 'SERVICEKEY', apiTokenName: String(record.name) }, issued };
}
