import { organizationView } from '../store/organization-view.ts';
import type { OperationHandler } from './context.ts';
import { organizationNotFound } from './not-found.ts';

export const getOrganization: OperationHandler = (context) => {
  const { organizationId } = context.parameters.path;
  const record = context.store.get(organizationId!);
  if (!record) throw organizationNotFound(context, organizationId!);
  const lookUpOnly = context.parameters.query.isLookUpOnly === true;
  return { status: 200, json: organizationView(record, context.shape, { lookUpOnly }) };
};
