import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const DEMO = fileURLToPath(new URL('../src/demo.ts', import.meta.url));

export interface DemoRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the demo as `pnpm demo` does (tsx src/demo.ts), without a terminal and without ASTRO_* variables unless given. */
export function runDemoProcess(args: string[], env: Record<string, string> = {}): Promise<DemoRun> {
  const { ASTRO_API_TOKEN: _token, ASTRO_API_BASE_URL: _url, ASTRO_ORGANIZATION_ID: _organization, ...inherited } = process.env;
  const child = spawn(TSX, [DEMO, ...args], { env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
