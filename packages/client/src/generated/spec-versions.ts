// This file is generated from the bundled Astro API spec by `pnpm --filter @astro-api/client generate`.
// Do not edit it by hand: change spec/ and regenerate.

/** The spec each generated module was produced from: `info.version` and a SHA-256 of the bundled document. */
export const SPEC_VERSIONS = {
  "v1": {
    "version": "1.0",
    "sha256": "a9dbc6c0a66ce425cdaea68479aa6666ddda312a08b6ab9b33dc998f37d8131c"
  },
  "v1beta1": {
    "version": "v1beta1",
    "sha256": "d1d4c087820f23cc8f433c827a5d7d632e3bf691b92444f2358c10f59020ab3f"
  }
} as const;
