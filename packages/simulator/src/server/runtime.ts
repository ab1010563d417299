import type { ApiVersion } from '@astro-api/openapi';
import type { ApiModel } from '../engine/context.ts';
import type { World } from '../engine/world.ts';
import type { FaultQueue } from '../faults/fault-queue.ts';
import type { HeaderFaultCounter } from '../faults/header-fault-counter.ts';
import type { RateLimiter } from '../rate-limit/rate-limiter.ts';
import type { ApiRoutes } from '../spec/api-routes.ts';
import type { CorsPolicy } from './cors.ts';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** The long-lived parts every request is served with. */
export interface SimulatorRuntime {
  routes: ApiRoutes[];
  apis: Map<ApiVersion, ApiModel>;
  world: World;
  faults: FaultQueue;
  headerFaults: HeaderFaultCounter;
  rateLimiter: RateLimiter | undefined;
  cors: CorsPolicy;
  bodyLimit: number;
  logger: Logger;
  /** What `/__simulator/reset` does besides resetting the world (populating Organizations again). */
  afterReset(): void;
  /** Ids of the Organizations populated with Workspaces, Deployments and the rest. */
  populated(): string[];
}
