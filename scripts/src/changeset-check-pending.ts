/** Pending changesets: the `.changeset/*.md` files that `changeset version` has not consumed yet. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { maxBump, type Bump } from './spec-diff/bump.ts';

export interface PendingChangeset {
  file: string;
  /** Package name → bump, as written in the front matter. */
  releases: Record<string, Bump>;
}

const BUMPS = new Set<Bump>(['major', 'minor', 'patch', 'none']);

/** Parses one changeset file; `file` is only used in error messages. */
export function parseChangeset(file: string, text: string): PendingChangeset {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(\r?\n|$)/.exec(text);
  if (!match) throw new Error(`${file} is not a changeset: it must start with a --- front matter block listing "package": bump`);
  let frontMatter: unknown;
  try {
    frontMatter = parse(match[1]!) ?? {};
  } catch (error) {
    throw new Error(`${file}: the front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (typeof frontMatter !== 'object' || Array.isArray(frontMatter)) {
    throw new Error(`${file}: the front matter must map package names to bumps, e.g. "@astro-api/client": minor`);
  }
  const releases: Record<string, Bump> = {};
  for (const [name, bump] of Object.entries(frontMatter as Record<string, unknown>)) {
    if (!BUMPS.has(bump as Bump)) throw new Error(`${file}: "${name}" has bump ${JSON.stringify(bump)}; expected major, minor or patch`);
    releases[name] = bump as Bump;
  }
  return { file, releases };
}

export function readPendingChangesets(repoRoot: string): PendingChangeset[] {
  const dir = join(repoRoot, '.changeset');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => parseChangeset(join('.changeset', name), readFileSync(join(dir, name), 'utf8')));
}

/** The bump a package will get from all pending changesets (the highest of them), with the files giving it. */
export function pendingBump(changesets: readonly PendingChangeset[], name: string): { bump: Bump; files: string[] } {
  const relevant = changesets.filter((changeset) => name in changeset.releases);
  return { bump: maxBump(...relevant.map((changeset) => changeset.releases[name]!)), files: relevant.map((changeset) => changeset.file) };
}
