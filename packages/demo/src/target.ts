/** Where the demo sends its requests: a simulator it starts itself, or the API at a given base URL. */
import { startSimulator } from '@astro-api/simulator';
import type { DemoOptions } from './options.ts';

export interface Target {
  /** One line describing the target, for the header of the output. */
  description: string;
  baseUrl: string;
  token: string;
  organizationId: string;
  /** Whether the steps that create, change and delete may run. */
  writable: boolean;
  /** Poll gap of the waiters: short against the simulator, the client's default against the real API. */
  pollMs?: number;
  stop(): Promise<void>;
}

/** An unsigned token whose claims the simulator reads, so that `createdBy` names a person. */
function demoUserToken(): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { sub: 'cdemouser000000000000000', email: 'demo@astro-api.example', name: 'Demo Runner' };
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.demo`;
}

export async function openTarget(options: DemoOptions): Promise<Target> {
  if (options.mode === 'remote') {
    return {
      description: `${options.baseUrl}, Organization ${options.organizationId} (real API${options.allowWrites ? ', writes allowed' : ', read-only'})`,
      baseUrl: options.baseUrl!,
      token: options.token!,
      organizationId: options.organizationId!,
      writable: options.allowWrites,
      stop: async () => {},
    };
  }
  // Rate limits on, as the real API has them: the client paces itself below them.
  const simulator = await startSimulator({
    seed: options.seed,
    organizations: options.organizations,
    populate: 1,
    lifecycleDelayMs: options.lifecycleDelayMs,
    rateLimit: true,
    logger: false,
  });
  const organizationId = simulator.populated[0]!.organizationId;
  return {
    description: `simulator at ${simulator.url}, Organization ${organizationId} (seed ${options.seed}, rate limits on)`,
    baseUrl: simulator.baseUrls.v1,
    token: demoUserToken(),
    organizationId,
    writable: true,
    pollMs: Math.max(100, Math.round(options.lifecycleDelayMs / 4)),
    stop: () => simulator.close(),
  };
}
