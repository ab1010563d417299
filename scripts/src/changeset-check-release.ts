/**
 * Where the last release of the client stands in git: the commit that last changed its version (the
 * commit `pnpm version-packages` produced), and the spec it recorded then. Found from history rather than
 * stored as a hash, so it survives squash merges and works in any full clone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, isShallow, resolveCommit, tryGit } from './spec-diff/git.ts';
import { readRecord, type RecordedSpec } from './record-spec-identity.ts';
import type { Json } from './spec-diff/types.ts';

export const CLIENT_MANIFEST = 'packages/client/package.json';
export const CLIENT_SOURCES = 'packages/client/src';

export type ReleaseState =
  /** Nothing released yet: no history, or no spec recorded. Pending changesets must announce the initial release. */
  | { kind: 'initial'; reason: string }
  /** The working tree itself is a release being prepared (versions bumped, changesets consumed). */
  | { kind: 'releasing'; version: string }
  | { kind: 'released'; version: string; commit: string; recorded: RecordedSpec };

function manifestAt(root: string, commit: string): Json | null {
  const text = tryGit(['show', `${commit}:${CLIENT_MANIFEST}`], root);
  return text === null ? null : (JSON.parse(text) as Json);
}

export function releaseState(root: string): ReleaseState {
  const manifest = JSON.parse(readFileSync(join(root, CLIENT_MANIFEST), 'utf8')) as Json;
  const version = String(manifest.version);
  if (!resolveCommit('HEAD', root)) return { kind: 'initial', reason: 'the repository has no commits yet' };
  if (isShallow(root)) {
    throw new Error('This is a shallow clone: the changeset check needs the history since the last release. Run `git fetch --unshallow`.');
  }
  const recorded = readRecord(manifest, CLIENT_MANIFEST);
  if (!recorded) return { kind: 'initial', reason: `${CLIENT_MANIFEST} records no released spec yet ("astroApiSpec")` };
  if (manifestAt(root, 'HEAD')?.version !== version) return { kind: 'releasing', version };
  const commit = git(['log', '-1', '--format=%H', '-G', '"version":', '--', CLIENT_MANIFEST], root).trim();
  if (!commit) throw new Error(`No commit changes the version in ${CLIENT_MANIFEST}; is it committed?`);
  return { kind: 'released', version, commit, recorded };
}

/** Files under packages/client/src that differ from the release commit, committed or not. */
export function clientSourceChanges(root: string, commit: string): string[] {
  const changed = git(['diff', '--name-only', commit, '--', CLIENT_SOURCES], root).split('\n');
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--', CLIENT_SOURCES], root).split('\n');
  return [...new Set([...changed, ...untracked].filter(Boolean))].sort();
}
