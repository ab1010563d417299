import type { OperationHandler } from './context.ts';
import { getOrganization } from './get-organization.ts';
import { getOrganizationAuditLogs } from './get-organization-audit-logs.ts';
import { listOrganizations } from './list-organizations.ts';
import { updateOrganization } from './update-organization.ts';

/** Behaviour per `operationId`; routing and validation come from the spec, for both versions. */
export const HANDLERS: Readonly<Record<string, OperationHandler>> = {
  ListOrganizations: listOrganizations,
  GetOrganization: getOrganization,
  UpdateOrganization: updateOrganization,
  GetOrganizationAuditLogs: getOrganizationAuditLogs,
};
