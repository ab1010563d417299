/** The few git operations the spec diff and the changeset gate need, with readable failures. */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

export function git(args: string[], cwd: string): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`git could not be run: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr.trim() || `exit ${result.status}`}`);
  return result.stdout;
}

/** Like `git`, but a failure (unknown ref, no commits yet) gives null. */
export function tryGit(args: string[], cwd: string): string | null {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : null;
}

export const repoRootOf = (cwd: string): string => git(['rev-parse', '--show-toplevel'], cwd).trim();

/** The commit a ref names, or null when it names none (including "no commits yet"). */
export function resolveCommit(ref: string, cwd: string): string | null {
  return tryGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd)?.trim() || null;
}

export function isShallow(cwd: string): boolean {
  return tryGit(['rev-parse', '--is-shallow-repository'], cwd)?.trim() === 'true';
}

export interface Base {
  /** What the user asked for, or how the default was chosen (`merge-base of HEAD and main`). */
  label: string;
  /** The commit compared against, or null when there is none: everything is then new. */
  commit: string | null;
}

/**
 * Default base of a comparison: the merge base with `main` on a branch, else the previous commit
 * (on `main` itself, or when there is no `main`). Without history the base is empty.
 */
export function defaultBase(cwd: string): Base {
  if (!resolveCommit('HEAD', cwd)) return { label: 'no commits yet', commit: null };
  const branch = tryGit(['rev-parse', '--abbrev-ref', 'HEAD'], cwd)?.trim();
  const main = ['main', 'origin/main'].find((ref) => resolveCommit(ref, cwd));
  if (branch !== 'main' && main) {
    const commit = tryGit(['merge-base', 'HEAD', main], cwd)?.trim();
    if (commit) return { label: `merge base of HEAD and ${main}`, commit };
  }
  return { label: 'HEAD~1', commit: resolveCommit('HEAD~1', cwd) };
}

/** Writes the given paths of a commit into `dest` (paths missing at that commit are skipped). */
export function exportPaths(commit: string, paths: string[], cwd: string, dest: string): string[] {
  const present = git(['ls-tree', '--name-only', commit, '--', ...paths], cwd).split('\n').filter(Boolean);
  mkdirSync(dest, { recursive: true });
  if (!present.length) return present;
  const archive = spawnSync('git', ['archive', '--format=tar', commit, '--', ...present], { cwd, maxBuffer: 256 * 1024 * 1024 });
  if (archive.status !== 0) throw new Error(`git archive ${commit} failed: ${archive.stderr.toString().trim()}`);
  const untar = spawnSync('tar', ['-x', '-C', dest], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`tar could not unpack ${commit}: ${untar.stderr?.toString().trim() || untar.error?.message}`);
  return present;
}
