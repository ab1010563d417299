import { build } from '/work/wt/client/node_modules/.pnpm/esbuild@0.27.7/node_modules/esbuild/lib/main.js';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2] ?? "import { createClient } from './dist/v1.js'; globalThis.x = createClient;";
const r = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', write: false, metafile: true });
const code = r.outputFiles[0].contents;
console.log('total min', code.length, 'gz', gzipSync(code, { level: 9 }).length);
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k, v]) => [v.bytesInOutput, k]).sort((a, b) => b[0] - a[0]);
for (const [b, k] of rows.slice(0, 30)) console.log(String(b).padStart(7), k);
