/**
 * The parts of the client that few calls use, loaded on first use by load-deferred.ts (a chunk of its
 * own in the build): waiters, `deployDags`, walks, the audit-log streams, redirects, and requests made
 * without a helper. Nothing that every call needs may come from here.
 */
export { walkPages } from './resources/paginate.ts';
export { events, gzipBytes } from './resources/streams.ts';
export { waiter } from './resources/waiters.ts';
export { deployDags } from './resources/deploy-dags.ts';
export { followRedirects } from './http/redirects.ts';
export { sendRaw } from './http/raw-request.ts';
