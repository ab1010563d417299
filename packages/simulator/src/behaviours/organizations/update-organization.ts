import type { Behaviour } from '../../engine/context.ts';
import type { OrganizationChanges } from '../../store/organization-store.ts';
import { organizationView } from '../../store/organization-view.ts';
import { requireOrganization } from './not-found.ts';

export const updateOrganization: Behaviour = (context) => {
  const { id } = requireOrganization(context);
  const record = context.world.organizations.update(id, context.body as OrganizationChanges, context.subject, context.now())!;
  return { status: 200, json: organizationView(record, context.api.organizationShape) };
};
