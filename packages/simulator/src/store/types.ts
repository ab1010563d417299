/** Value types of the in-memory store. One record serves both API versions through views. */

export type SubjectType = 'USER' | 'SERVICEKEY';

export interface SubjectProfile {
  id: string;
  subjectType: SubjectType;
  username?: string;
  fullName?: string;
  avatarUrl?: string;
  apiTokenName?: string;
}

export interface ManagedDomain {
  id: string;
  name: string;
  organizationId: string;
  status: 'PENDING' | 'VERIFIED';
  createdAt: string;
  updatedAt: string;
  enforcedLogins?: string[];
}

export type AstronomerProduct = 'ASTRO' | 'OBSERVE';

export interface ProductPlan {
  astronomerProduct: AstronomerProduct;
  organizationId: string;
  productPlanId: string;
  productPlanName: string;
}

export interface OrganizationRecord {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  createdBy: SubjectProfile;
  updatedBy: SubjectProfile;
  isScimEnabled: boolean;
  billingEmail?: string;
  managedDomains: ManagedDomain[];
  paymentMethod?: string;
  product: 'HOSTED' | 'HYBRID';
  status: 'ACTIVE' | 'INACTIVE' | 'SUSPENDED';
  trialExpiresAt?: string;
  /** The support plan (v1beta1 `supportPlan`); equals the ASTRO product plan when there is one. */
  supportPlan: string;
  /** Plans for every product; each API version shows the products its schema knows. */
  productPlans: ProductPlan[];
  allowEnhancedSupportAccess: boolean;
  shouldEnforceDedicatedClusters: boolean;
  hasAllowedIpAddressRanges: boolean;
  isBlockedEnableAiFeatures: boolean;
  hasAiFeaturesDisabled: boolean;
  /** Users and API tokens that act in the Organization; audit events are attributed to them. */
  members: SubjectProfile[];
  /** Seed and size of the Organization's generated audit log (events over the retention window). */
  audit: { seed: number; eventCount: number };
}

/** One line of an audit-log export (`AuditLogEvent` plus the response status of API calls). */
export interface AuditLogEvent {
  subjectId: string;
  subjectType: SubjectType;
  organizationId: string;
  timestamp: string;
  sourceIp: string;
  userAgent: string;
  method?: string;
  path?: string;
  requestBody?: string;
  requestId?: string;
  statusCode?: number;
}
