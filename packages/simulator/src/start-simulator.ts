import { randomInt } from 'node:crypto';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_VERSIONS } from '@astro-api/openapi';
import { apiModel } from './engine/api-model.ts';
import type { RecordStore } from './engine/record-store.ts';
import { World } from './engine/world.ts';
import { FaultQueue } from './faults/fault-queue.ts';
import { HeaderFaultCounter } from './faults/header-fault-counter.ts';
import { checkOptions, type SimulatorOptions } from './options.ts';
import { RateLimiter, VENDOR_RATE_LIMITS } from './rate-limit/rate-limiter.ts';
import { populateOrganization, type PopulatedOrganization } from './seed/populate-organization.ts';
import { corsPolicy } from './server/cors.ts';
import { createSimulatorServer } from './server/create-server.ts';
import type { Logger, SimulatorRuntime } from './server/runtime.ts';
import { apiRoutes } from './spec/api-routes.ts';
import type { OrganizationStore } from './store/organization-store.ts';
import { startOfUtcDay } from './store/timestamps.ts';
import { createUploadServer } from './uploads/upload-server.ts';
import type { UploadStore } from './uploads/upload-store.ts';

export interface Simulator {
  /** Origin of the server, `http://127.0.0.1:PORT`; the APIs live under `/v1` and `/platform/v1beta1`. */
  url: string;
  port: number;
  /** Base URL per API version, read from the spec's servers: `{ v1: url + '/v1', v1beta1: url + '/platform/v1beta1' }`. */
  baseUrls: Record<(typeof API_VERSIONS)[number], string>;
  /** Origin of the DAG upload endpoint (a Deploy's `dagsUploadUrl` points there): another port, another origin. */
  uploadUrl: string;
  /** The seed in use (random unless given): pass it again to get the same data. */
  seed: number;
  /** The seeded Organizations. */
  store: OrganizationStore;
  /** Records created through the API (or seeded into populated Organizations), by collection path. */
  records: RecordStore;
  /** DAG uploads received, and the requests the upload endpoint saw. */
  uploads: UploadStore;
  /** What the populated Organizations hold (ids, and the values of their seeded tokens). */
  populated: PopulatedOrganization[];
  /** Fills one more Organization (default: the next one in store order) like the `populate` option does. */
  populate(organizationId?: string): PopulatedOrganization;
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

async function listen(server: Server, port: number, host: string): Promise<string> {
  server.listen(port, host);
  await Promise.race([once(server, 'listening'), once(server, 'error').then(([error]) => Promise.reject(error))]);
  const address = server.address() as AddressInfo;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const checked = checkOptions(options);
  const seed = checked.seed ?? randomInt(0, 2 ** 32 - 1);
  const world = new World({
    seed,
    count: checked.organizations,
    referenceTime: checked.referenceTime ?? startOfUtcDay(),
    auditEventsPerOrganization: checked.auditEventsPerOrganization,
    lifecycleDelayMs: checked.lifecycleDelayMs,
  });
  const routes = API_VERSIONS.map((version) => apiRoutes(version));
  const apis = new Map(routes.map((route) => [route.version, apiModel(route)]));
  const v1 = apis.get('v1')!;
  const populated: PopulatedOrganization[] = [];
  const populate = (organizationId?: string) => {
    const id = organizationId ?? world.organizations.all().find((record) => !world.populatedOrganizations.includes(record.id))?.id;
    if (id === undefined) throw new RangeError('Every Organization is populated already');
    const result = populateOrganization(world, v1, id);
    populated.push(result);
    return result;
  };
  const populateFirst = () => {
    populated.length = 0;
    for (let index = 0; index < checked.populate; index += 1) populate();
  };

  const rateLimit = options.rateLimit ?? false;
  const cors = corsPolicy(checked.allowedOrigins);
  const runtime: SimulatorRuntime = {
    routes,
    apis,
    world,
    faults: new FaultQueue(),
    headerFaults: new HeaderFaultCounter(),
    rateLimiter: rateLimit === false ? undefined : new RateLimiter(rateLimit === true ? VENDOR_RATE_LIMITS : rateLimit),
    cors,
    bodyLimit: checked.bodyLimit,
    logger: createLogger(options.logger),
    afterReset: populateFirst,
    populated: () => [...world.populatedOrganizations],
  };

  const server = createSimulatorServer(runtime);
  const uploadServer = createUploadServer(world.uploads, cors, checked.uploadLimit);
  const url = await listen(server, checked.port, checked.host);
  let uploadUrl: string;
  try {
    uploadUrl = await listen(uploadServer, checked.uploadPort, checked.host);
  } catch (error) {
    server.close();
    throw error;
  }
  world.uploads.origin = uploadUrl;
  try {
    // After both servers listen: seeded Deploys' upload URLs name the upload origin.
    populateFirst();
  } catch (error) {
    await Promise.all([server, uploadServer].map((target) => new Promise((resolve) => target.close(resolve))));
    throw error;
  }

  let closing: Promise<void> | undefined;
  const stop = (target: Server) =>
    new Promise<void>((resolve) => {
      target.close(() => resolve());
      target.closeAllConnections();
    });
  return {
    url,
    port: Number(new URL(url).port),
    baseUrls: Object.fromEntries(routes.map((route) => [route.version, `${url}${route.basePath}`])) as Simulator['baseUrls'],
    uploadUrl,
    seed,
    store: world.organizations,
    records: world.records,
    uploads: world.uploads,
    populated,
    populate,
    faults: runtime.faults,
    close() {
      closing ??= Promise.all([stop(server), stop(uploadServer)]).then(() => undefined);
      return closing;
    },
  };
}
