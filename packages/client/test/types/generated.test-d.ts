/** Type-level checks of the generated modules: the version differences users rely on. */
import { describe, expectTypeOf, it } from 'vitest';
import type * as V1 from '../../src/generated/v1.ts';
import type * as V1beta1 from '../../src/generated/v1beta1.ts';
import { componentsParametersSortsValues, planNameValues } from '../../src/generated/v1.ts';

type Sort = 'name:asc' | 'name:desc' | 'createdAt:asc' | 'createdAt:desc' | 'updatedAt:asc' | 'updatedAt:desc';

describe('generated types', () => {
  it('has supportPlan on the v1beta1 Organization and not on v1', () => {
    expectTypeOf<V1beta1.Organization>().toHaveProperty('supportPlan');
    expectTypeOf<V1beta1.Organization['supportPlan']>().toEqualTypeOf<V1beta1.PlanName>();
    expectTypeOf<V1.Organization>().not.toHaveProperty('supportPlan');
    // @ts-expect-error supportPlan was removed from the v1 Organization
    const plan: V1.Organization['supportPlan'] = 'TRIAL';
    void plan;
  });

  it('types sorts as an array of the six literals in both versions', () => {
    type V1Sorts = NonNullable<NonNullable<V1.operations['ListOrganizations']['parameters']['query']>['sorts']>;
    type BetaSorts = NonNullable<NonNullable<V1beta1.operations['ListOrganizations']['parameters']['query']>['sorts']>;
    expectTypeOf<V1Sorts>().toEqualTypeOf<Sort[]>();
    expectTypeOf<BetaSorts>().toEqualTypeOf<Sort[]>();
    expectTypeOf(componentsParametersSortsValues).toEqualTypeOf<ReadonlyArray<Sort>>();
  });

  it('rejects a wrong enum value at compile time', () => {
    // @ts-expect-error 'DELETED' is not an Organization status
    const status: V1.Organization['status'] = 'DELETED';
    // @ts-expect-error OBSERVE is a v1beta1 product only
    const product: V1.OrganizationProductPlan['astronomerProduct'] = 'OBSERVE';
    const betaProduct: V1beta1.OrganizationProductPlan['astronomerProduct'] = 'OBSERVE';
    // @ts-expect-error sorts takes field:direction literals
    const sort: Sort = 'name';
    void [status, product, betaProduct, sort];
  });

  it('keeps required and optional fields as the spec states', () => {
    expectTypeOf<V1.Organization['productPlans']>().toEqualTypeOf<V1.OrganizationProductPlan[]>();
    expectTypeOf<V1beta1.Organization['productPlans']>().toEqualTypeOf<V1beta1.OrganizationProductPlan[] | undefined>();
    expectTypeOf<V1.UpdateOrganizationRequest>().toHaveProperty('hasAiFeaturesDisabled');
    expectTypeOf<V1beta1.UpdateOrganizationRequest>().not.toHaveProperty('hasAiFeaturesDisabled');
    expectTypeOf(planNameValues).toEqualTypeOf<ReadonlyArray<V1.PlanName>>();
  });
});
