/** Reads the JSON examples out of the vendor's documentation pages kept beside the repository. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** `ASTRO_API_REFERENCE_DIR`, or `shared/reference` next to the repository checkout. */
export function referenceDir(): string {
  const dir = process.env.ASTRO_API_REFERENCE_DIR ?? join(repoRoot, '..', 'shared', 'reference');
  if (!existsSync(dir)) {
    throw new Error(`The vendor reference pages are not at ${dir}. Check out shared/ beside the repository or set ASTRO_API_REFERENCE_DIR.`);
  }
  return dir;
}

/** JSON bodies printed with line numbers (`1{`, `2 "limit": 10,` …) on a page. */
export function numberedJsonBlocks(text: string): unknown[] {
  const blocks: unknown[] = [];
  let current: string[] | null = null;
  for (const line of text.split('\n')) {
    const match = /^(\d+)(.*)$/.exec(line);
    if (match && match[1] === '1' && match[2]!.trim() === '{') current = [];
    if (!current) continue;
    if (!match) {
      current = null;
      continue;
    }
    current.push(match[2]!);
    try {
      blocks.push(JSON.parse(current.join('\n')));
      current = null;
    } catch {
      // not balanced yet
    }
  }
  return blocks;
}

/** The JSON request body of a page's curl sample (`-d '{ … }'`, lines prefixed with `> `). */
export function curlBody(text: string): unknown {
  const match = /-d '(\{[\s\S]*?\})'/.exec(text);
  if (!match) throw new Error('no curl body on this page');
  return JSON.parse(match[1]!.replace(/^> ?/gm, ''));
}

export function readPage(name: string): string {
  return readFileSync(join(referenceDir(), name), 'utf8');
}
