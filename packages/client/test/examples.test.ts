/** The README's examples are real files, type-checked against the built package, and quoted in the README verbatim. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const examples = readdirSync(join(packageDir, 'examples')).filter((name) => name.endsWith('.ts'));

describe('examples', () => {
  it('type-check against the built package', () => {
    const tsc = createRequire(join(packageDir, 'package.json')).resolve('typescript/bin/tsc');
    const result = (() => {
      try {
        return execFileSync(process.execPath, [tsc, '--noEmit', '-p', 'examples'], { cwd: packageDir, encoding: 'utf8' });
      } catch (error) {
        return String((error as { stdout?: string }).stdout ?? error);
      }
    })();
    expect(result).toBe('');
  }, 60_000);

  it.each(examples)('%s is quoted in the README', (name) => {
    const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
    const source = readFileSync(join(packageDir, 'examples', name), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n// examples/${name}\n${source}\`\`\``);
  });
});
