import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REDOCLY = fileURLToPath(new URL('../../node_modules/.bin/redocly', import.meta.url));
export const ARAZZO_DIR = fileURLToPath(new URL('./arazzo/', import.meta.url));

export interface RespectCheck {
  name: string;
  passed: boolean;
  severity: string;
}

export interface RespectStep {
  stepId: string;
  workflowId: string;
  response?: { statusCode: number };
  checks: RespectCheck[];
}

export interface RespectResult {
  exitCode: number | null;
  output: string;
  totalRequests: number;
  workflows: { workflowId: string; status: string; executedSteps: RespectStep[] }[];
}

export interface RespectRun {
  file: string;
  /** `sourceDescription name` → server URL, passed as `--server name=url`. */
  servers: Record<string, string>;
  inputs: Record<string, string>;
  workflows: string[];
  severity?: Record<string, 'error' | 'warn' | 'off'>;
}

/** Runs `redocly respect` on one Arazzo file and returns its JSON report (telemetry off). */
export async function runRespect(run: RespectRun): Promise<RespectResult> {
  const directory = await mkdtemp(join(tmpdir(), 'respect-'));
  const report = join(directory, 'report.json');
  const args = [
    'respect', run.file,
    ...Object.entries(run.servers).flatMap(([name, url]) => ['--server', `${name}=${url}`]),
    ...Object.entries(run.inputs).flatMap(([name, value]) => ['--input', `${name}=${value}`]),
    ...run.workflows.flatMap((workflow) => ['--workflow', workflow]),
    ...(run.severity ? ['--severity', JSON.stringify(run.severity)] : []),
    '--json-output', report,
  ];
  try {
    const child = spawn(REDOCLY, args, {
      cwd: ARAZZO_DIR,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const text = await readFile(report, 'utf8').catch(() => {
      throw new Error(`redocly respect wrote no report (exit code ${exitCode}):\n${output}`);
    });
    const json = JSON.parse(text);
    const file = json.files[run.file];
    return { exitCode, output, totalRequests: file.totalRequests, workflows: file.executedWorkflows };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
