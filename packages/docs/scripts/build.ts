/** Builds the docs site into dist/, lists what it wrote, and says where each operation's TypeScript sample comes from. */
import { relative } from 'node:path';
import { changelogInputs, distDir, guidesDir, packageDir, samplesDir } from '../src/paths.ts';
import { buildSite } from '../src/site.ts';

const started = performance.now();
try {
  const { files, samples } = buildSite({ outDir: distDir, samplesDir, guidesDir, changelog: changelogInputs });
  const width = Math.max(...files.map(({ path }) => path.length));
  for (const { path, bytes } of files) console.log(`  ${path.padEnd(width)}  ${(bytes / 1024).toFixed(1).padStart(8)} KiB`);
  for (const { version, samples: list } of samples) {
    const handWritten = list.filter(({ origin }) => origin === 'hand-written');
    console.log(`Samples ${version}: ${list.length} operations, ${list.length - handWritten.length} generated, ${handWritten.length} hand-written${handWritten.length ? ':' : ''}`);
    for (const { operationId, file } of handWritten) console.log(`  ${operationId}  ${file}`);
  }
  console.log(`Docs written to ${relative(process.cwd(), distDir) || distDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`Docs build failed (${relative(process.cwd(), packageDir) || '.'}):\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
