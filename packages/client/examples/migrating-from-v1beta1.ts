import type { Organization as BetaOrganization } from '@astro-api/client/v1beta1';
import type { Organization } from '@astro-api/client/v1';

// v1beta1 had one supportPlan; v1 has one plan per product in productPlans (always present).
export function astroPlan(organization: Organization): string | undefined {
  return organization.productPlans.find((plan) => plan.astronomerProduct === 'ASTRO')?.productPlanName;
}

export function betaAstroPlan(organization: BetaOrganization): string {
  return organization.supportPlan;
}
