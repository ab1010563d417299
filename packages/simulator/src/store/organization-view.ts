import type { OrganizationShape } from '../spec/organization-shape.ts';
import type { OrganizationRecord } from './types.ts';

/**
 * One API version's view of a record: the members its `Organization` schema declares, with the
 * product plans of the products it knows. A look-up (`isLookUpOnly=true`) returns only the
 * members the schema requires: the Organization's identity and metadata, without billing,
 * domains or plan details beyond what the version makes mandatory.
 */
export function organizationView(
  record: OrganizationRecord,
  shape: OrganizationShape,
  options: { lookUpOnly?: boolean } = {},
): Record<string, unknown> {
  const source: Record<string, unknown> = {
    ...record,
    productPlans: record.productPlans
      .filter((plan) => shape.products.includes(plan.astronomerProduct))
      .map((plan) => ({ ...plan })),
  };
  const keys = options.lookUpOnly ? shape.required : shape.properties;
  const view: Record<string, unknown> = {};
  for (const key of keys) {
    if (source[key] !== undefined) view[key] = source[key];
  }
  return view;
}
