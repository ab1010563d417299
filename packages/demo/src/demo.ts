/**
 * `pnpm demo`: an automation of the Astro API with the SDK. Exit code 0 when every step worked, 1
 * when one failed (with the reason), 2 for bad options.
 */
import { createClient } from '@astro-api/client/v1';
import { describeError } from './describe-error.ts';
import { parseDemoOptions, UsageError, USAGE } from './options.ts';
import { runDemo } from './run-demo.ts';
import type { StepRecord } from './steps/step.ts';
import { summaryLines } from './summary.ts';
import { openTarget, type Target } from './target.ts';
import { countTraffic } from './traffic.ts';

const print = (line = '') => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  let options;
  try {
    options = parseDemoOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`demo: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    print(USAGE);
    return 0;
  }

  const started = performance.now();
  const startedAt = Date.now();
  const traffic = countTraffic();
  const records: StepRecord[] = [];
  let target: Target | undefined;
  const stop = async () => {
    const current = target;
    target = undefined;
    await current?.stop();
  };
  // Ctrl+C still stops the simulator.
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));

  try {
    target = await openTarget(options);
    print(`Astro API SDK demo — ${target.description}`);
    const { baseUrl, organizationId } = target;
    const clientWithToken = (token: string) => createClient({ token, baseUrl, organizationId, fetch: traffic.fetch });
    const context = {
      client: clientWithToken(target.token),
      clientWithToken,
      traffic,
      print,
      progressOutput: process.stdout,
      pageSize: options.pageSize,
      pollMs: target.pollMs,
      startedAt,
    };
    const records = await runDemo(context, target.writable);
    print();
    for (const line of summaryLines(records, traffic.statuses(), performance.now() - started)) print(line);
    return 0;
  } catch (error) {
    print();
    process.stderr.write(`✖ ${describeError(error)}\n`);
    return 1;
  } finally {
    const hadSimulator = options.mode === 'simulator' && target !== undefined;
    await stop();
    if (hadSimulator) print('Simulator stopped.');
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`✖ Demo failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
