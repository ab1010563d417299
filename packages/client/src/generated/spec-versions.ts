// This file is generated from the bundled Astro API spec by `pnpm --filter @astro-api/client generate`.
// Do not edit it by hand: change spec/ and regenerate.

/** The spec each generated module was produced from: `info.version` and a SHA-256 of the bundled document. */
export const SPEC_VERSIONS = {
  "v1": {
    "version": "1.0",
    "sha256": "5bec9a6bbc803f7374244d77d40262a7f7216733efb3cc4c27d4185f621b6fe2"
  },
  "v1beta1": {
    "version": "v1beta1",
    "sha256": "47acda912c76fe04d4610f15a7cfdad7acb72251a57a864b04bb732b39e801fd"
  }
} as const;
