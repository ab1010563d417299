/**
 * Bearer authentication. The simulator accepts any well-formed token and derives the caller's
 * identity from it, so `updatedBy` shows who made a change:
 * - a JWT with a `sub` claim is a user (`sub` → id, `email`/`name` → username/fullName); an
 *   `exp` in the past is refused as expired;
 * - any other token is an API token (`SERVICEKEY`) whose id is derived from the token's hash.
 */
import { createHash } from 'node:crypto';
import type { SubjectProfile } from '../store/types.ts';
import { ApiError } from './api-error.ts';

/** RFC 6750 `b64token`. */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const MAX_TOKEN_LENGTH = 8192;
const CHALLENGE = { 'www-authenticate': 'Bearer realm="astro-api"' };

const unauthorized = (message: string) =>
  new ApiError(401, message, { headers: { ...CHALLENGE, 'www-authenticate': `${CHALLENGE['www-authenticate']}, error="invalid_token"` } });

export function authenticate(header: string | undefined, now = Date.now()): { token: string; subject: SubjectProfile } {
  if (!header) throw new ApiError(401, 'Missing Authorization header: send Authorization: Bearer <token>', { headers: CHALLENGE });
  const match = /^Bearer +(\S+) *$/i.exec(header);
  if (!match) throw unauthorized('The Authorization header must use the Bearer scheme: Authorization: Bearer <token>');
  const token = match[1]!;
  if (token.length > MAX_TOKEN_LENGTH || !B64TOKEN.test(token)) throw unauthorized('The bearer token is malformed');
  const claims = jwtClaims(token);
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
