/**
 * The changelog guide, written at build time from the changesets: the pending ones in .changeset/
 * (parsed with @changesets/parse, the parser `changeset version` itself uses) under "Unreleased",
 * then each published package's CHANGELOG.md, which `changeset version` writes from them on release.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import parseChangeset from '@changesets/parse';
import type { GuideSource } from './guides.ts';

const BUMP_ORDER = ['major', 'minor', 'patch', 'none'] as const;
const BUMP_LABEL: Record<string, string> = { major: 'Major', minor: 'Minor', patch: 'Patch', none: 'No release' };

export interface ChangelogInputs {
  /** The .changeset folder of the repository. */
  changesetDir: string;
  /** The repository's packages folder; each package may hold a CHANGELOG.md. */
  packagesDir: string;
}

interface PendingChange {
  id: string;
  summary: string;
  releases: { name: string; type: string }[];
}

function readPending(changesetDir: string): PendingChange[] {
  if (!existsSync(changesetDir)) return [];
  return readdirSync(changesetDir)
    .filter((entry) => entry.endsWith('.md') && entry !== 'README.md')
    .sort()
    .map((entry) => {
      const id = entry.replace(/\.md$/, '');
      try {
        return { id, ...parseChangeset(readFileSync(join(changesetDir, entry), 'utf8')) };
      } catch (error) {
        throw new Error(`.changeset/${entry} is not a valid changeset: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
}

/** A package's released history with its own title dropped and its headings one level deeper. */
function released(changelog: string): string {
  return changelog
    .replace(/^# .*\n+/, '')
    .replace(/^(#{2,4}) /gm, '##$1 ')
    .trim();
}

export function changelogSource({ changesetDir, packagesDir }: ChangelogInputs): GuideSource {
  const pending = readPending(changesetDir);
  const lines = [
    '# Changelog',
    '',
    "What changed in the published packages (`@astro-api/client`, `@astro-api/openapi`, `@astro-api/simulator`), built from the project's changesets: first the changes waiting for the next release, then the history of each released package.",
    '',
    '## Unreleased',
    '',
  ];
  const packages = [...new Set(pending.flatMap(({ releases }) => releases.map(({ name }) => name)))].sort();
  if (!packages.length) lines.push('No change is waiting for a release.', '');
  for (const name of packages) {
    lines.push(`### ${name}`, '');
    for (const bump of BUMP_ORDER) {
      const changes = pending.filter(({ releases }) => releases.some((release) => release.name === name && release.type === bump));
      for (const change of changes) {
        const [first = '', ...rest] = change.summary.trim().split('\n');
        lines.push(`- **${BUMP_LABEL[bump]}:** ${first}`, ...rest.map((line) => (line.trim() ? `  ${line}` : '')));
      }
    }
    lines.push('');
  }
  lines.push('## Released', '');
  const histories = (existsSync(packagesDir) ? readdirSync(packagesDir).sort() : [])
    .map((dir) => join(packagesDir, dir, 'CHANGELOG.md'))
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, 'utf8'));
  if (!histories.length) lines.push('No version has been released yet: the packages are published from the first release on.', '');
  for (const history of histories) {
    const name = /^# (.+)$/m.exec(history)?.[1]?.trim() ?? 'package';
    lines.push(`### ${name}`, '', released(history), '');
  }
  return { slug: 'changelog', markdown: lines.join('\n'), origin: 'the changesets (.changeset/, packages/*/CHANGELOG.md)' };
}
