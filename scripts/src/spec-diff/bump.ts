/**
 * From classified changes to the semver bump a package needs. Semver gives no compatibility promise
 * below 1.0.0, and the convention (which Changesets follows) is that a breaking change there bumps the
 * minor: 0.3.1 → 0.4.0. So `breaking` asks for `major` from 1.0.0 on and for `minor` before it.
 */
import { highestLevel, type ChangeLevel } from './types.ts';

export type Bump = 'major' | 'minor' | 'patch' | 'none';
export const BUMP_ORDER: readonly Bump[] = ['none', 'patch', 'minor', 'major'];

const BUMP_FOR_LEVEL: Record<ChangeLevel, Bump> = { breaking: 'major', feature: 'minor', patch: 'patch' };

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/;

export function isBelowOne(version: string): boolean {
  const match = SEMVER.exec(version);
  if (!match) throw new Error(`"${version}" is not a semver version (expected MAJOR.MINOR.PATCH)`);
  return match[1] === '0';
}

/** The bump the changes call for, without the 0.x rule. */
export function semanticBump(changes: readonly { level: ChangeLevel }[]): Bump {
  const level = highestLevel(changes);
  return level ? BUMP_FOR_LEVEL[level] : 'none';
}

/** The bump a package at `currentVersion` needs for these changes, with the 0.x rule applied. */
export function requiredBump(changes: readonly { level: ChangeLevel }[], currentVersion: string): Bump {
  const bump = semanticBump(changes);
  return bump === 'major' && isBelowOne(currentVersion) ? 'minor' : bump;
}

export function maxBump(...bumps: Bump[]): Bump {
  return bumps.reduce((highest, bump) => (BUMP_ORDER.indexOf(bump) > BUMP_ORDER.indexOf(highest) ? bump : highest), 'none');
}

export const bumpCovers = (pending: Bump, required: Bump): boolean => BUMP_ORDER.indexOf(pending) >= BUMP_ORDER.indexOf(required);
