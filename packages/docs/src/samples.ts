/**
 * The code samples of every operation. TypeScript and curl are generated from the operation model
 * (typescript-sample.ts, curl.ts). A hand-written `samples/<version>/<operationId>.ts` replaces the
 * generated TypeScript sample of its operation; loading fails, listing every problem at once, when
 * such a file names no operation of the spec, imports another version's client or does not read its
 * token from the environment.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ApiVersion, JsonObject, OperationModel } from '@astro-api/openapi';
import { curlSample } from './curl.ts';
import { packageDir } from './paths.ts';
import { TOKEN_VARIABLE } from './sample-values.ts';
import { typeScriptSample } from './typescript-sample.ts';

export class SampleError extends Error {
  constructor(readonly problems: string[]) {
    super(`Code samples are incomplete:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'SampleError';
  }
}

export interface OperationSamples {
  operationId: string;
  typescript: string;
  curl: string;
  /** Where the TypeScript sample comes from: the generator, or a file under samples/. */
  origin: 'generated' | 'hand-written';
  /** The hand-written file, relative to the package. */
  file?: string;
}

const show = (file: string) => relative(packageDir, file) || file;

export function samplePath(samplesDir: string, version: ApiVersion, operationId: string): string {
  return join(samplesDir, version, `${operationId}.ts`);
}

/** The landing page's quick start, `samples/quickstart.ts` (type-checked like the others). */
export function readQuickstart(samplesDir: string): string {
  const file = join(samplesDir, 'quickstart.ts');
  if (!existsSync(file)) throw new SampleError([`${show(file)} is missing: the landing page shows it as the quick start`]);
  return readFileSync(file, 'utf8').trimEnd();
}

/** The hand-written samples of one version, keyed by operationId; problems are collected, not thrown. */
function readHandWritten(samplesDir: string, version: ApiVersion, operations: OperationModel[], problems: string[]): Map<string, { source: string; file: string }> {
  const found = new Map<string, { source: string; file: string }>();
  const versionDir = join(samplesDir, version);
  const known = new Set(operations.map(({ operationId }) => operationId));
  const clientModule = `@astro-api/client/${version}`;
  for (const entry of existsSync(versionDir) ? readdirSync(versionDir).sort() : []) {
    if (!entry.endsWith('.ts')) continue;
    const file = join(versionDir, entry);
    const operationId = entry.slice(0, -'.ts'.length);
    if (!known.has(operationId)) {
      problems.push(`${show(file)} matches no operationId of the ${version} spec: rename or delete it`);
      continue;
    }
    const source = readFileSync(file, 'utf8').trimEnd();
    if (!source.includes(`from '${clientModule}'`)) problems.push(`${show(file)} must import createClient from '${clientModule}'`);
    if (!source.includes(`process.env.${TOKEN_VARIABLE}`)) problems.push(`${show(file)} must read the token from process.env.${TOKEN_VARIABLE}`);
    found.set(operationId, { source, file: show(file) });
  }
  return found;
}

/** Both samples of every operation of one version, in the model's order. */
export function operationSamples(samplesDir: string, version: ApiVersion, document: JsonObject, operations: OperationModel[]): OperationSamples[] {
  const problems: string[] = [];
  const handWritten = readHandWritten(samplesDir, version, operations, problems);
  const samples: OperationSamples[] = [];
  for (const operation of operations) {
    try {
      const own = handWritten.get(operation.operationId);
      const curl = curlSample(document, operation);
      samples.push(
        own
          ? { operationId: operation.operationId, typescript: own.source, curl, origin: 'hand-written', file: own.file }
          : { operationId: operation.operationId, typescript: typeScriptSample({ version, document, operations, operation }), curl, origin: 'generated' },
      );
    } catch (error) {
      problems.push(`${version} ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (problems.length) throw new SampleError(problems);
  return samples;
}
