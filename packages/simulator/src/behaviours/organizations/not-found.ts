import type { RequestContext } from '../../engine/context.ts';
import { notFound } from '../../engine/locate.ts';
import type { OrganizationRecord } from '../../store/types.ts';

/** The Organization the path names, or a 404 (a 403 where the operation declares no 404, see serve-operation). */
export function requireOrganization(context: RequestContext): OrganizationRecord {
  const id = context.parameters.path.organizationId!;
  const record = context.world.organizations.get(id);
  if (!record) throw notFound('Organization', id);
  return record;
}
