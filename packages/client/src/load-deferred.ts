/**
 * Loads deferred.ts, the parts of the client used by few calls, on the first call that needs them: an
 * `import { createClient }` carries only what every call needs. A failed load is tried again next time.
 */
export type Deferred = typeof import('./deferred.ts');
let loading: Promise<Deferred> | undefined;

export const loadDeferred = (): Promise<Deferred> =>
  (loading ??= import('./deferred.ts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
