/**
 * Builds the seeded Organizations: realistic spreads of plans, products, statuses, payment
 * methods, managed domains and members. The same seed, count and reference time always give the
 * same records, in creation order.
 */
import { cuid } from './cuid.ts';
import { mixSeed, mulberry32, type Random } from './prng.ts';
import {
  ASTRO_PLAN_WEIGHTS, EXPIRED_TRIAL_STATUS_WEIGHTS, OBSERVE_PLAN_WEIGHTS, PAYMENT_METHOD_WEIGHTS, STATUS_WEIGHTS,
  auditVolume, isBilled, isEnterprise, trialDays,
} from './plans.ts';
import { createApiToken, createUser } from './subjects.ts';
import { DAY, formatTimestamp } from './timestamps.ts';
import type { ManagedDomain, OrganizationRecord, ProductPlan, SubjectProfile } from './types.ts';
import { BRANDS, ENFORCED_LOGINS, QUALIFIERS, SUFFIXES, TLDS } from './vocabulary.ts';

export interface SeedOptions {
  seed: number;
  count: number;
  /** The seeded world's "now": creation times lie before it, audit logs end at it. */
  referenceTime: Date;
  /** Gives every Organization exactly this many audit events instead of a plan-based volume. */
  auditEventsPerOrganization?: number;
}

const FIRST_CREATION = Date.UTC(2020, 0, 1);

export function generateOrganizations(options: SeedOptions): OrganizationRecord[] {
  const random = mulberry32(options.seed);
  const latest = Math.max(FIRST_CREATION + DAY, options.referenceTime.getTime() - DAY);
  // sqrt skews creation towards recent years, like a growing customer base.
  const creationTimes = Array.from({ length: options.count }, () =>
    Math.floor(FIRST_CREATION + (latest - FIRST_CREATION) * Math.sqrt(random.next())),
  ).sort((a, b) => a - b);
  const names = new Set<string>();
  return creationTimes.map((createdMs, index) => generateOrganization(random, names, createdMs, index, options));
}

function generateOrganization(
  random: Random,
  names: Set<string>,
  createdMs: number,
  index: number,
  options: SeedOptions,
): OrganizationRecord {
  const referenceMs = options.referenceTime.getTime();
  const id = cuid(random, createdMs, index);
  const brand = random.pick(BRANDS);
  const suffix = random.pick(SUFFIXES);
  const name = uniqueName(random, names, `${brand} ${suffix}`, index);
  const slug = `${brand} ${suffix}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const domain = `${slug}.${random.pick(TLDS)}`;

  const plan = random.weighted(ASTRO_PLAN_WEIGHTS);
  const enterprise = isEnterprise(plan);
  const members = createMembers(random, domain, createdMs, index, isBilled(plan));
  const updatedMs = createdMs + Math.floor(random.next() * (referenceMs - createdMs));
  const product = random.chance(0.75) ? 'HOSTED' : 'HYBRID';
  const trial = trialDays(plan);
  const trialEndMs = trial === undefined ? undefined : createdMs + trial * DAY;
  const status =
    plan === 'INACTIVE' ? 'INACTIVE'
    : trialEndMs !== undefined && trialEndMs < referenceMs ? random.weighted(EXPIRED_TRIAL_STATUS_WEIGHTS)
    : random.weighted(STATUS_WEIGHTS);
  const [minEvents, maxEvents] = auditVolume(plan);
  // Drawn even when overridden, so the audit volume never shifts the rest of the seeded data.
  const plannedEvents = random.int(minEvents, maxEvents);

  return {
    id,
    name,
    createdAt: formatTimestamp(createdMs),
    updatedAt: formatTimestamp(updatedMs),
    createdBy: members[0]!,
    updatedBy: random.pick(members),
    isScimEnabled: random.chance(enterprise ? 0.6 : 0.1),
    billingEmail: random.chance(0.9) ? `${random.pick(['billing', 'finance', 'accounts', 'ap'])}@${domain}` : undefined,
    managedDomains: createDomains(random, id, domain, slug, createdMs, referenceMs, enterprise),
    paymentMethod: isBilled(plan) ? random.weighted(PAYMENT_METHOD_WEIGHTS) : undefined,
    product,
    status,
    trialExpiresAt: trialEndMs === undefined ? undefined : formatTimestamp(trialEndMs),
    supportPlan: plan,
    productPlans: createPlans(random, id, plan, createdMs, index),
    allowEnhancedSupportAccess: random.chance(0.3),
    shouldEnforceDedicatedClusters: random.chance(product === 'HYBRID' ? 0.5 : enterprise ? 0.25 : 0.05),
    hasAllowedIpAddressRanges: random.chance(enterprise ? 0.4 : 0.05),
    isBlockedEnableAiFeatures: random.chance(0.05),
    hasAiFeaturesDisabled: random.chance(0.1),
    members,
    audit: {
      seed: mixSeed(options.seed, index),
      eventCount: options.auditEventsPerOrganization ?? plannedEvents,
    },
  };
}

function uniqueName(random: Random, names: Set<string>, base: string, index: number): string {
  let name = base;
  if (names.has(name)) name = `${base} ${random.pick(QUALIFIERS)}`;
  if (names.has(name)) name = `${base} ${index}`;
  names.add(name);
  return name;
}

function createMembers(random: Random, domain: string, createdMs: number, index: number, billed: boolean): SubjectProfile[] {
  const users = Array.from({ length: random.int(1, 4) }, (_, n) => createUser(random, domain, createdMs, index * 8 + n));
  const tokens = Array.from({ length: billed ? random.int(0, 3) : random.int(0, 1) }, (_, n) =>
    createApiToken(random, createdMs, index * 8 + 4 + n),
  );
  return [...users, ...tokens];
}

function createPlans(random: Random, organizationId: string, plan: string, createdMs: number, index: number): ProductPlan[] {
  const plans: ProductPlan[] = [];
  // Half of the inactive Organizations no longer hold any product plan.
  if (plan !== 'INACTIVE' || random.chance(0.5)) {
    plans.push({ astronomerProduct: 'ASTRO', organizationId, productPlanId: cuid(random, createdMs, index), productPlanName: plan });
  }
  if (plan !== 'INACTIVE' && random.chance(0.15)) {
    const observe = random.weighted(OBSERVE_PLAN_WEIGHTS);
    plans.push({ astronomerProduct: 'OBSERVE', organizationId, productPlanId: cuid(random, createdMs, index + 1), productPlanName: observe });
  }
  return plans;
}

function createDomains(
  random: Random,
  organizationId: string,
  domain: string,
  slug: string,
  createdMs: number,
  referenceMs: number,
  enterprise: boolean,
): ManagedDomain[] {
  const count = enterprise ? random.int(1, 3) : random.chance(0.3) ? 1 : 0;
  return Array.from({ length: count }, (_, n) => {
    const addedMs = createdMs + Math.floor(random.next() * (referenceMs - createdMs) * 0.5);
    const changedMs = addedMs + Math.floor(random.next() * (referenceMs - addedMs));
    const enforcedLogins = random.chance(0.7) ? [...random.pick(ENFORCED_LOGINS)] : undefined;
    return {
      id: cuid(random, addedMs, n),
      name: n === 0 ? domain : `${slug}-${n}.${random.pick(TLDS)}`,
      organizationId,
      status: random.chance(0.8) ? 'VERIFIED' : 'PENDING',
      createdAt: formatTimestamp(addedMs),
      updatedAt: formatTimestamp(changedMs),
      ...(enforcedLogins ? { enforcedLogins } : {}),
    };
  });
}
