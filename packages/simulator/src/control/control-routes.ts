/**
 * The simulator's own endpoints under `/__simulator/`, outside the API:
 *   GET    /__simulator/health   readiness and what was seeded
 *   GET    /__simulator/faults   queued faults
 *   POST   /__simulator/faults   queue a fault: {"fault": "503;times=2", "match": {"operationId": "ListOrganizations"}}
 *                                or the same as an object: {"status": 503, "times": 2, "match": {...}}
 *   DELETE /__simulator/faults   drop every queued fault
 *   POST   /__simulator/reset    reseed the store, drop faults and rate-limit state
 * They get no CORS headers, and requests a browser marks as cross-site are refused before this.
 */
import { FaultSyntaxError, type Fault } from '../faults/fault.ts';
import type { FaultMatch, ScriptedFault } from '../faults/fault-queue.ts';
import { ApiError } from '../server/api-error.ts';
import type { Reply } from '../server/reply.ts';
import type { SimulatorRuntime } from '../server/runtime.ts';

export const CONTROL_PREFIX = '/__simulator';

type ControlHandler = (runtime: SimulatorRuntime, body: Buffer) => Reply;

const ROUTES: Record<string, Record<string, ControlHandler>> = {
  '/health': {
    GET: ({ world, populated }) => ({
      status: 200,
      json: {
        status: 'ok',
        organizations: world.organizations.size,
        seed: world.organizations.seed,
        referenceTime: world.organizations.referenceTime.toISOString(),
        populatedOrganizations: populated(),
        records: world.records.totalRecords,
        uploadOrigin: world.uploads.origin,
        memory: { rssBytes: process.memoryUsage.rss(), heapUsedBytes: process.memoryUsage().heapUsed },
      },
    }),
  },
  '/faults': {
    GET: ({ faults }) => ({ status: 200, json: { faults: faults.list() } }),
    POST: ({ faults }, body) => ({ status: 201, json: { fault: queueFault(faults, body) } }),
    DELETE: ({ faults, headerFaults }) => {
      faults.clear();
      headerFaults.clear();
      return { status: 204, empty: true };
    },
  },
  '/reset': {
    POST: (runtime) => {
      runtime.world.reset();
      runtime.afterReset();
      runtime.faults.clear();
      runtime.headerFaults.clear();
      runtime.rateLimiter?.clear();
      return { status: 200, json: { status: 'reset', organizations: runtime.world.organizations.size, records: runtime.world.records.totalRecords } };
    },
  },
};

export function handleControl(runtime: SimulatorRuntime, method: string, pathname: string, body: Buffer): Reply {
  const route = ROUTES[pathname.slice(CONTROL_PREFIX.length)];
  if (!route) throw new ApiError(404, `No simulator endpoint ${pathname}; see ${CONTROL_PREFIX}/health, /faults, /reset`);
  const handler = route[method];
  if (!handler) {
    const allow = Object.keys(route).join(', ');
    throw new ApiError(405, `${method} is not allowed on ${pathname}; allowed: ${allow}`, { headers: { allow } });
  }
  return handler(runtime, body);
}

function queueFault(faults: SimulatorRuntime['faults'], body: Buffer): unknown {
  let input: unknown;
  try {
    input = JSON.parse(body.toString('utf8'));
  } catch {
    throw badFault('The body must be JSON, for example {"fault": "503;times=2"}');
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw badFault('The body must be a JSON object');
  const { fault, match, ...fields } = input as { fault?: unknown; match?: FaultMatch } & Fault;
  try {
    if (fault !== undefined) {
      if (typeof fault !== 'string') throw new FaultSyntaxError('fault must be a string such as "503;times=2"');
      return faults.push(fault, match);
    }
    return faults.push({ ...fields, match } as ScriptedFault);
  } catch (error) {
    if (error instanceof FaultSyntaxError || error instanceof TypeError) throw badFault(error.message);
    throw error;
  }
}

const badFault = (message: string) =>
  new ApiError(400, `Invalid fault: ${message}`, { fieldErrors: [{ code: 'fault', field: 'fault', message }] });
