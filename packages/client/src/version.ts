/** Replaced by the package version at build time (tsup and vitest `define`); a source checkout reports 0.0.0-dev. */
declare const __SDK_VERSION__: string | undefined;

/** Version of @astro-api/client, sent in the User-Agent header. */
export const SDK_VERSION: string = typeof __SDK_VERSION__ === 'string' ? __SDK_VERSION__ : '0.0.0-dev';
