/** Client of the Astro API v1 (https://api.astronomer.io/v1). */
import { createAstroClient, type AstroClientOf } from './client/create-astro-client.ts';
import type { AstroClientOptions } from './client/options.ts';
import { operations as operationTable, serverUrl } from './generated/v1.operations.ts';
import type { operations, paths } from './generated/v1.ts';

export interface ClientOptions extends AstroClientOptions {
  /** Minor version of v1 that should answer, e.g. "1.0", sent as X-API-Version. Default: the newest. */
  apiVersion?: string;
}

export type AstroClient = AstroClientOf<paths, operations, typeof operationTable>;

/** Creates a v1 client. The token defaults to the ASTRO_API_TOKEN environment variable. */
export function createClient(options: ClientOptions = {}): AstroClient {
  const { apiVersion, ...rest } = options ?? {};
  return createAstroClient<paths, operations, typeof operationTable>({ table: operationTable, serverUrl }, rest, apiVersion ? { 'X-API-Version': apiVersion } : {});
}

export * from './generated/v1.ts';
export { operationTable, serverUrl };
export { SPEC_VERSIONS } from './generated/spec-versions.ts';
export * from './index.ts';
// Declared by both the generated module and the errors; the spec's wins (they are equal, a type test checks).
export type { FieldError } from './generated/v1.ts';
