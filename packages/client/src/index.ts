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
  type CallSite,
  type FieldError,
} from './errors.ts';
export { SDK_VERSION } from './version.ts';
export type { AstroClientOptions, TokenSource } from './client/options.ts';
export type { FetchFunction } from './http/retrying-fetch.ts';
export type { OperationEntry, OperationTable, PageIterator, PageSizeOption, RequestOptions, Resources } from './resources/types.ts';
export type { Middleware } from 'openapi-fetch';
