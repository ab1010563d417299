/**
 * Loads deferred.ts, the parts of the client used by few calls, on the first call that needs them: an
 * `import { createClient }` carries only what every call needs. A failed load is tried again next time.
 */
let loading: Promise<typeof import('./deferred.ts')> | undefined;

export const loadDeferred = (): Promise<typeof import('./deferred.ts')> =>
  (loading ??= import('./deferred.ts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
