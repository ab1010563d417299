/** The build's Redocly output: the CLI's Node.js 20 end-of-life box is dropped, every other line kept. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withoutNodeNotice } from '../scripts/redocly.ts';

const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

describe('withoutNodeNotice', () => {
  it('drops the notice the installed CLI prints, and nothing else', () => {
    const run = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const output = `${run.stdout}${run.stderr}`;
    const cleaned = withoutNodeNotice(output);
    expect(cleaned).not.toMatch(/Node\.js 20|[╔║╚]/);
    expect(cleaned.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('keeps lint findings and summaries untouched', () => {
    const text = 'validating spec/v1/openapi.yaml...\n[1] spec/v1/paths/x.yaml:3:1 at #/\n❌ Validation failed with 1 error.\n';
    expect(withoutNodeNotice(text)).toBe(text);
  });
});
