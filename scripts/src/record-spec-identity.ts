/**
 * The identity of a bundled spec: `info.version` plus a SHA-256 of its canonical JSON. It is computed the
 * same way as the client's generator computes `SPEC_VERSIONS` (packages/client/scripts/generate.ts; a test
 * keeps the two equal), so the value recorded at release time can be compared with either.
 */
import { createHash } from 'node:crypto';
import { canonical } from './spec-diff/context.ts';
import type { Json } from './spec-diff/types.ts';

export interface SpecIdentity {
  version: string;
  sha256: string;
}

export function specIdentity(document: Json): SpecIdentity {
  const info = document.info as Json | undefined;
  if (typeof info?.version !== 'string') throw new Error('The bundled spec has no info.version');
  return { version: info.version, sha256: createHash('sha256').update(canonical(document)).digest('hex') };
}

/** The field of packages/client/package.json that records the spec the client was last versioned with. */
export const RECORD_FIELD = 'astroApiSpec';

export type RecordedSpec = Record<string, SpecIdentity>;

/** Reads the recorded identities from a parsed package.json; null when none were recorded yet. */
export function readRecord(manifest: Json, file: string): RecordedSpec | null {
  const value = manifest[RECORD_FIELD];
  if (value === undefined) return null;
  const valid =
    typeof value === 'object' && value !== null && !Array.isArray(value) &&
    Object.values(value).every((entry) => typeof (entry as Json)?.version === 'string' && /^[0-9a-f]{64}$/.test(String((entry as Json)?.sha256)));
  if (!valid) throw new Error(`${file}: "${RECORD_FIELD}" must map each API version to { "version", "sha256" }; run \`pnpm record-spec\` to rewrite it`);
  return value as RecordedSpec;
}

export function sameRecord(a: RecordedSpec, b: RecordedSpec): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key]?.sha256 === b[key]?.sha256 && a[key]?.version === b[key]?.version);
}
