import { ApiError } from '../server/api-error.ts';
import type { OperationContext } from './context.ts';

/**
 * The answer for an Organization that does not exist: 404 where the operation documents it.
 * `GetOrganizationAuditLogs` documents no 404, so there the permission check fails first (403),
 * as it does for an Organization the token does not belong to.
 */
export function organizationNotFound(context: OperationContext, id: string): ApiError {
  if (context.operation.responses.has('404')) return new ApiError(404, `Organization ${id} not found`);
  return new ApiError(403, `The token has no access to Organization ${id}`);
}
