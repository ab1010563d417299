/** Temporary git repositories holding the fixture spec tree, for the CLI and changeset gate tests. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const SPEC_TREE = join(import.meta.dirname, '..', 'fixtures', 'spec-tree');

export interface TempRepo {
  root: string;
  git(...args: string[]): string;
  write(file: string, text: string): void;
  read(file: string): string;
  /** Replaces `from` with `to` in a file, failing when `from` is not there. */
  edit(file: string, from: string, to: string): void;
  commit(message: string): void;
  remove(): void;
}

/** A repository on branch main with the fixture spec tree and the two gated packages at `version`. */
export function createRepo(version = '0.1.0'): TempRepo {
  const root = mkdtempSync(join(tmpdir(), 'astro-api-scripts-test-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' } });
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  git('init', '--quiet', '--initial-branch=main');
  cpSync(SPEC_TREE, root, { recursive: true });
  for (const name of ['client', 'openapi']) {
    write(`packages/${name}/package.json`, `${JSON.stringify({ name: `@astro-api/${name}`, version }, null, 2)}\n`);
  }
  write('packages/client/src/index.ts', 'export const answer = 42;\n');
  write('.changeset/README.md', '# Changesets\n');
  return {
    root,
    git,
    write,
    read,
    edit(file, from, to) {
      const text = read(file);
      if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
      write(file, text.replace(from, to));
    },
    commit(message) {
      git('add', '--all');
      git('commit', '--quiet', '--allow-empty', '-m', message);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
