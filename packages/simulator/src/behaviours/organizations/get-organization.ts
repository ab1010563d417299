import type { Behaviour } from '../../engine/context.ts';
import { organizationView } from '../../store/organization-view.ts';
import { requireOrganization } from './not-found.ts';

export const getOrganization: Behaviour = (context) => {
  const record = requireOrganization(context);
  const lookUpOnly = context.parameters.query.isLookUpOnly === true;
  return { status: 200, json: organizationView(record, context.api.organizationShape, { lookUpOnly }) };
};
