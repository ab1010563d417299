/**
 * Changeset gate: when the spec or the client changed since the client's last release, pending
 * changesets must bump @astro-api/client (and @astro-api/openapi when the spec changed) by at least what
 * the change requires: breaking → major (minor below 1.0.0), feature → minor, anything else → patch.
 *
 *   tsx scripts/src/changeset-check.ts        (root: pnpm changeset:check)
 *
 * "Since the last release" is the spec recorded in packages/client/package.json ("astroApiSpec", written
 * by `pnpm version-packages`) and the commit that last changed the client's version. Before anything was
 * recorded (or in a repository without commits) the state is the initial release: pending changesets
 * must then announce it with at least a minor bump of both packages.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pendingBump, readPendingChangesets, type PendingChangeset } from './changeset-check-pending.ts';
import { CLIENT_MANIFEST, CLIENT_SOURCES, clientSourceChanges, releaseState, type ReleaseState } from './changeset-check-release.ts';
import { currentSpec } from './record-spec.ts';
import { sameRecord } from './record-spec-identity.ts';
import { bumpCovers, maxBump, requiredBump, semanticBump, type Bump } from './spec-diff/bump.ts';
import { diffAgainstCommit, type VersionDiff } from './spec-diff/compare.ts';
import { describeCounts } from './spec-diff/report.ts';

export const CLIENT = '@astro-api/client';
export const OPENAPI = '@astro-api/openapi';
const OPENAPI_MANIFEST = 'packages/openapi/package.json';

export interface GateInput {
  /** Current versions of the gated packages, which decide the 0.x rule. */
  versions: Record<string, string>;
  release: ReleaseState;
  /** Spec changes since the release; null when the spec is unchanged (or there is no release yet). */
  spec: VersionDiff[] | null;
  /** Files under packages/client/src changed since the release. */
  clientSources: string[];
  pending: PendingChangeset[];
}

export interface Requirement {
  name: string;
  bump: Bump;
  reasons: string[];
  pending: Bump;
  files: string[];
}

function specReasons(spec: VersionDiff[], version: string): string[] {
  const changes = spec.flatMap((diff) => diff.changes);
  const reasons = spec.filter((diff) => diff.changes.length).map((diff) => `${diff.version}: ${describeCounts(diff.changes)}`);
  if (semanticBump(changes) === 'major' && requiredBump(changes, version) === 'minor') {
    reasons.push(`breaking changes bump the minor while the version (${version}) is below 1.0.0`);
  }
  return reasons;
}

/** What each gated package needs, compared with what the pending changesets give it. */
export function requirements(input: GateInput): Requirement[] {
  const needs = new Map<string, { bump: Bump; reasons: string[] }>();
  const need = (name: string, bump: Bump, reasons: string[]) => {
    if (bump === 'none') return;
    const current = needs.get(name) ?? { bump: 'none', reasons: [] };
    needs.set(name, { bump: maxBump(current.bump, bump), reasons: [...current.reasons, ...reasons] });
  };
  if (input.release.kind === 'initial') {
    for (const name of [CLIENT, OPENAPI]) need(name, 'minor', [`initial release: ${input.release.reason}`]);
  }
  if (input.spec) {
    const changes = input.spec.flatMap((diff) => diff.changes);
    for (const name of [CLIENT, OPENAPI]) {
      const version = input.versions[name] ?? '0.0.0';
      need(name, requiredBump(changes, version), specReasons(input.spec, version));
    }
  }
  if (input.clientSources.length) {
    const shown = input.clientSources.slice(0, 5).join(', ');
    const more = input.clientSources.length > 5 ? ` and ${input.clientSources.length - 5} more` : '';
    need(CLIENT, 'patch', [`client sources changed: ${shown}${more}`]);
  }
  return [...needs].map(([name, { bump, reasons }]) => {
    const pending = pendingBump(input.pending, name);
    return { name, bump, reasons, pending: pending.bump, files: pending.files };
  });
}

export const unmet = (list: Requirement[]) => list.filter((requirement) => !bumpCovers(requirement.pending, requirement.bump));

function describeRequirement(requirement: Requirement): string[] {
  const pending = requirement.pending === 'none' ? 'none pending' : `pending: ${requirement.pending} (${requirement.files.join(', ')})`;
  return [`  ${requirement.name} needs at least a ${requirement.bump} changeset; ${pending}`, ...requirement.reasons.map((reason) => `    because ${reason}`)];
}

export function formatFailure(missing: Requirement[]): string {
  const byBump = new Map<Bump, string[]>();
  for (const requirement of missing) byBump.set(requirement.bump, [...(byBump.get(requirement.bump) ?? []), requirement.name]);
  const choices = [...byBump].map(([bump, names]) => `${names.join(' and ')} with a ${bump} bump`).join(', and ');
  return [
    'Changeset check failed: the spec or the client changed since the last release, and the pending changesets do not cover it.',
    ...missing.flatMap(describeRequirement),
    '',
    `Fix: run \`pnpm changeset\`, select ${choices}, describe the change for the changelog, and commit the new .changeset/*.md with your change.`,
    'Details of each spec change: `pnpm spec:diff`.',
  ].join('\n');
}

export function formatSuccess(list: Requirement[], release: ReleaseState): string {
  if (!list.length) {
    return release.kind === 'releasing'
      ? `Changeset check passed: the working tree is the release of ${CLIENT} ${release.version}.`
      : 'Changeset check passed: neither the spec nor the client changed since the last release.';
  }
  return ['Changeset check passed:', ...list.map((r) => `  ${r.name} needs ${r.bump}, pending ${r.pending} (${r.files.join(', ')})`)].join('\n');
}

const readVersion = (root: string, file: string) => String((JSON.parse(readFileSync(join(root, file), 'utf8')) as { version: unknown }).version);

/** Gathers the gate's input from the repository at `root`. */
export function collectInput(root: string): GateInput {
  const release = releaseState(root);
  let spec: VersionDiff[] | null = null;
  let clientSources: string[] = [];
  if (release.kind === 'released') {
    // The recorded identity says whether the spec changed; the release commit's spec says how.
    if (!sameRecord(release.recorded, currentSpec(root))) {
      spec = diffAgainstCommit(root, { label: 'last release', commit: release.commit }).versions;
    }
    // Generated files follow the spec: when it changed, its diff already sets the bump. Without a spec
    // change they can only differ through a generator change, which ships new code too.
    const sources = clientSourceChanges(root, release.commit);
    clientSources = spec ? sources.filter((file) => !file.startsWith(`${CLIENT_SOURCES}/generated/`)) : sources;
  }
  return {
    versions: { [CLIENT]: readVersion(root, CLIENT_MANIFEST), [OPENAPI]: readVersion(root, OPENAPI_MANIFEST) },
    release,
    spec,
    clientSources,
    pending: release.kind === 'releasing' ? [] : readPendingChangesets(root),
  };
}

export function checkChangesets(root: string): { ok: boolean; message: string } {
  const input = collectInput(root);
  const list = input.release.kind === 'releasing' ? [] : requirements(input);
  const missing = unmet(list);
  return missing.length ? { ok: false, message: formatFailure(missing) } : { ok: true, message: formatSuccess(list, input.release) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { ok, message } = checkChangesets(join(dirname(fileURLToPath(import.meta.url)), '..', '..'));
    (ok ? console.log : console.error)(message);
    process.exitCode = ok ? 0 : 1;
  } catch (error) {
    console.error(`Changeset check could not run: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
