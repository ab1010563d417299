/** Renders a spec diff for people (text) and for tools (`--json`). */
import { requiredBump, semanticBump, type Bump } from './bump.ts';
import type { SpecDiff, VersionDiff } from './compare.ts';
import { highestLevel, LEVEL_ORDER, type Change, type ChangeLevel } from './types.ts';

/** The package whose version decides the 0.x rule (the client, published from this spec). */
export interface PackageVersion {
  name: string;
  version: string;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : /(s|ch)$/.test(word) ? 'es' : 's'}`;

export function countLevels(changes: readonly Change[]): Record<ChangeLevel, number> {
  const counts: Record<ChangeLevel, number> = { breaking: 0, feature: 0, patch: 0 };
  for (const change of changes) counts[change.level] += 1;
  return counts;
}

/** "2 breaking, 1 feature" — the counts that are not zero, most severe first. */
export function describeCounts(changes: readonly Change[]): string {
  const counts = countLevels(changes);
  const words: Record<ChangeLevel, string> = { breaking: `${counts.breaking} breaking`, feature: plural(counts.feature, 'feature'), patch: plural(counts.patch, 'patch') };
  return [...LEVEL_ORDER].reverse().filter((level) => counts[level]).map((level) => words[level]).join(', ');
}

function versionHeading(diff: VersionDiff): string {
  const versions =
    diff.before === diff.after ? (diff.after ?? '') : `${diff.before ?? 'absent'} → ${diff.after ?? 'absent'}`;
  const title = versions ? `${diff.version} (${versions})` : diff.version;
  if (!diff.changes.length) return `${title}: no changes`;
  return `${title}: ${describeCounts(diff.changes)} → ${semanticBump(diff.changes)}`;
}

export function formatText(diff: SpecDiff, target?: PackageVersion): string {
  const base = diff.base.commit ? `${diff.base.label} (${diff.base.commit.slice(0, 10)})` : `${diff.base.label}: empty spec`;
  const lines = [`Spec diff: ${base} → working tree`, ''];
  const width = Math.max(...LEVEL_ORDER.map((level) => level.length));
  for (const version of diff.versions) {
    lines.push(versionHeading(version));
    for (const change of version.changes) {
      lines.push(`  ${change.level.padEnd(width)}  ${change.location}: ${change.message}`);
      if (change.note) lines.push(`  ${' '.repeat(width)}    why: ${change.note}`);
    }
    lines.push('');
  }
  const changes = diff.versions.flatMap((version) => version.changes);
  const bump = semanticBump(changes);
  let summary = `Required bump: ${bump}`;
  if (target && bump !== 'none') {
    const adjusted = requiredBump(changes, target.version);
    if (adjusted !== bump) summary += ` (${adjusted} for ${target.name} ${target.version}: below 1.0.0 a breaking change bumps the minor)`;
  }
  lines.push(summary);
  return lines.join('\n');
}

export interface JsonReport {
  base: { label: string; commit: string | null };
  level: ChangeLevel | null;
  bump: Bump;
  package?: PackageVersion & { bump: Bump };
  versions: (VersionDiff & { level: ChangeLevel | null; bump: Bump; counts: Record<ChangeLevel, number> })[];
}

export function toJson(diff: SpecDiff, target?: PackageVersion): JsonReport {
  const changes = diff.versions.flatMap((version) => version.changes);
  return {
    base: diff.base,
    level: highestLevel(changes),
    bump: semanticBump(changes),
    ...(target ? { package: { ...target, bump: requiredBump(changes, target.version) } } : {}),
    versions: diff.versions.map((version) => ({
      ...version,
      level: highestLevel(version.changes),
      bump: semanticBump(version.changes),
      counts: countLevels(version.changes),
    })),
  };
}
