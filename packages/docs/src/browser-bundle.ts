/** The page script (src/browser/site.ts with MiniSearch), bundled and minified by esbuild once per build. */
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { packageDir } from './paths.ts';

let bundle: string | undefined;

export function siteScript(): string {
  if (bundle === undefined) {
    const result = buildSync({
      entryPoints: [join(packageDir, 'src', 'browser', 'site.ts')],
      bundle: true,
      format: 'iife',
      minify: true,
      write: false,
      target: 'es2020',
      legalComments: 'none',
      logLevel: 'silent',
    });
    // Inlined into <script>: nothing in it may close the element.
    bundle = result.outputFiles[0]!.text.trim().replace(/<\/script/gi, '<\\/script');
  }
  return bundle;
}
