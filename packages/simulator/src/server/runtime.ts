import type { ApiVersion, SpecValidator } from '@astro-api/openapi';
import type { FaultQueue } from '../faults/fault-queue.ts';
import type { HeaderFaultCounter } from '../faults/header-fault-counter.ts';
import type { OperationHandler } from '../handlers/context.ts';
import type { RateLimiter } from '../rate-limit/rate-limiter.ts';
import type { CompiledApi } from '../spec/compile-api.ts';
import type { OrganizationShape } from '../spec/organization-shape.ts';
import type { OrganizationStore } from '../store/organization-store.ts';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** The long-lived parts every request is served with. */
export interface SimulatorRuntime {
  apis: CompiledApi[];
  validators: Map<ApiVersion, SpecValidator>;
  shapes: Map<ApiVersion, OrganizationShape>;
  store: OrganizationStore;
  faults: FaultQueue;
  headerFaults: HeaderFaultCounter;
  rateLimiter: RateLimiter | undefined;
  bodyLimit: number;
  logger: Logger;
  handlers: Readonly<Record<string, OperationHandler>>;
}
