/**
 * What a token the simulator issued may reach. Every issued token belongs to one Organization. A
 * Workspace token acts only on its Workspace and the Deployments in it, a Deployment token (agent
 * tokens included) only on its Deployment: the request must name them (in the path, as a
 * `workspaceId(s)`/`deploymentId(s)` query filter, or as the body's `workspaceId`), and everything it
 * names must lie inside the token's scope. Anything else answers 403.
 */
import type { RequestContext } from '../engine/context.ts';
import { lookUpReference } from '../engine/locate.ts';
import { ApiError } from '../server/api-error.ts';

const asList = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((item): item is string => typeof item === 'string');

function named(context: RequestContext, singular: string): string[] {
  const { path, query } = context.parameters;
  const body = context.body && typeof context.body === 'object' && !Array.isArray(context.body) ? (context.body as Record<string, unknown>) : {};
  return [...asList(path[singular]), ...asList(query[singular]), ...asList(query[`${singular}s`]), ...asList(body[singular])];
}

export function checkScope(context: RequestContext): void {
  const issued = context.caller.issued;
  if (!issued) return;
  const organizationId = context.parameters.path.organizationId;
  if (organizationId === undefined) return;
  if (organizationId !== issued.organizationId) {
    throw new ApiError(403, `This API token belongs to Organization ${issued.organizationId} and cannot act on Organization ${organizationId}`);
  }
  if (issued.scope === 'ORGANIZATION') return;

  const workspaces = named(context, 'workspaceId');
  const deployments = named(context, 'deploymentId');
  const workspaceOf = (deploymentId: string) => lookUpReference(context, 'deploymentId', deploymentId)?.workspaceId;
  const kind = issued.scope === 'WORKSPACE' ? 'Workspace' : 'Deployment';
  const refuse = (detail: string) => new ApiError(403, `A ${kind} API token acts only inside its ${kind} ${issued.entityId}: ${detail}`);
  if (workspaces.length + deployments.length === 0) throw refuse(`this request names no ${kind}; ${context.operation.operationId} needs a broader token`);
  if (issued.scope === 'WORKSPACE') {
    const outside = workspaces.find((id) => id !== issued.entityId) ?? deployments.find((id) => workspaceOf(id) !== issued.entityId);
    if (outside !== undefined) throw refuse(`${outside} lies outside it`);
  } else {
    if (deployments.length === 0) throw refuse(`this request names no Deployment; ${context.operation.operationId} needs a broader token`);
    const own = workspaceOf(issued.entityId);
    const outside = deployments.find((id) => id !== issued.entityId) ?? workspaces.find((id) => id !== own);
    if (outside !== undefined) throw refuse(`${outside} lies outside it`);
  }
}
