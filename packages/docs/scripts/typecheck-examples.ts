/**
 * `lint`: type-checks every TypeScript example the site shows (operation samples, the quick start,
 * the guides' code) against the built @astro-api/client, through its package exports.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { collectExamples, mapDiagnostics, writeExamples } from '../src/examples.ts';
import { changelogInputs, guidesDir, samplesDir, typecheckDir } from '../src/paths.ts';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

try {
  const examples = collectExamples({ samplesDir, guidesDir, changelog: changelogInputs });
  writeExamples(typecheckDir, examples);
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', join(typecheckDir, 'tsconfig.json')], { cwd: typecheckDir, encoding: 'utf8' });
  const errors = mapDiagnostics(`${result.stdout}${result.stderr}`, examples);
  if (result.status !== 0 || errors.length) {
    console.error(`${errors.length} type error(s) in the site's TypeScript examples:\n${errors.map((error) => `  ${error}`).join('\n') || result.stdout + result.stderr}`);
    process.exit(1);
  }
  console.log(`Type-checked ${examples.length} TypeScript examples (operation samples, quick start, guide code) against the built client.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
