/**
 * What the spec costs at full size, measured in one run (not a test; about a minute):
 *   1. wall time of the pipeline steps: spec lint, bundle (both versions, with the bundles' lint), client
 *      generation;
 *   2. size of the generated client modules (raw and gzip);
 *   3. `tsc --noEmit` of three consumers written from the operation model: one calling the client helper of
 *      every v1 operation, one calling every operation through openapi-fetch's `GET`/`POST`/`DELETE` with the
 *      generated `paths`, and one importing only openapi-fetch's types; with ratios to the last.
 * Usage: npx tsx bench/spec.ts   (after a build: the consumers compile against the built client, skipLibCheck on
 *   as in a default tsconfig)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadOperations, type OperationModel } from '../packages/openapi/src/index.ts';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const pkg = (name: string) => join(root, 'packages', name);
const tsc = createRequire(join(pkg('client'), 'package.json')).resolve('typescript/bin/tsc');

function timed(label: string, command: string[], cwd: string): number {
  const started = performance.now();
  const run = spawnSync(command[0]!, command.slice(1), { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${label} failed:\n${run.stdout}${run.stderr}`);
  return seconds;
}

const npx = (cwd: string, ...args: string[]) => ['npx', '--no-install', ...args];

console.log('pipeline steps (wall time, one run each)');
const steps = {
  'spec lint (both versions)': timed('lint', npx(pkg('openapi'), 'tsx', 'scripts/redocly.ts', 'lint'), pkg('openapi')),
  'bundle + bundle lint': timed('bundle', npx(pkg('openapi'), 'tsx', 'scripts/redocly.ts', 'bundle'), pkg('openapi')),
  'client generation': timed('generate', npx(pkg('client'), 'tsx', 'scripts/generate.ts', '--out', mkdtempSync(join(tmpdir(), 'gen-'))), pkg('client')),
};
for (const [label, seconds] of Object.entries(steps)) console.log(`  ${label.padEnd(28)} ${seconds.toFixed(2)} s`);

console.log('\ngenerated client modules (packages/client/src/generated)');
const generated = join(pkg('client'), 'src', 'generated');
for (const file of readdirSync(generated).sort()) {
  const text = readFileSync(join(generated, file));
  console.log(`  ${file.padEnd(28)} ${(statSync(join(generated, file)).size / 1024).toFixed(1).padStart(7)} KiB, ${(gzipSync(text).length / 1024).toFixed(1).padStart(6)} KiB gzip`);
}

// --- consumers, written from the model, type-checked against the built client ---
const operations = loadOperations('v1');
const exampleOf = (operation: OperationModel) => operation.requestBody?.content[0]?.examples[0]?.value;
const requiredQuery = (operation: OperationModel) => {
  const required = operation.query.filter((parameter) => parameter.required);
  if (!required.length) return undefined;
  const values: Record<string, unknown> = {};
  for (const parameter of required) {
    const schema = parameter.schema as { enum?: unknown[]; items?: { enum?: unknown[] }; type?: string };
    values[parameter.name] = schema.enum?.[0] ?? (schema.items?.enum ? [schema.items.enum[0]] : 'x');
  }
  return values;
};

function helperCall(operation: OperationModel): string {
  const args = operation.pathParams.filter((parameter) => parameter.name !== 'organizationId').map((parameter) => JSON.stringify(`${parameter.name}-1`));
  if (operation.requestBody) args.push(JSON.stringify(exampleOf(operation)));
  const query = requiredQuery(operation);
  if (query) args.push(JSON.stringify(query));
  return `  await astro.${operation.sdk.group}.${operation.sdk.method}(${args.join(', ')});`;
}

function rawCall(operation: OperationModel): string {
  const path = Object.fromEntries(operation.pathParams.map((parameter) => [parameter.name, `${parameter.name}-1`]));
  const query = requiredQuery(operation);
  const params = { ...(operation.pathParams.length && { path }), ...(query && { query }) };
  const init = { ...(Object.keys(params).length && { params }), ...(operation.requestBody && { body: exampleOf(operation) }) };
  return `  await raw.${operation.method}(${JSON.stringify(operation.path)}, ${JSON.stringify(init)});`;
}

const consumers: Record<string, string> = {
  'client helpers, all 75 operations': [
    `import { createClient } from '@astro-api/client/v1';`,
    `const astro = createClient({ token: 't', organizationId: 'clmaxoarx000008l2c5ayb9pt' });`,
    `export async function run() {`,
    ...operations.map(helperCall),
    `}`,
  ].join('\n'),
  'openapi-fetch + paths, all 75': [
    `import createClient from 'openapi-fetch';`,
    `import type { paths } from '@astro-api/client/v1';`,
    `const raw = createClient<paths>({ baseUrl: 'https://api.astronomer.io/v1' });`,
    `export async function run() {`,
    ...operations.map(rawCall),
    `}`,
  ].join('\n'),
  'openapi-fetch types only': [`import type { Client } from 'openapi-fetch';`, `export type Bare = Client<{}>;`].join('\n'),
};

console.log('\ntsc --noEmit of a consumer (best of 3)');
const work = mkdtempSync(join(pkg('client'), '.bench-consumer-'));
const results: Record<string, number> = {};
try {
  for (const [label, source] of Object.entries(consumers)) {
    writeFileSync(join(work, 'consumer.ts'), source);
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: [], skipLibCheck: true }, files: ['consumer.ts'] }),
    );
    const runs = [0, 1, 2].map(() => timed(label, [process.execPath, tsc, '-p', work], work));
    results[label] = Math.min(...runs);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const bare = results['openapi-fetch types only']!;
for (const [label, seconds] of Object.entries(results)) console.log(`  ${label.padEnd(36)} ${seconds.toFixed(2)} s  (${(seconds / bare).toFixed(2)}× types only)`);
