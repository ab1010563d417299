/**
 * Records in packages/client/package.json (field `astroApiSpec`) the spec the client is being versioned
 * with: for each API version, `info.version` and the SHA-256 of its bundle. Run right after
 * `changeset version` (root script `pnpm version-packages`), so the release commit carries it; the
 * changeset gate compares the current spec with it to tell whether the spec changed since that release.
 *
 * The generated SPEC_VERSIONS constant must agree with the spec being recorded: a release must not
 * record one spec and ship a client generated from another.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleVersion, specVersions } from './spec-diff/bundle.ts';
import { RECORD_FIELD, sameRecord, specIdentity, type RecordedSpec } from './record-spec-identity.ts';
import type { Json } from './spec-diff/types.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const clientManifest = (root: string) => join(root, 'packages', 'client', 'package.json');

/** Identities of every API version in the tree at `root`. */
export function currentSpec(root: string): RecordedSpec {
  const record: RecordedSpec = {};
  for (const version of specVersions(root)) record[version] = specIdentity(bundleVersion(root, version)!);
  return record;
}

/** Returns package.json text with the record set, keeping the file's two-space layout. */
export function withRecord(manifestText: string, record: RecordedSpec): string {
  const manifest = JSON.parse(manifestText) as Json;
  manifest[RECORD_FIELD] = record;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

async function generatedSpec(root: string): Promise<RecordedSpec | null> {
  const file = join(root, 'packages', 'client', 'src', 'generated', 'spec-versions.ts');
  if (!existsSync(file)) return null;
  const module = (await import(pathToFileURL(file).href)) as { SPEC_VERSIONS?: RecordedSpec };
  return module.SPEC_VERSIONS ?? null;
}

export async function recordSpec(root: string): Promise<RecordedSpec> {
  const record = currentSpec(root);
  if (!Object.keys(record).length) throw new Error(`No API version found under ${join(root, 'spec')} (expected spec/<version>/openapi.yaml)`);
  const generated = await generatedSpec(root);
  if (generated && !sameRecord(generated, record)) {
    throw new Error(
      'packages/client/src/generated/spec-versions.ts was generated from another spec than spec/ holds.\n' +
        'Run `pnpm regenerate`, commit the result, then version again.',
    );
  }
  const file = clientManifest(root);
  writeFileSync(file, withRecord(readFileSync(file, 'utf8'), record));
  return record;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const record = await recordSpec(repoRoot);
    const summary = Object.entries(record).map(([version, { version: info, sha256 }]) => `${version} ${info} (${sha256.slice(0, 12)})`);
    console.log(`Recorded in packages/client/package.json "${RECORD_FIELD}": ${summary.join(', ')}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
