import { describe, expect, it } from 'vitest';
import { API_VERSIONS, createSpecValidator, loadSpec } from '../src/index.ts';

/** A valid Organization of each version, taken from the spec's own named examples. */
function validOrganization(version: (typeof API_VERSIONS)[number]) {
  const { examples } = loadSpec(version).components;
  const holder = Object.values<any>(examples).find((example) => Array.isArray(example.value?.organizations));
  return structuredClone(holder.value.organizations[0]);
}

describe.each(API_VERSIONS)('%s schemas reject invalid data', (version) => {
  const validator = createSpecValidator(version);
  const organization = validOrganization(version);
  const update = { billingEmail: 'billing@company.com', isScimEnabled: false, name: 'My organization' };

  it('accepts the baseline values used below', () => {
    expect(validator.validate('#/components/schemas/Organization', organization)).toEqual([]);
    expect(validator.validate('#/components/schemas/UpdateOrganizationRequest', update)).toEqual([]);
  });

  it('rejects an update name of 51 characters, and accepts 50', () => {
    const errors = validator.validate('#/components/schemas/UpdateOrganizationRequest', { ...update, name: 'x'.repeat(51) });
    expect(errors).toEqual([expect.objectContaining({ instancePath: '/name', keyword: 'maxLength' })]);
    expect(validator.validate('#/components/schemas/UpdateOrganizationRequest', { ...update, name: 'x'.repeat(50) })).toEqual([]);
  });

  it.each(['billingEmail', 'isScimEnabled', 'name'])('rejects an update without the required %s', (field) => {
    const { [field as keyof typeof update]: _removed, ...rest } = update;
    expect(validator.validate('#/components/schemas/UpdateOrganizationRequest', rest)).toEqual([
      expect.objectContaining({ keyword: 'required', params: { missingProperty: field } }),
    ]);
  });

  it.each(['id', 'name', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'isScimEnabled'])(
    'rejects an Organization without the required %s',
    (field) => {
      const { [field]: _removed, ...rest } = organization;
      expect(validator.validate('#/components/schemas/Organization', rest)).toContainEqual(
        expect.objectContaining({ keyword: 'required', params: { missingProperty: field } }),
      );
    },
  );

  it('rejects an unknown enum value', () => {
    expect(validator.validate('#/components/schemas/Organization', { ...organization, status: 'DELETED' })).toContainEqual(
      expect.objectContaining({ instancePath: '/status', keyword: 'enum' }),
    );
    expect(validator.validate('#/components/schemas/Organization', { ...organization, product: 'hosted' })).toContainEqual(
      expect.objectContaining({ instancePath: '/product', keyword: 'enum' }),
    );
  });

  it('rejects a createdAt that is not a date-time', () => {
    for (const createdAt of ['yesterday', '2022-11-22', '2022-13-40T04:37:12Z']) {
      expect(validator.validate('#/components/schemas/Organization', { ...organization, createdAt })).toContainEqual(
        expect.objectContaining({ instancePath: '/createdAt', keyword: 'format' }),
      );
    }
  });

  it('rejects an Error body whose statusCode is outside 400 to 600', () => {
    const body = { message: 'Bad request', requestId: 'req-1', statusCode: 400 };
    expect(validator.validate('#/components/schemas/Error', body)).toEqual([]);
    expect(validator.validate('#/components/schemas/Error', { ...body, statusCode: 200 })).not.toEqual([]);
    expect(validator.validate('#/components/schemas/Error', { ...body, statusCode: 601 })).not.toEqual([]);
  });

  it('rejects a page whose totalCount is missing', () => {
    const { totalCount: _removed, ...page } = { organizations: [organization], limit: 20, offset: 0, totalCount: 1 };
    expect(validator.validate('#/components/schemas/OrganizationsPaginated', page)).toContainEqual(
      expect.objectContaining({ keyword: 'required', params: { missingProperty: 'totalCount' } }),
    );
  });
});

describe('version differences are in the schemas', () => {
  it('v1 requires productPlans and hasAllowedIpAddressRanges; v1beta1 requires supportPlan', () => {
    const v1 = createSpecValidator('v1');
    const beta = createSpecValidator('v1beta1');
    const { productPlans: _p, ...withoutPlans } = validOrganization('v1');
    expect(v1.validate('#/components/schemas/Organization', withoutPlans)).toContainEqual(
      expect.objectContaining({ params: { missingProperty: 'productPlans' } }),
    );
    const { supportPlan: _s, ...withoutSupportPlan } = validOrganization('v1beta1');
    expect(beta.validate('#/components/schemas/Organization', withoutSupportPlan)).toContainEqual(
      expect.objectContaining({ params: { missingProperty: 'supportPlan' } }),
    );
  });
});
