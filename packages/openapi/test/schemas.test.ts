import { describe, expect, it } from 'vitest';
import { loadSpec, schemaShape, shapeFor, unionBranch } from '../src/index.ts';

const document = loadSpec('v1');
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('schemaShape', () => {
  it('names the component and lists its members and required ones in declaration order', () => {
    const shape = schemaShape(document, ref('Workspace'));
    expect(shape.name).toBe('Workspace');
    expect(shape.types).toEqual(['object']);
    expect([...shape.properties.keys()]).toContain('cicdEnforcedDefault');
    expect(shape.required).toEqual(expect.arrayContaining(['id', 'name', 'organizationId', 'createdAt', 'updatedAt']));
    expect(schemaShape(document, shape.properties.get('createdBy')).name).toBe('BasicSubjectProfile');
  });

  it('keeps inherited names such as constructor and __proto__ out of the members', () => {
    const shape = schemaShape(document, ref('UpdateOrganizationRequest'));
    expect(shape.properties.has('constructor')).toBe(false);
    expect(shape.properties.has('__proto__')).toBe(false);
    expect(shape.properties.has('name')).toBe(true);
  });

  it('reads nullable types, formats, enums, defaults and limits', () => {
    const body = schemaShape(document, ref('OverrideDeploymentHibernationBody'));
    expect(schemaShape(document, body.properties.get('isHibernating')).types).toEqual(['boolean', 'null']);
    expect(schemaShape(document, body.properties.get('overrideUntil')).format).toBe('date-time');
    const token = schemaShape(document, ref('CreateApiTokenRequest'));
    expect(schemaShape(document, token.properties.get('scope')).enum).toEqual(['DEPLOYMENT', 'WORKSPACE', 'ORGANIZATION']);
    expect(schemaShape(document, token.properties.get('tokenExpiryPeriodInDays'))).toMatchObject({ minimum: 1, maximum: 3650 });
  });

  it('gives the branches of a discriminated union by tag', () => {
    const union = schemaShape(document, ref('CreateDeploymentRequest')).union!;
    expect(union.propertyName).toBe('type');
    expect([...union.branches.keys()].sort()).toEqual(['DEDICATED', 'HYBRID', 'STANDARD']);
  });

  it('merges allOf members and finds union branches by const when there is no mapping', () => {
    const synthetic = {
      components: {
        schemas: {
          Base: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
          Cat: { allOf: [{ $ref: '#/components/schemas/Base' }], properties: { kind: { const: 'cat' }, purrs: { type: 'boolean' } } },
          Dog: { allOf: [{ $ref: '#/components/schemas/Base' }], properties: { kind: { enum: ['dog'] } } },
          Pet: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: 'kind' } },
        },
      },
    };
    const cat = schemaShape(synthetic, { $ref: '#/components/schemas/Cat' });
    expect([...cat.properties.keys()]).toEqual(['kind', 'purrs', 'id']);
    expect(cat.required).toEqual(['id']);
    expect(cat.types).toEqual(['object']);
    expect(shapeFor(synthetic, { $ref: '#/components/schemas/Pet' }, { kind: 'dog' }).name).toBe('Dog');
  });
});

describe('unionBranch and shapeFor', () => {
  it('choose the branch a body selects by its tag', () => {
    expect(unionBranch(document, ref('CreateDeploymentRequest'), { type: 'HYBRID' })).toEqual(ref('CreateHybridDeploymentRequest'));
    expect(shapeFor(document, ref('CreateClusterRequest'), { cloudProvider: 'GCP' }).name).toBe('CreateGcpClusterRequest');
    expect(shapeFor(document, ref('UpdateClusterRequest'), { clusterType: 'HYBRID' }).properties.has('name')).toBe(false);
  });

  it('fall back to the schema itself for an unknown tag, a missing tag or a non-object', () => {
    for (const value of [{ type: 'SERVERLESS' }, {}, 'STANDARD', null, ['STANDARD']]) {
      expect(unionBranch(document, ref('CreateDeploymentRequest'), value)).toBeUndefined();
      expect(shapeFor(document, ref('CreateDeploymentRequest'), value).name).toBe('CreateDeploymentRequest');
    }
    expect(unionBranch(document, ref('Workspace'), { type: 'x' })).toBeUndefined();
  });
});
