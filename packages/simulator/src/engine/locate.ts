/**
 * Finding what a request's path names: the parents along the path (an Organization, then a
 * Deployment, …) and the item itself. Whatever is missing answers 404 naming it.
 */
import { ApiError } from '../server/api-error.ts';
import type { RequestContext } from './context.ts';
import type { JsonRecord } from './record-store.ts';
import { concretePath, type Collection } from './resources.ts';

export const ORGANIZATIONS = '/organizations';

export const notFound = (what: string, id: string) => new ApiError(404, `${what} ${id} not found`);

/** The record a path names in a collection, Organizations included (they live in their own store). */
export function lookUp(context: RequestContext, collection: Collection, params: Readonly<Record<string, string>>, id: string): JsonRecord | undefined {
  if (collection.path === ORGANIZATIONS) return context.world.organizations.get(id) as JsonRecord | undefined;
  return context.world.records.get(concretePath(collection.path, params), id);
}

/** Checks every item the path passes through before the collection: `/organizations/{o}/deployments/{d}/deploys` → o, then d. */
export function requireParents(context: RequestContext, collection: Collection): void {
  const params = context.parameters.path;
  const segments = collection.path.split('/');
  for (let index = 2; index < segments.length; index += 1) {
    const param = /^\{([^}]+)\}$/.exec(segments[index]!)?.[1];
    if (!param) continue;
    const parent = context.api.resources.collections.get(segments.slice(0, index).join('/'));
    const id = params[param] ?? '';
    if (parent && !lookUp(context, parent, params, id)) throw notFound(parent.recordName, id);
  }
}

export interface LocatedItem {
  collection: Collection;
  /** The concrete collection path (`/organizations/o1/deployments`). */
  path: string;
  id: string;
  record: JsonRecord;
}

/** The item an item path names, after its parents. */
export function requireItem(context: RequestContext, collection = context.plan.collection!): LocatedItem {
  requireParents(context, collection);
  const id = context.parameters.path[collection.itemParam!] ?? '';
  const path = concretePath(collection.path, context.parameters.path);
  const record = lookUp(context, collection, context.parameters.path, id);
  if (!record) throw notFound(collection.recordName, id);
  return { collection, path, id, record };
}

/** Whether a collection's items belong directly to an Organization (Workspaces, Clusters; not a Deployment's Deploys). */
export const isOrganizationLevel = (collection: Collection): boolean => collection.parentParams.length === 1 && collection.parentParams[0] === 'organizationId';

/** The collection of the same Organization whose items a member names (`workspaceId` → its Workspaces). */
export function referencedCollection(context: RequestContext, member: string): Collection | undefined {
  const collection = context.api.resources.byItemParam.get(member);
  return collection && isOrganizationLevel(collection) ? collection : undefined;
}

/** A record of the request's Organization that a reference member points at (`clusterId`, id). */
export function lookUpReference(context: RequestContext, member: string, id: string): JsonRecord | undefined {
  if (member === 'organizationId') return context.world.organizations.get(id) as JsonRecord | undefined;
  const collection = referencedCollection(context, member);
  return collection ? lookUp(context, collection, context.parameters.path, id) : undefined;
}
