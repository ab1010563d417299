import { defineConfig } from 'tsup';

export default defineConfig({
  // cli.ts keeps its shebang and tsup marks it executable; the bin points at the ESM build.
  entry: ['src/index.ts', 'src/cli.ts'],
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  target: 'node20',
  clean: true,
});
