/**
 * Bundles the spec of one API version from a folder that holds `spec/` (and usually `redocly.yaml`):
 * the working tree, or a commit exported into a temporary folder. The Redocly CLI is the same one the
 * build uses, so both sides of a comparison are bundled exactly as they are published.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isObject } from './refs.ts';
import type { Json } from './types.ts';

/** API versions present in a tree: folders of `spec/` holding an `openapi.yaml` root. */
export function specVersions(root: string): string[] {
  const specDir = join(root, 'spec');
  if (!existsSync(specDir)) return [];
  return readdirSync(specDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(specDir, entry.name, 'openapi.yaml')))
    .map((entry) => entry.name)
    .sort();
}

function redoclyApis(root: string): Set<string> {
  const config = join(root, 'redocly.yaml');
  if (!existsSync(config)) return new Set();
  const parsed: unknown = parse(readFileSync(config, 'utf8'));
  return new Set(isObject(parsed) && isObject(parsed.apis) ? Object.keys(parsed.apis) : []);
}

/** Returns the bundled document of `version`, or null when the tree has no such version. */
export function bundleVersion(root: string, version: string): Json | null {
  const entry = join('spec', version, 'openapi.yaml');
  if (!existsSync(join(root, entry))) return null;
  const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
  const work = mkdtempSync(join(tmpdir(), 'astro-api-spec-diff-'));
  try {
    const output = join(work, `${version}.json`);
    // Use the tree's own redocly.yaml alias when it declares one, so its resolve settings apply.
    const target = redoclyApis(root).has(version) ? [version, `--config=${join(root, 'redocly.yaml')}`] : [entry];
    const result = spawnSync(process.execPath, [cli, 'bundle', ...target, `--output=${output}`], {
      cwd: root,
      encoding: 'utf8',
      // No telemetry or update checks: the diff runs offline.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    if (result.status !== 0 || !existsSync(output)) {
      throw new Error(`redocly bundle of ${version} in ${root} failed:\n${result.stdout}${result.stderr}`);
    }
    const document: unknown = JSON.parse(readFileSync(output, 'utf8'));
    if (!isObject(document)) throw new Error(`The bundle of ${version} is not an OpenAPI document`);
    return document;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
