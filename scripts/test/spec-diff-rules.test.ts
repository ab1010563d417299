/**
 * One fixture pair per rule (scripts/fixtures/spec-diff/<case>/{base,head}.yaml): the changes found, their
 * classification, and the bump they call for at 1.x and below 1.0.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { requiredBump } from '../src/spec-diff/bump.ts';
import { diffDocuments } from '../src/spec-diff/document.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'spec-diff');
const load = (name: string, side: 'base' | 'head') => parse(readFileSync(join(fixtures, name, `${side}.yaml`), 'utf8'));
const diff = (name: string) => diffDocuments(load(name, 'base'), load(name, 'head'));

const LIST = 'GET /organizations';
const UPDATE = 'POST /organizations/{organizationId}';
const BOTH_RESPONSES = (field: string) => [`${LIST} response 200 application/json body.${field}`, `${UPDATE} response 200 application/json body.${field}`];

interface Case {
  name: string;
  changes: { level: string; rule: string; location: string }[];
  /** Bump at 1.2.3, then at 0.4.0. */
  bumps: [string, string];
}

const cases: Case[] = [
  {
    name: 'response-field-added',
    changes: BOTH_RESPONSES('isScimEnabled').map((location) => ({ level: 'feature', rule: 'property-added', location })),
    bumps: ['minor', 'minor'],
  },
  {
    name: 'response-field-removed',
    changes: BOTH_RESPONSES('billingEmail').map((location) => ({ level: 'breaking', rule: 'property-removed', location })),
    bumps: ['major', 'minor'],
  },
  {
    name: 'response-field-optional',
    changes: BOTH_RESPONSES('status').map((location) => ({ level: 'breaking', rule: 'property-optional', location })),
    bumps: ['major', 'minor'],
  },
  {
    name: 'response-type-changed',
    changes: BOTH_RESPONSES('billingEmail').map((location) => ({ level: 'breaking', rule: 'type-changed', location })),
    bumps: ['major', 'minor'],
  },
  {
    name: 'response-enum-value-added',
    changes: BOTH_RESPONSES('status').map((location) => ({ level: 'breaking', rule: 'enum-value-added', location })),
    bumps: ['major', 'minor'],
  },
  {
    name: 'request-limit-narrowed',
    changes: [{ level: 'breaking', rule: 'limit-narrowed', location: `${UPDATE} request application/json body.name` }],
    bumps: ['major', 'minor'],
  },
  {
    name: 'request-limit-widened',
    changes: [{ level: 'feature', rule: 'limit-widened', location: `${LIST} query.limit` }],
    bumps: ['minor', 'minor'],
  },
  {
    name: 'request-enum-value-added',
    changes: [{ level: 'feature', rule: 'enum-value-added', location: `${UPDATE} request application/json body.product` }],
    bumps: ['minor', 'minor'],
  },
  {
    name: 'request-enum-value-removed',
    changes: [{ level: 'breaking', rule: 'enum-value-removed', location: `${UPDATE} request application/json body.product` }],
    bumps: ['major', 'minor'],
  },
  {
    name: 'request-required-field-added',
    changes: [{ level: 'breaking', rule: 'property-added-required', location: `${UPDATE} request application/json body.reason` }],
    bumps: ['major', 'minor'],
  },
  {
    name: 'parameter-made-required',
    changes: [{ level: 'breaking', rule: 'parameter-required', location: `${LIST} query.limit` }],
    bumps: ['major', 'minor'],
  },
  {
    name: 'parameter-moved',
    changes: [{ level: 'breaking', rule: 'parameter-moved', location: `${LIST} header.limit` }],
    bumps: ['major', 'minor'],
  },
  {
    name: 'path-parameter-renamed',
    changes: [{ level: 'breaking', rule: 'path-template-changed', location: 'POST /organizations/{id}' }],
    bumps: ['major', 'minor'],
  },
  {
    name: 'operation-added',
    changes: [{ level: 'feature', rule: 'operation-added', location: 'GET /health' }],
    bumps: ['minor', 'minor'],
  },
  {
    name: 'operation-removed',
    changes: [{ level: 'breaking', rule: 'operation-removed', location: UPDATE }],
    bumps: ['major', 'minor'],
  },
  {
    name: 'description-changed',
    changes: [{ level: 'patch', rule: 'documentation', location: `${LIST} response 200` }],
    bumps: ['patch', 'patch'],
  },
  {
    name: 'authentication-required',
    changes: [{ level: 'breaking', rule: 'security-required', location: `${LIST} security` }],
    bumps: ['major', 'minor'],
  },
  {
    name: 'server-removed',
    changes: [
      { level: 'breaking', rule: 'server-removed', location: 'server https://api.example.com/v1' },
      { level: 'feature', rule: 'server-added', location: 'server https://api.example.com/v2' },
    ],
    bumps: ['major', 'minor'],
  },
  {
    name: 'media-type-removed',
    changes: [
      { level: 'breaking', rule: 'media-type-removed', location: `${UPDATE} request application/json` },
      { level: 'feature', rule: 'media-type-added', location: `${UPDATE} request application/merge-patch+json` },
    ],
    bumps: ['major', 'minor'],
  },
  {
    name: 'sdk-name-changed',
    changes: [
      { level: 'patch', rule: 'documentation', location: LIST },
      { level: 'breaking', rule: 'sdk-name-changed', location: UPDATE },
    ],
    bumps: ['major', 'minor'],
  },
  {
    name: 'sdk-name-added',
    changes: [
      { level: 'patch', rule: 'sdk-name-recorded', location: LIST },
      { level: 'breaking', rule: 'sdk-name-changed', location: UPDATE },
    ],
    bumps: ['major', 'minor'],
  },
];

describe('fixture pairs', () => {
  it.each(cases)('$name', ({ name, changes, bumps }) => {
    const found = diff(name);
    expect(found.map(({ level, rule, location }) => ({ level, rule, location }))).toEqual(changes);
    expect([requiredBump(found, '1.2.3'), requiredBump(found, '0.4.0')]).toEqual(bumps);
  });

  it('explains why a new response enum value is breaking', () => {
    const [change] = diff('response-enum-value-added');
    expect(change!.message).toBe('enum value "SUSPENDED" added');
    expect(change!.note).toMatch(/exhaustive/);
  });

  it('names the old and the new helper of a renamed operation', () => {
    const change = diff('sdk-name-changed').find((found) => found.rule === 'sdk-name-changed')!;
    expect(change.message).toBe('client helper renamed from organizations.update to organizations.updateSettings');
  });

  it('compares a newly recorded name with the helper the client derived from the tag and operationId', () => {
    const [list, update] = diff('sdk-name-added');
    expect(list!.message).toBe('client helper organizations.list now named in the spec');
    expect(update!.message).toBe('client helper renamed from organizations.update to organizations.updateSettings');
  });

  it('finds nothing between a document and itself', () => {
    expect(diffDocuments(load('operation-added', 'base'), load('operation-added', 'base'))).toEqual([]);
  });

  it('reads each pair in reverse as the opposite change', () => {
    const reversed = diffDocuments(load('operation-added', 'head'), load('operation-added', 'base'));
    expect(reversed.map((change) => [change.level, change.rule])).toEqual([['breaking', 'operation-removed']]);
    const widened = diffDocuments(load('request-enum-value-removed', 'head'), load('request-enum-value-removed', 'base'));
    expect(widened.map((change) => [change.level, change.rule])).toEqual([['feature', 'enum-value-added']]);
  });
});
