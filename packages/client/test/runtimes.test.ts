/**
 * The public surface (test/runtimes/surface.mjs) against the simulator, in every runtime the package
 * supports: Node 20 (this process), Node 22 and 24, Bun and Deno (npm packages, see devDependencies),
 * and headless Chromium. Each runtime loads the built package from dist/.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPageServer, type PageServer } from './support/browser-server.ts';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(packageDir, 'package.json'));
const binary = (name: string, path: string) => join(dirname(require.resolve(`${name}/package.json`)), path);
const script = join(packageDir, 'test', 'runtimes', 'run-surface.mjs');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const RUNTIMES: [name: string, command: string, args: string[]][] = [
  ['Node 20', process.execPath, [script]],
  ['Node 22', binary('node22', 'bin/node'), [script]],
  ['Node 24', binary('node24', 'bin/node'), [script]],
  ['Bun', binary('@oven/bun-linux-x64', 'bin/bun'), [script]],
  ['Deno', binary('@deno/linux-x64-glibc', 'deno'), ['run', '--allow-net', '--allow-env', '--allow-read', '--no-prompt', script]],
];

interface Simulator {
  baseUrls: { v1: string; v1beta1: string };
  url: string;
  store: { all(): { id: string }[] };
  close(): Promise<void>;
}

let simulator: Simulator;
let organizationId: string;

beforeAll(async () => {
  // The simulator is started from its build, as its README shows; the client never depends on it.
  const entry = join(packageDir, '..', 'simulator', 'dist', 'index.js');
  if (!existsSync(entry)) throw new Error(`The simulator is not built (${entry}); run \`pnpm --filter @astro-api/simulator build\` first.`);
  const { startSimulator } = (await import(pathToFileURL(entry).href)) as { startSimulator(options: object): Promise<Simulator> };
  // The vendor's rate limits are on: the client's pacing keeps every runtime under them.
  simulator = await startSimulator({ seed: 20_260_301, organizations: 120, rateLimit: true, logger: false });
  organizationId = simulator.store.all()[0]!.id;
}, 60_000);
afterAll(() => simulator?.close());

type Results = { name: string; ok: boolean; error?: string }[];

const failures = (results: Results) => results.filter((result) => !result.ok).map((result) => `${result.name}: ${result.error}`);

describe('the public surface on every runtime', () => {
  it.each(RUNTIMES)('%s', async (name, command, args) => {
    if (!existsSync(command)) throw new Error(`${name} is not installed at ${command}; run pnpm install.`);
    const token = `surface-${name.replace(/\W/g, '').toLowerCase()}-token`;
    const { stdout } = await promisify(execFile)(command, [...args, simulator.baseUrls.v1, simulator.baseUrls.v1beta1, token, organizationId], {
      cwd: packageDir,
      env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
      timeout: 90_000,
    });
    const results = JSON.parse(stdout.trim().split('\n').at(-1)!) as Results;
    expect(failures(results)).toEqual([]);
    expect(results).toHaveLength(12);
  }, 120_000);

  describe('Chromium', () => {
    let browser: Browser;
    let pages: PageServer;

    beforeAll(async () => {
      if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\` (CI installs it), or set CHROMIUM_PATH.`);
      browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
      pages = await startPageServer(packageDir);
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await pages?.close();
    });

    it('headless', async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Another origin than the simulator's: every call goes through its CORS, preflights included.
      const query = new URLSearchParams({ token: 'surface-chromium-token', organizationId, baseUrl: simulator.baseUrls.v1, betaUrl: simulator.baseUrls.v1beta1 });
      await page.goto(`${pages.origin}/test/runtimes/browser.html?${query}`);
      const results = (await page.evaluate(() => (window as unknown as { surface: Promise<unknown> }).surface)) as Results;
      expect(errors).toEqual([]);
      expect(failures(results)).toEqual([]);
      expect(results).toHaveLength(12);
    }, 120_000);
  });
});
