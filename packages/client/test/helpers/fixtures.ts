/** Values shared by the tests: a recognisable token, a base URL, and spec-shaped bodies. */
import { createClient, type AstroClient, type ClientOptions, type Organization } from '../../src/v1.ts';

export const TOKEN = 'astro-test-token-7f3a9c2e';
export const BASE_URL = 'https://api.example.test/v1';

export function organization(id: string, overrides: Partial<Organization> = {}): Organization {
  const actor = { id: 'user-1', subjectType: 'USER' as const };
  return {
    id,
    name: `Org ${id}`,
    createdAt: '2026-01-28T10:00:00Z',
    updatedAt: '2026-01-28T10:00:00Z',
    createdBy: actor,
    updatedBy: actor,
    isScimEnabled: false,
    productPlans: [],
    allowEnhancedSupportAccess: false,
    shouldEnforceDedicatedClusters: false,
    hasAllowedIpAddressRanges: false,
    ...overrides,
  };
}

export const errorBody = (statusCode: number, message: string, requestId = 'req-123') => ({ statusCode, message, requestId });

export const ORGANIZATION_ID = 'org-1';

/** A v1 client for tests: the test token, base URL and Organization, and no pacing unless a test asks for it. */
export const testClient = (options: ClientOptions = {}): AstroClient => createClient({ token: TOKEN, baseUrl: BASE_URL, organizationId: ORGANIZATION_ID, pacing: false, ...options });
