/**
 * Generates the client's modules from the bundled spec of each API version, through the operation model
 * of @astro-api/openapi (it names every helper from `x-sdk`, and refuses a duplicate):
 *   src/generated/<version>.ts             openapi-typescript output (types, root aliases, enum arrays)
 *   src/generated/<version>.operations.ts  the packed operation table the helpers are built from
 *   src/generated/<version>.helpers.ts     the helpers' type declarations, one interface per group, with JSDoc
 *   src/generated/spec-versions.ts         which spec each module was generated from (info.version + digest)
 *
 * Usage: tsx scripts/generate.ts [--out <dir>] [--spec-dir <dir>]   (defaults: src/generated, @astro-api/openapi)
 * The drift check runs it with a temporary --out and compares.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { renderHelperDeclarations } from './helper-declarations.ts';
import { loadModel } from './load-model.ts';
import { nameRootTypes } from './named-types.ts';
import { renderOperationsModule } from './pack-operations.ts';

export const API_VERSIONS = ['v1', 'v1beta1'] as const;

const HEADER =
  '// This file is generated from the bundled Astro API spec by `pnpm --filter @astro-api/client generate`.\n' +
  '// Do not edit it by hand: change spec/ and regenerate.\n\n';

const require = createRequire(import.meta.url);

/** Path of the bundled JSON document of one version, as published by @astro-api/openapi. */
export function bundledSpecPath(version: string): string {
  return require.resolve(`@astro-api/openapi/${version}.json`);
}

export interface SpecIdentity {
  /** `info.version` of the bundled document. */
  version: string;
  /** SHA-256 of the document's canonical JSON, so any change of the spec changes it. */
  sha256: string;
}

/** Stable JSON (sorted keys) so the digest does not depend on formatting or key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function specIdentity(document: { info: { version: string } }): SpecIdentity {
  return { version: document.info.version, sha256: createHash('sha256').update(canonicalJson(document)).digest('hex') };
}

function renderSpecVersions(identities: Record<string, SpecIdentity>): string {
  return (
    '/** The spec each generated module was produced from: `info.version` and a SHA-256 of the bundled document. */\n' +
    `export const SPEC_VERSIONS = ${JSON.stringify(identities, null, 2)} as const;\n`
  );
}

type Document = Record<string, any> & { info: { version: string } };

/** The minor versions a client may pin: the `X-API-Version` header's enum, else the document's own version. */
function apiVersions(document: Document, headers: { name: string; schema: Record<string, any> }[], resolveRef: (document: unknown, node: unknown) => Record<string, any>): string[] {
  const header = headers.find((parameter) => parameter.name.toLowerCase() === 'x-api-version');
  if (!header) return [];
  const values = resolveRef(document, header.schema)?.enum;
  return Array.isArray(values) ? values.map(String) : [document.info.version];
}

/** Renders every generated file of one version from its parsed bundle, as `{ fileName: contents }`. */
export async function renderDocument(version: string, document: Document): Promise<Record<string, string>> {
  const model = await loadModel();
  const operations = model.readOperations(document);
  // The Node API lints with openapi-typescript's own minimal rule set; the project's redocly.yaml
  // is applied by the lint task before bundling, so it is not read twice here.
  const ast = await openapiTS(structuredClone(document) as never, {
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    enumValues: true,
    // An object without declared properties (a connection's `extra`, free-form JSON) takes any member,
    // rather than openapi-typescript's default `Record<string, never>`, which would refuse every value.
    emptyObjectsUnknown: true,
    alphabetize: false,
    silent: true,
  });
  const types = nameRootTypes(astToString(ast), document.components?.schemas ?? {}, model.componentName);
  const takenNames = new Set([...types.matchAll(/^export (?:type|interface|const|declare const|function) (\w+)/gm)].map((match) => match[1]!));
  const declarations = renderHelperDeclarations(operations, { version, takenNames, componentName: model.componentName, resolveRef: model.resolveRef, document });
  return {
    [`${version}.ts`]: HEADER + types,
    [`${version}.operations.ts`]: HEADER + renderOperationsModule(operations, version, model.serverOf(document).url, apiVersions(document, operations.flatMap((operation) => operation.headers), model.resolveRef)),
    [`${version}.helpers.ts`]: HEADER + declarations,
  };
}

/** Renders every generated file of one version from a bundle on disk. */
export async function renderVersion(version: string, specPath = bundledSpecPath(version)): Promise<Record<string, string>> {
  return renderDocument(version, JSON.parse(await readFile(specPath, 'utf8')) as Document);
}

/** Writes every generated file; `specDir` holds `<version>.json` bundles (default: @astro-api/openapi's). */
export async function generateAll(outDir: string, specDir?: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const identities: Record<string, SpecIdentity> = {};
  const outputs: Record<string, string> = {};
  for (const version of API_VERSIONS) {
    const document = JSON.parse(await readFile(specDir ? join(specDir, `${version}.json`) : bundledSpecPath(version), 'utf8')) as Document;
    identities[version] = specIdentity(document);
    Object.assign(outputs, await renderDocument(version, document));
  }
  outputs['spec-versions.ts'] = HEADER + renderSpecVersions(identities);
  const written: string[] = [];
  for (const [name, contents] of Object.entries(outputs)) {
    const target = join(outDir, name);
    await writeFile(target, contents);
    written.push(target);
  }
  return written;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, 'spec-dir': { type: 'string' } } });
  const outDir = resolve(values.out ?? join(dirname(new URL(import.meta.url).pathname), '..', 'src', 'generated'));
  const written = await generateAll(outDir, values['spec-dir'] && resolve(values['spec-dir']));
  console.log(`generated ${written.length} files in ${outDir}`);
}
