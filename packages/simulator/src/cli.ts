#!/usr/bin/env node
/** `astro-api-simulator`: runs the simulator until SIGINT or SIGTERM. */
import { parseCliArguments, UsageError, USAGE } from './cli-options.ts';
import { VENDOR_RATE_LIMITS } from './rate-limit/rate-limiter.ts';
import { startSimulator } from './start-simulator.ts';

async function main(): Promise<number> {
  let command;
  try {
    command = parseCliArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`astro-api-simulator: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (command.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const log = (line: string) => process.stdout.write(`${line}\n`);
  let simulator;
  try {
    simulator = await startSimulator({
      ...command.options,
      logger: { info: command.quiet ? () => {} : log, warn: log, error: (message, error) => console.error(message, error ?? '') },
    });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = code === 'EADDRINUSE' ? `port ${command.options.port} is already in use (try --port 0)` : message;
    process.stderr.write(`astro-api-simulator: could not start: ${reason}\n`);
    return 1;
  }

  const populated = simulator.populated.map(
    (organization) => `  populated Organization ${organization.organizationId} (an Organization API token: ${organization.tokens.organization.token})`,
  );
  const limits = command.options.rateLimit
    ? `on (${Object.entries(VENDOR_RATE_LIMITS).map(([method, perSecond]) => `${method} ${perSecond}/s`).join(', ')} per token)`
    : 'off';
  // One write, so that whoever watches stdout for the URL also has the rest of the banner.
  log(
    [
      `Astro API simulator listening on ${simulator.url}`,
      ...Object.entries(simulator.baseUrls).map(([version, url]) => `  ${version.padEnd(8)} ${url}`),
      `  uploads  ${simulator.uploadUrl}`,
      `  ${simulator.store.size} organizations, seed ${simulator.seed}, reference time ${simulator.store.referenceTime.toISOString()}`,
      ...populated,
      `  rate limits ${limits}; faults via the x-simulator-fault header or ${simulator.url}/__simulator/faults`,
    ].join('\n'),
  );

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      log(`Received ${signal}, stopping`);
      simulator.close().then(() => resolve(0), () => resolve(1));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('astro-api-simulator: unexpected failure', error);
    process.exitCode = 1;
  },
);
