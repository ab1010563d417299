/** Where the demo sends its requests: a simulator it starts itself, or the API at a given base URL. */
import { startSimulator } from '@astro-api/simulator';
import type { DemoOptions } from './options.ts';

export interface Target {
  /** One line describing the target, for the header of the output. */
  description: string;
  baseUrl: string;
  token: string;
  /** Whether the update step may run. */
  writable: boolean;
  stop(): Promise<void>;
}

/** An unsigned token whose claims the simulator reads, so `updatedBy` names a person. */
function demoUserToken(): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { sub: 'cdemouser000000000000000', email: 'demo@astro-api.example', name: 'Demo Runner' };
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.demo`;
}

export async function openTarget(options: DemoOptions): Promise<Target> {
  if (options.mode === 'remote') {
    return {
      description: `${options.baseUrl} (real API${options.allowWrites ? ', writes allowed' : ', read-only'})`,
      baseUrl: options.baseUrl!,
      token: options.token!,
      writable: options.allowWrites,
      stop: async () => {},
    };
  }
  // Rate limits on, as the real API has them: the client's retries ride out any 429.
  const simulator = await startSimulator({
    seed: options.seed,
    organizations: options.organizations,
    auditEventsPerOrganization: options.auditEvents,
    rateLimit: true,
    logger: false,
  });
  return {
    description: `simulator at ${simulator.url} (${options.organizations} organizations, seed ${options.seed}, rate limits on)`,
    baseUrl: simulator.baseUrls[options.apiVersion],
    token: demoUserToken(),
    writable: true,
    stop: () => simulator.close(),
  };
}
