/** Where the docs package keeps its inputs and writes its output. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = join(packageDir, '..', '..');
export const distDir = join(packageDir, 'dist');
export const samplesDir = join(packageDir, 'samples');
export const guidesDir = join(packageDir, 'guides');
export const assetsDir = join(packageDir, 'src', 'assets');
export const templateFile = join(packageDir, 'src', 'reference.hbs');
export const testOutputDir = join(packageDir, 'test-output');
/** Where `lint` writes the samples and guide code it type-checks. */
export const typecheckDir = join(packageDir, '.typecheck');
/** The pending changesets and the packages' CHANGELOG.md files, for the changelog guide. */
export const changelogInputs = { changesetDir: join(repoDir, '.changeset'), packagesDir: join(repoDir, 'packages') };
