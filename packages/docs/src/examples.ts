/**
 * Every piece of TypeScript the site shows a reader, gathered for the type check of `lint`: the
 * sample of every operation (generated or hand-written, exactly as shown), the landing page's quick
 * start, and each `ts` code block of the guides. Each comes with where it is from, so an error
 * points at the guide line or the operation, not at a temporary file.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { API_VERSIONS, loadSpec, readOperations, type ApiVersion, type OpenApiDocument, type OperationModel } from '@astro-api/openapi';
import { changelogSource, type ChangelogInputs } from './changelog.ts';
import { GuideError, readGuideSources, renderGuides } from './guides.ts';
import { operationSamples, readQuickstart } from './samples.ts';
import { repoDir } from './paths.ts';
import { GUIDES_PAGE, HOME_PAGE } from './site-paths.ts';

/** Code fences checked as TypeScript. */
export const CHECKED_LANGUAGES = ['ts', 'typescript'];

export interface Example {
  /** Path of the file written for the check, relative to the check's folder. */
  file: string;
  source: string;
  /** Where a reader sees it, for messages: `guides/errors.md`, `v1 GetDeployment (generated sample)`. */
  origin: string;
  /** Line of `origin` that the file's first line stands for (0 when `origin` is not a file). */
  firstLine: number;
}

export interface ExampleInputs {
  samplesDir: string;
  guidesDir: string;
  changelog: ChangelogInputs;
  load?: (version: ApiVersion) => OpenApiDocument;
}

export function collectExamples({ samplesDir, guidesDir, changelog, load = loadSpec }: ExampleInputs): Example[] {
  const examples: Example[] = [];
  const operations = {} as Record<ApiVersion, OperationModel[]>;
  for (const version of API_VERSIONS) {
    const document = load(version);
    operations[version] = readOperations(document);
    for (const sample of operationSamples(samplesDir, version, document, operations[version])) {
      examples.push({
        file: `samples/${version}/${sample.operationId}.ts`,
        source: sample.typescript,
        origin: sample.file ?? `${version} ${sample.operationId} (generated sample)`,
        firstLine: sample.file ? 1 : 0,
      });
    }
  }
  examples.push({ file: 'samples/quickstart.ts', source: readQuickstart(samplesDir), origin: 'samples/quickstart.ts', firstLine: 1 });
  const { sources, problems } = readGuideSources(guidesDir);
  if (problems.length) throw new GuideError(problems);
  const sitePages = [HOME_PAGE, GUIDES_PAGE, ...API_VERSIONS.flatMap((version) => [`${version}/index.html`, `${version}/openapi.yaml`, `${version}/openapi.json`])];
  for (const guide of renderGuides([...sources, changelogSource(changelog)], { operations, sitePages })) {
    for (const block of guide.codeBlocks) {
      if (!CHECKED_LANGUAGES.includes(block.language)) continue;
      examples.push({ file: `guides/${guide.slug}-line-${block.line}.ts`, source: block.code, origin: guide.origin, firstLine: block.line + 1 });
    }
  }
  return examples;
}

/** Writes the examples and a tsconfig.json for them into `dir` (emptied first). */
export function writeExamples(dir: string, examples: Example[]): void {
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  for (const example of examples) {
    const target = join(dir, example.file);
    mkdirSync(join(target, '..'), { recursive: true });
    // `export {}` makes every file a module, so top-level await is allowed and names do not clash across files.
    writeFileSync(target, `${example.source.trimEnd()}\nexport {};\n`);
  }
  writeFileSync(
    join(dir, 'tsconfig.json'),
    `${JSON.stringify({ extends: relative(dir, join(repoDir, 'tsconfig.base.json')).split('\\').join('/'), compilerOptions: { noEmit: true, types: ['node'], noUnusedLocals: false }, include: ['**/*.ts'] }, null, 2)}\n`,
  );
  writeFileSync(join(dir, '.gitignore'), '*\n');
}

/** Turns tsc's `samples/v1/X.ts(3,5): error …` lines into messages about where the reader sees the code. */
export function mapDiagnostics(output: string, examples: Example[]): string[] {
  const byFile = new Map(examples.map((example) => [example.file, example]));
  return output
    .split('\n')
    .filter((line) => /error TS\d+/.test(line))
    .map((line) => {
      const match = /^(.+?)\((\d+),(\d+)\): (error TS\d+: .*)$/.exec(line.trim());
      const path = match?.[1]!.replace(/\\/g, '/') ?? '';
      const example = match && (byFile.get(path) ?? examples.find(({ file }) => path.endsWith(`/${file}`)));
      if (!match || !example) return line.trim();
      const where = example.firstLine ? `${example.origin}:${example.firstLine + Number(match[2]) - 1}:${match[3]}` : `${example.origin}, line ${match[2]}:${match[3]}`;
      return `${where}: ${match[4]}`;
    });
}
