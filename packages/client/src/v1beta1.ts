/** Client of the deprecated Astro API platform/v1beta1 (https://api.astronomer.io/platform/v1beta1), supported until January 2027. */
import { createAstroClient, type AstroClientOf } from './client/create-astro-client.ts';
import type { AstroClientOptions } from './client/options.ts';
import { operations as operationTable, serverUrl } from './generated/v1beta1.operations.ts';
import type { operations, paths } from './generated/v1beta1.ts';

export type ClientOptions = AstroClientOptions;

export type AstroClient = AstroClientOf<paths, operations, typeof operationTable>;

/** Creates a v1beta1 client. The token defaults to the ASTRO_API_TOKEN environment variable. */
export function createClient(options: ClientOptions = {}): AstroClient {
  return createAstroClient<paths, operations, typeof operationTable>({ table: operationTable, serverUrl }, options);
}

export * from './generated/v1beta1.ts';
export { operationTable, serverUrl };
export { SPEC_VERSIONS } from './generated/spec-versions.ts';
export * from './index.ts';
// Declared by both the generated module and the errors; the spec's wins (they are equal, a type test checks).
export type { FieldError } from './generated/v1beta1.ts';
