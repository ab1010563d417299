import { cuid } from './cuid.ts';
import type { Random } from './prng.ts';
import type { SubjectProfile } from './types.ts';
import { FIRST_NAMES, LAST_NAMES, TOKEN_NAMES } from './vocabulary.ts';

export function createUser(random: Random, domain: string, timeMs: number, counter: number): SubjectProfile {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const id = cuid(random, timeMs, counter);
  return {
    id,
    subjectType: 'USER',
    username: `${first}.${last}@${domain}`.toLowerCase(),
    fullName: `${first} ${last}`,
    avatarUrl: `https://avatars.${domain}/${id}.png`,
  };
}

export function createApiToken(random: Random, timeMs: number, counter: number): SubjectProfile {
  return { id: cuid(random, timeMs, counter), subjectType: 'SERVICEKEY', apiTokenName: random.pick(TOKEN_NAMES) };
}
