/** The stylesheets every page inlines (the pages load nothing, so CSS goes in the HTML). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetsDir } from './paths.ts';

export type AssetName = 'site.css' | 'landing.css' | 'guide.css' | 'code.css';

export function readAsset(name: AssetName): string {
  return readFileSync(join(assetsDir, name), 'utf8').trim();
}
