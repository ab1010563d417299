/** The lint gate: the spec is clean, and a rule break fails naming the rule and the location. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
const work = mkdtempSync(join(tmpdir(), 'spec-lint-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of spec/ and the lint configuration, so a test can break one file. */
function copyOfRepoSpec(name: string): string {
  const dir = join(work, name);
  cpSync(join(repoRoot, 'spec'), join(dir, 'spec'), { recursive: true });
  for (const file of ['redocly.yaml', '.redocly.lint-ignore.yaml']) cpSync(join(repoRoot, file), join(dir, file));
  return dir;
}

function lint(dir: string) {
  const result = spawnSync(process.execPath, [cli, 'lint', '--format=codeframe'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function edit(file: string, from: string | RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next, `edit of ${file}`).not.toBe(text);
  writeFileSync(file, next);
}

describe('redocly lint over spec/', { timeout: 60_000 }, () => {
  it('passes with zero errors and zero warnings on both versions', () => {
    const { status, output } = lint(copyOfRepoSpec('clean'));
    expect(status).toBe(0);
    expect(output).toContain('Your API descriptions are valid');
    expect(output).not.toMatch(/You have \d+ warnings?|Validation failed/);
    expect(output).toContain('spec/v1/openapi.yaml');
    expect(output).toContain('spec/v1beta1/openapi.yaml');
  });

  it('fails on a property without a description, naming the rule and the file and line', () => {
    const dir = copyOfRepoSpec('no-description');
    edit(join(dir, 'spec/shared/components/schemas/ManagedDomain.yaml'), /(\n\s+name:\n(\s+)type: string\n)\s+description:[^\n]*\n/, '$1');
    const { status, output } = lint(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('rule/schema-property-description');
    expect(output).toMatch(/spec\/shared\/components\/schemas\/ManagedDomain\.yaml:\d+:\d+/);
  });

  it('fails on an operationId that is not PascalCase', () => {
    const dir = copyOfRepoSpec('operation-id');
    edit(join(dir, 'spec/v1/paths/organizations.yaml'), 'operationId: ListOrganizations', 'operationId: listOrganizations');
    const { status, output } = lint(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('rule/operation-id-pascal-case');
    expect(output).toMatch(/spec\/v1\/paths\/organizations\.yaml:\d+:\d+/);
  });

  it('fails on an operation without its SDK name (x-sdk)', () => {
    const dir = copyOfRepoSpec('no-sdk-name');
    edit(join(dir, 'spec/v1/paths/organizations_{organizationId}_workspaces.yaml'), /\n  x-sdk:\n    group: workspaces\n    method: create\n/, '\n');
    const { status, output } = lint(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('rule/operation-x-sdk');
    expect(output).toMatch(/spec\/v1\/paths\/organizations_\{organizationId\}_workspaces\.yaml:\d+:\d+/);
  });
});
