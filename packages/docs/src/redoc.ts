/** Runs `redocly build-docs` (Redoc 3, bundle inlined, telemetry off) over one document. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenApiDocument } from '@astro-api/openapi';
import { packageDir, templateFile } from './paths.ts';

const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

export interface ReferenceBuild {
  document: OpenApiDocument;
  title: string;
  /** Redoc options (`--openapi`). */
  redocOptions: Record<string, unknown>;
  /** Values the template reads as `templateOptions.<name>`. */
  templateOptions: Record<string, string>;
}

/** Returns the page's HTML. Throws with Redocly's output when the build fails. */
export function buildReferenceHtml({ document, title, redocOptions, templateOptions }: ReferenceBuild): string {
  const work = mkdtempSync(join(tmpdir(), 'astro-docs-'));
  try {
    const specFile = join(work, 'openapi.json');
    const optionsFile = join(work, 'redoc-options.json');
    const output = join(work, 'index.html');
    writeFileSync(specFile, JSON.stringify(document));
    writeFileSync(optionsFile, JSON.stringify(redocOptions));
    const args = [
      cli,
      'build-docs',
      specFile,
      `--output=${output}`,
      `--title=${title}`,
      `--template=${templateFile}`,
      `--openapi=${optionsFile}`,
      '--inlineBundle',
      ...Object.entries(templateOptions).map(([name, value]) => `--templateOptions.${name}=${value}`),
    ];
    const result = spawnSync(process.execPath, args, {
      cwd: packageDir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      // Off: no telemetry from the CLI, and Redoc's page gets disableTelemetry, so it sends nothing either.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    if (result.status !== 0) {
      throw new Error(`redocly build-docs failed for "${title}" (exit ${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`);
    }
    return readFileSync(output, 'utf8');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
