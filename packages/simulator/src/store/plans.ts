/** How the seeded Organizations spread over plans, and what each kind of plan implies. */

/** Relative share of each ASTRO plan name (all 21 of the spec's `PlanName`). */
export const ASTRO_PLAN_WEIGHTS = {
  TRIAL: 14, TRIAL_V2: 6, POV: 2, BASIC: 8, BASIC_PAYGO: 3, STANDARD: 10, PREMIUM: 6, BUSINESS_CRITICAL: 5,
  BUSINESS: 7, BUSINESS_V2: 5, TEAM: 6, TEAM_V2: 5, TEAM_PAYGO: 3, DEVELOPER: 4, DEVELOPER_PAYGO: 3,
  ENTERPRISE: 6, ENTERPRISE_V2: 4, ENTERPRISE_BUSINESS_CRITICAL: 2, IBM_ENTERPRISE: 1, INTERNAL: 1, INACTIVE: 2,
} as const;

export const OBSERVE_PLAN_WEIGHTS = { TRIAL: 3, BASIC: 4, STANDARD: 4, PREMIUM: 2, BUSINESS_CRITICAL: 1 } as const;

export const PAYMENT_METHOD_WEIGHTS = {
  CREDIT_CARD: 35, INVOICE: 35, AWS_MARKETPLACE: 12, AZURE_MARKETPLACE: 6, GCP_MARKETPLACE: 7, SNOWFLAKE_MARKETPLACE: 5,
} as const;

export const STATUS_WEIGHTS = { ACTIVE: 90, INACTIVE: 6, SUSPENDED: 4 } as const;
/** A trial that ended without a paid plan leaves the Organization inactive, sometimes suspended. */
export const EXPIRED_TRIAL_STATUS_WEIGHTS = { INACTIVE: 80, SUSPENDED: 20 } as const;

const TRIAL_DAYS: Record<string, number> = { TRIAL: 14, TRIAL_V2: 14, POV: 30 };
const UNBILLED = new Set(['TRIAL', 'TRIAL_V2', 'POV', 'INTERNAL', 'DEVELOPER', 'INACTIVE']);
const ENTERPRISE = new Set(['ENTERPRISE', 'ENTERPRISE_V2', 'ENTERPRISE_BUSINESS_CRITICAL', 'IBM_ENTERPRISE', 'BUSINESS_CRITICAL', 'PREMIUM']);

export const trialDays = (plan: string): number | undefined => TRIAL_DAYS[plan];
export const isBilled = (plan: string): boolean => !UNBILLED.has(plan);
export const isEnterprise = (plan: string): boolean => ENTERPRISE.has(plan);

/** Size of an Organization's audit log over the retention window, by kind of plan. */
export function auditVolume(plan: string): [min: number, max: number] {
  if (plan === 'INACTIVE') return [0, 20];
  if (isEnterprise(plan)) return [2_000, 30_000];
  if (isBilled(plan)) return [200, 4_000];
  return [20, 400];
}
