/** Where the docs package keeps its inputs and writes its output. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = join(packageDir, 'dist');
export const samplesDir = join(packageDir, 'samples');
export const assetsDir = join(packageDir, 'src', 'assets');
export const templateFile = join(packageDir, 'src', 'reference.hbs');
export const testOutputDir = join(packageDir, 'test-output');
