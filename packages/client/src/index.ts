/**
 * @astro-api/client: errors and types shared by both API versions.
 * Create a client from a version entry: `@astro-api/client/v1` or `@astro-api/client/v1beta1`.
 */
export {
  AstroApiError,
  AstroConfigError,
  AstroConnectionError,
  AstroError,
  AstroInputError,
  AstroParseError,
  AstroTimeoutError,
  AstroWaitError,
  type CallSite,
  type FieldError,
} from './errors.ts';
export { SDK_VERSION } from './version.ts';
export type { AstroClientOptions, CallLimits, PacingLimits, TokenSource } from './client/options.ts';
export type { FetchFunction } from './http/transport.ts';
export type { DeployDagsOptions, Tarball } from './resources/deploy-dags.ts';
export type { PageIterator, PageSizeOption, RequestOptions, WalkQuery } from './resources/types.ts';
export type { WaitOptions } from './resources/waiters.ts';
export type { Middleware } from 'openapi-fetch';
