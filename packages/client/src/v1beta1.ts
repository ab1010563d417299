/** Client of the deprecated Astro API platform/v1beta1 (https://api.astronomer.io/platform/v1beta1), supported until January 2027. */
import type { Client } from 'openapi-fetch';
import { createAstroClient } from './client/create-astro-client.ts';
import type { AstroClientOptions } from './client/options.ts';
import type { Helpers } from './generated/v1beta1.helpers.ts';
import { operations, serverUrl } from './generated/v1beta1.operations.ts';
import type { paths } from './generated/v1beta1.ts';

export type ClientOptions = AstroClientOptions;

/** openapi-fetch's client (`GET`, `POST`, `use`…) plus one object of helpers per group. */
export interface AstroClient extends Client<paths>, Helpers {
  /** A client for another Organization, sharing this one's transport, retries and rate pacing. */
  withOrganization(organizationId: string): AstroClient;
}

/** Creates a v1beta1 client. Token, base URL and Organization default to ASTRO_API_TOKEN, ASTRO_API_BASE_URL and ASTRO_ORGANIZATION_ID. */
export function createClient(options: ClientOptions = {}): AstroClient {
  return createAstroClient({ table: operations, serverUrl }, options) as AstroClient;
}

export * from './generated/v1beta1.ts';
export type * from './generated/v1beta1.helpers.ts';
export { serverUrl };
export { SPEC_VERSIONS } from './generated/spec-versions.ts';
export * from './index.ts';
// Declared by both the generated module and the errors; the spec's wins (they are equal, a type test checks).
export type { FieldError } from './generated/v1beta1.ts';
