/**
 * Fidelity to the vendor's v1.0 document: every fact of its 75 operations (method, path, tag,
 * permission, parameters, bodies, response codes, media types and every schema property's type,
 * format, enum, limits and required-ness) is compared with the bundled v1 spec. A difference fails
 * the test, named, unless it is one of the deliberate corrections in fidelity/corrections.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { loadSpec } from '../src/index.ts';
import { compareDocuments } from './fidelity/compare-operations.ts';
import { CORRECTIONS, type Correction } from './fidelity/corrections.ts';
import { referenceDir } from './vendor-pages.ts';

const vendor = YAML.parse(readFileSync(join(referenceDir(), 'vendor', 'astro-v1.0.yml'), 'utf8'));

function compare(specDocument: Record<string, any>) {
  const facts: string[] = [];
  const unexplained: string[] = [];
  const used = new Set<Correction>();
  const counts = compareDocuments(vendor, specDocument, (where, differs) => {
    facts.push(where);
    if (differs === undefined) return;
    const correction = CORRECTIONS.find((c) => c.where.test(where) && c.differs.test(differs));
    if (correction) used.add(correction);
    else unexplained.push(`${where}: ${differs}`);
  });
  return { facts, unexplained, used, counts };
}

describe('the v1 spec states the vendor’s facts', () => {
  const result = compare(loadSpec('v1'));

  it('covers the 75 operations of the vendor document and no other', () => {
    expect(result.counts).toEqual({ vendor: 75, spec: 75 });
  });

  it('differs from the vendor only by the listed corrections', () => {
    expect(result.unexplained, `${result.unexplained.length} unexplained difference(s) out of ${result.facts.length} facts`).toEqual([]);
    console.log(`vendor fidelity: ${result.facts.length} facts compared over ${result.counts.vendor} operations`);
  });

  it('uses every listed correction (a stale one would hide a future difference)', () => {
    const unused = CORRECTIONS.filter((c) => !result.used.has(c)).map((c) => `${c.where} (${c.reason})`);
    expect(unused).toEqual([]);
  });

  it('catches a changed fact and names it', () => {
    const broken = structuredClone(loadSpec('v1')) as Record<string, any>;
    broken.components.schemas.CreateWorkspaceRequest.properties.name.maxLength = 51;
    delete broken.components.schemas.Deployment.required[0];
    broken.components.schemas.Deployment.required = broken.components.schemas.Deployment.required.filter(Boolean);
    broken.paths['/organizations/{organizationId}/deployments'].get.parameters.pop();
    const { unexplained } = compare(broken);
    expect(unexplained).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^CreateWorkspace request application\/json\.name maxLength: vendor \d+, spec 51$/),
        expect.stringMatching(/^GetDeployment response 200 application\/json required: /),
        expect.stringMatching(/^ListDeployments parameters: /),
      ]),
    );
  });
});
