/**
 * Breaking-change report of the spec between a base revision and the working tree.
 *
 *   tsx scripts/src/spec-diff/cli.ts [base-ref] [--json]
 *
 * base-ref defaults to the merge base with `main`, or HEAD~1 on `main` itself (see git.ts).
 * Exit code 0 when the report was produced, whatever it contains; 2 on bad usage; 1 on failure.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { diffAgainstCommit } from './compare.ts';
import { defaultBase, repoRootOf, resolveCommit, type Base } from './git.ts';
import { formatText, toJson, type PackageVersion } from './report.ts';

const USAGE = 'usage: pnpm spec:diff [base-ref] [--json]';

/** The client's version decides the 0.x rule of the reported bump. */
export function clientVersion(repoRoot: string): PackageVersion | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'packages', 'client', 'package.json'), 'utf8')) as PackageVersion;
    return { name: manifest.name, version: manifest.version };
  } catch {
    return undefined;
  }
}

export function chooseBase(repoRoot: string, ref: string | undefined): Base {
  if (ref === undefined) return defaultBase(repoRoot);
  const commit = resolveCommit(ref, repoRoot);
  if (!commit) throw new UsageError(`"${ref}" does not name a commit in ${repoRoot}`);
  return { label: ref, commit };
}

class UsageError extends Error {}

export function main(argv: string[], cwd = process.cwd()): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (parsed.positionals.length > 1) {
    console.error(`expected at most one base ref, got ${parsed.positionals.join(' ')}\n${USAGE}`);
    return 2;
  }
  try {
    const repoRoot = repoRootOf(cwd);
    const diff = diffAgainstCommit(repoRoot, chooseBase(repoRoot, parsed.positionals[0]));
    const target = clientVersion(repoRoot);
    console.log(parsed.values.json ? JSON.stringify(toJson(diff, target), null, 2) : formatText(diff, target));
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return error instanceof UsageError ? 2 : 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
