/** The recorded spec identity: same digest as the client generator, written and read back strictly. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { specIdentity as generatorIdentity } from '../../packages/client/scripts/generate.ts';
import { withRecord } from '../src/record-spec.ts';
import { readRecord, sameRecord, specIdentity } from '../src/record-spec-identity.ts';

const fixture = parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'spec-diff', 'operation-added', 'head.yaml'), 'utf8'));
const identity = { version: '1.0', sha256: 'a'.repeat(64) };

describe('spec identity', () => {
  it('equals the identity the client generator writes into SPEC_VERSIONS', () => {
    expect(specIdentity(fixture)).toEqual(generatorIdentity(fixture));
  });

  it('does not depend on key order, and changes with any content', () => {
    const reordered = Object.fromEntries(Object.entries(fixture).reverse());
    expect(specIdentity(reordered)).toEqual(specIdentity(fixture));
    expect(specIdentity({ ...fixture, info: { ...fixture.info, description: 'x' } }).sha256).not.toBe(specIdentity(fixture).sha256);
    expect(() => specIdentity({ openapi: '3.1.0' })).toThrow('no info.version');
  });
});

describe('astroApiSpec field', () => {
  it('is added to package.json keeping its layout', () => {
    const text = withRecord('{\n  "name": "@astro-api/client",\n  "version": "0.1.0"\n}\n', { v1: identity });
    expect(text).toBe(
      '{\n  "name": "@astro-api/client",\n  "version": "0.1.0",\n  "astroApiSpec": {\n    "v1": {\n' +
        `      "version": "1.0",\n      "sha256": "${identity.sha256}"\n    }\n  }\n}\n`,
    );
    expect(readRecord(JSON.parse(text), 'package.json')).toEqual({ v1: identity });
  });

  it('reads as absent before the first release and rejects a malformed record', () => {
    expect(readRecord({ version: '0.1.0' }, 'package.json')).toBeNull();
    expect(() => readRecord({ astroApiSpec: { v1: { version: '1.0', sha256: 'short' } } }, 'package.json')).toThrow(
      'package.json: "astroApiSpec" must map each API version to { "version", "sha256" }',
    );
  });

  it('compares records version by version', () => {
    expect(sameRecord({ v1: identity }, { v1: { ...identity } })).toBe(true);
    expect(sameRecord({ v1: identity }, { v1: identity, v2: identity })).toBe(false);
    expect(sameRecord({ v1: identity }, { v1: { ...identity, sha256: 'b'.repeat(64) } })).toBe(false);
  });
});
