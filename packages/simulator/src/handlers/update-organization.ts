import type { OrganizationChanges } from '../store/organization-store.ts';
import { organizationView } from '../store/organization-view.ts';
import type { OperationHandler } from './context.ts';
import { organizationNotFound } from './not-found.ts';

export const updateOrganization: OperationHandler = (context) => {
  const { organizationId } = context.parameters.path;
  const now = context.now();
  const record = context.store.update(organizationId!, context.body as OrganizationChanges, context.subject, now);
  if (!record) throw organizationNotFound(context, organizationId!);
  context.store.recordAuditEvent({
    subjectId: context.subject.id,
    subjectType: context.subject.subjectType,
    organizationId: record.id,
    timestamp: record.updatedAt,
    sourceIp: context.request.sourceIp,
    userAgent: context.request.userAgent,
    method: 'POST',
    path: context.request.path,
    requestBody: context.rawBody,
    requestId: context.requestId,
    statusCode: 200,
  });
  return { status: 200, json: organizationView(record, context.shape) };
};
