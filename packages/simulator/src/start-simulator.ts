import { randomInt } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { API_VERSIONS, createSpecValidator, loadSpec } from '@astro-api/openapi';
import { FaultQueue } from './faults/fault-queue.ts';
import { HeaderFaultCounter } from './faults/header-fault-counter.ts';
import { HANDLERS } from './handlers/index.ts';
import { checkOptions, type SimulatorOptions } from './options.ts';
import { RateLimiter, VENDOR_RATE_LIMITS } from './rate-limit/rate-limiter.ts';
import { createSimulatorServer } from './server/create-server.ts';
import type { Logger, SimulatorRuntime } from './server/runtime.ts';
import { compileApi } from './spec/compile-api.ts';
import { organizationShape } from './spec/organization-shape.ts';
import { OrganizationStore } from './store/organization-store.ts';
import { startOfUtcDay } from './store/timestamps.ts';

export interface Simulator {
  /** Origin of the server, `http://127.0.0.1:PORT`; the APIs live under `/v1` and `/platform/v1beta1`. */
  url: string;
  port: number;
  /** Base URL per API version, read from the spec's servers: `{ v1: url + '/v1', v1beta1: url + '/platform/v1beta1' }`. */
  baseUrls: Record<(typeof API_VERSIONS)[number], string>;
  /** The seed in use (random unless given): pass it again to get the same data. */
  seed: number;
  store: OrganizationStore;
  /** Scripted faults: `sim.faults.push('503;times=2', { operationId: 'ListOrganizations' })`. */
  faults: FaultQueue;
  close(): Promise<void>;
}

const noop = () => {};

function createLogger(logger: SimulatorOptions['logger']): Logger {
  if (logger === false) return { info: noop, warn: noop, error: noop };
  return {
    info: logger?.info ?? noop,
    warn: logger?.warn ?? noop,
    error: logger?.error ?? ((message, error) => console.error(message, error ?? '')),
  };
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const checked = checkOptions(options);
  const seed = checked.seed ?? randomInt(0, 2 ** 32 - 1);
  const store = new OrganizationStore({
    seed,
    count: checked.organizations,
    referenceTime: checked.referenceTime ?? startOfUtcDay(),
    auditEventsPerOrganization: checked.auditEventsPerOrganization,
  });
  const documents = API_VERSIONS.map((version) => [version, loadSpec(version)] as const);
  const rateLimit = options.rateLimit ?? false;
  const runtime: SimulatorRuntime = {
    apis: documents.map(([version, document]) => compileApi(version, document)),
    validators: new Map(documents.map(([version, document]) => [version, createSpecValidator(version, document)])),
    shapes: new Map(documents.map(([version, document]) => [version, organizationShape(document)])),
    store,
    faults: new FaultQueue(),
    headerFaults: new HeaderFaultCounter(),
    rateLimiter: rateLimit === false ? undefined : new RateLimiter(rateLimit === true ? VENDOR_RATE_LIMITS : rateLimit),
    bodyLimit: checked.bodyLimit,
    logger: createLogger(options.logger),
    handlers: HANDLERS,
  };

  const server = createSimulatorServer(runtime);
  server.listen(checked.port, checked.host);
  await Promise.race([once(server, 'listening'), once(server, 'error').then(([error]) => Promise.reject(error))]);
  const { port } = server.address() as AddressInfo;
  const host = checked.host.includes(':') ? `[${checked.host}]` : checked.host;
  const url = `http://${host}:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    baseUrls: Object.fromEntries(runtime.apis.map((api) => [api.version, `${url}${api.basePath}`])) as Simulator['baseUrls'],
    seed,
    store,
    faults: runtime.faults,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
