/** Bearer tokens for the tests: an opaque API token and a user's JWT (unsigned; the simulator reads its claims). */
export const API_TOKEN = 'astro-test-token-0123456789';

export function userJwt(claims: Record<string, unknown>): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.signature`;
}

export const AUTH = { authorization: `Bearer ${API_TOKEN}` };
