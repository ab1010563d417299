/** Builds the docs site into dist/ and lists what it wrote. */
import { relative } from 'node:path';
import { distDir, packageDir, samplesDir } from '../src/paths.ts';
import { buildSite } from '../src/site.ts';

const started = performance.now();
try {
  const files = buildSite({ outDir: distDir, samplesDir });
  const width = Math.max(...files.map(({ path }) => path.length));
  for (const { path, bytes } of files) console.log(`  ${path.padEnd(width)}  ${(bytes / 1024).toFixed(1).padStart(8)} KiB`);
  console.log(`Docs written to ${relative(process.cwd(), distDir) || distDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`Docs build failed (${relative(process.cwd(), packageDir) || '.'}):\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
