import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const PRISM = fileURLToPath(new URL('../../node_modules/.bin/prism', import.meta.url));

export interface PrismProxy {
  url: string;
  /** Everything Prism printed so far. */
  output(): string;
  /** Log lines in which Prism reports a request or response violation. */
  violations(): string[];
  /** Resolves once Prism has printed nothing new for 200 ms (its log trails the responses). */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** Starts `prism proxy <spec> <upstream> --errors` on 127.0.0.1 and waits until it listens. */
export async function startPrismProxy(spec: string, upstream: string): Promise<PrismProxy> {
  const port = await freePort();
  const child: ChildProcess = spawn(PRISM, ['proxy', spec, upstream, '--errors', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit');
  const deadline = Date.now() + 30_000;
  while (!output.includes('Prism is listening')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Prism did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    // Without --errors Prism logs "Violation: ..."; with it, a request it refuses for a violation
    // is logged as "Request terminated with error: ...#VIOLATIONS" (or #UNPROCESSABLE_ENTITY).
    violations: () => output.split('\n').filter((line) => /Violation:|#VIOLATIONS/.test(line)),
    async settled() {
      const deadline = Date.now() + 5000;
      for (let seen = output.length; Date.now() < deadline; seen = output.length) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        if (output.length === seen) return;
      }
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/** A fetch that records the `sl-violations` header Prism adds to any response that breaks the spec. */
export function violationRecordingFetch(found: string[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const header = response.headers.get('sl-violations');
    if (header) found.push(`${new Request(input, init).url}: ${header}`);
    return response;
  };
}
