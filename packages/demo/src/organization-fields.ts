/** The Organization and audit-event fields the demo reads, and how it shows them. Free of the client. */
export interface DemoOrganization {
  id: string;
  name: string;
  updatedAt: string;
  updatedBy: { id: string; subjectType?: string; username?: string; fullName?: string; apiTokenName?: string };
  isScimEnabled: boolean;
  billingEmail?: string;
  product?: string;
  status?: string;
  supportPlan?: string;
  productPlans?: { astronomerProduct: string; productPlanName: string }[];
}

export interface DemoAuditEvent {
  subjectType: string;
  timestamp: string;
  method?: string;
  requestId?: string;
}

/** The plan to show for an Organization: v1beta1's support plan, else the ASTRO product plan. */
export const planOf = (organization: DemoOrganization): string =>
  organization.supportPlan ?? organization.productPlans?.find((plan) => plan.astronomerProduct === 'ASTRO')?.productPlanName ?? '—';

/** Who last changed an Organization, readable. */
export const actorOf = (organization: DemoOrganization): string =>
  organization.updatedBy.fullName ?? organization.updatedBy.username ?? organization.updatedBy.apiTokenName ?? organization.updatedBy.id;
