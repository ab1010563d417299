import { build } from '/work/wt/client/node_modules/.pnpm/esbuild@0.27.7/node_modules/esbuild/lib/main.js';
import { gzipSync } from 'node:zlib';
for (const contents of ["import c from 'openapi-fetch'; globalThis.x = c;", "import { AstroApiError } from './src/index.ts'; globalThis.x = AstroApiError;"]) {
const r = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, define: { __SDK_VERSION__: '"0.1.0"' } });
const code = Buffer.from(r.outputFiles[0].contents);
console.log(contents.slice(0,40), 'min', code.length, 'gz', gzipSync(code, { level: 9 }).length);
}
