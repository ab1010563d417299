/** Compares every API version of the spec between a base commit and the working tree. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleVersion, specVersions } from './bundle.ts';
import { diffDocuments } from './document.ts';
import { exportPaths, type Base } from './git.ts';
import type { Change, Json } from './types.ts';

export interface VersionDiff {
  version: string;
  /** `info.version` on each side; null where the API version does not exist. */
  before: string | null;
  after: string | null;
  changes: Change[];
}

export interface SpecDiff {
  base: Base;
  versions: VersionDiff[];
}

const infoVersion = (document: Json | null) =>
  document && typeof (document.info as Json | undefined)?.version === 'string' ? String((document.info as Json).version) : null;

export function diffBundles(version: string, before: Json | null, after: Json | null): VersionDiff {
  return { version, before: infoVersion(before), after: infoVersion(after), changes: diffDocuments(before, after) };
}

/** `beforeRoot` null means an empty base: every version of `afterRoot` is new. */
export function diffTrees(beforeRoot: string | null, afterRoot: string): VersionDiff[] {
  const versions = [...new Set([...(beforeRoot ? specVersions(beforeRoot) : []), ...specVersions(afterRoot)])].sort();
  return versions.map((version) =>
    diffBundles(version, beforeRoot ? bundleVersion(beforeRoot, version) : null, bundleVersion(afterRoot, version)),
  );
}

/** Files that decide what a version bundles to. */
export const SPEC_PATHS = ['spec', 'redocly.yaml'];

/** Bundles the spec as it was at `base.commit` (in a temporary folder) and as it is in `repoRoot` now. */
export function diffAgainstCommit(repoRoot: string, base: Base): SpecDiff {
  if (!base.commit) return { base, versions: diffTrees(null, repoRoot) };
  const work = mkdtempSync(join(tmpdir(), 'astro-api-spec-base-'));
  try {
    exportPaths(base.commit, SPEC_PATHS, repoRoot, work);
    return { base, versions: diffTrees(work, repoRoot) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
