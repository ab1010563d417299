/**
 * The hand-written TypeScript samples: `samples/<version>/<operationId>.ts`, one per operation.
 * Loading fails, listing every problem at once, when an operation has no sample, when a sample
 * names no operation of the spec, or when a sample imports another version's client or does not
 * read its token from the environment.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ApiVersion } from '@astro-api/openapi';
import { TOKEN_VARIABLE } from './curl.ts';
import type { SpecOperation } from './operations.ts';
import { packageDir } from './paths.ts';

export class SampleError extends Error {
  constructor(readonly problems: string[]) {
    super(`Code samples are incomplete:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'SampleError';
  }
}

export function samplePath(samplesDir: string, version: ApiVersion, operationId: string): string {
  return join(samplesDir, version, `${operationId}.ts`);
}

/** The landing page's quick start, `samples/quickstart.ts` (type-checked like the others). */
export function readQuickstart(samplesDir: string): string {
  const file = join(samplesDir, 'quickstart.ts');
  if (!existsSync(file)) throw new SampleError([`${relative(packageDir, file) || file} is missing: the landing page shows it as the quick start`]);
  return readFileSync(file, 'utf8').trimEnd();
}

/** Reads the TypeScript sample of every operation; keys are operationIds. */
export function loadTypeScriptSamples(samplesDir: string, version: ApiVersion, operations: SpecOperation[]): Map<string, string> {
  const problems: string[] = [];
  const samples = new Map<string, string>();
  const show = (file: string) => relative(packageDir, file) || file;
  const clientModule = `@astro-api/client/${version}`;
  for (const { operationId, method, path } of operations) {
    const file = samplePath(samplesDir, version, operationId);
    if (!existsSync(file)) {
      problems.push(`${version} ${operationId} (${method.toUpperCase()} ${path}) has no sample: write ${show(file)}`);
      continue;
    }
    const source = readFileSync(file, 'utf8').trimEnd();
    if (!source.includes(`from '${clientModule}'`)) problems.push(`${show(file)} must import createClient from '${clientModule}'`);
    if (!source.includes(`process.env.${TOKEN_VARIABLE}`)) problems.push(`${show(file)} must read the token from process.env.${TOKEN_VARIABLE}`);
    samples.set(operationId, source);
  }
  const versionDir = join(samplesDir, version);
  const known = new Set(operations.map(({ operationId }) => operationId));
  for (const entry of existsSync(versionDir) ? readdirSync(versionDir) : []) {
    const operationId = entry.replace(/\.ts$/, '');
    if (entry.endsWith('.ts') && !known.has(operationId)) {
      problems.push(`${show(join(versionDir, entry))} matches no operationId of the ${version} spec: rename or delete it`);
    }
  }
  if (problems.length) throw new SampleError(problems);
  return samples;
}
