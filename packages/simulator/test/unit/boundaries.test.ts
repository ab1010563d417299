/** ARCHITECTURE.md: the simulator reads the bundled spec and never imports the client's runtime. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SOURCE = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(directory, entry.name)) : entry.name.endsWith('.ts') ? [join(directory, entry.name)] : [],
  );
}

describe('package boundaries', () => {
  const files = sourceFiles(SOURCE);

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it('never imports @astro-api/client from src/', () => {
    const offenders = files.filter((file) => /from ['"]@astro-api\/client/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('takes the spec from @astro-api/openapi rather than setting up its own Ajv', () => {
    const offenders = files.filter((file) => /from ['"]ajv/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
