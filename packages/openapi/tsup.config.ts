import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', model: 'src/model/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  target: 'node20',
  // dist/ also holds the bundled documents written by the bundle task.
  clean: false,
  shims: true,
});
