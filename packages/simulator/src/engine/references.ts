/**
 * References between records of one Organization, by member name: a member named like a
 * collection's item parameter (`workspaceId`, `clusterId`; `workspaceIds` for several) points at an
 * item of that collection.
 * - A request may only point at records that exist (404 naming the missing one).
 * - A record that others point at cannot be deleted (400 naming them): a Workspace that still holds
 *   Deployments, a Cluster that still runs some. The API's delete answers declare no 409, and
 *   cascading would silently delete what another team owns.
 */
import { ApiError } from '../server/api-error.ts';
import type { RequestContext } from './context.ts';
import { isOrganizationLevel, lookUpReference, notFound, referencedCollection } from './locate.ts';
import { concretePath, type Collection } from './resources.ts';
import type { JsonRecord } from './record-store.ts';

const singularOf = (name: string) => (name.endsWith('s') ? name.slice(0, -1) : name);

/** Every top-level reference of a body must name an existing record. */
export function checkReferences(context: RequestContext, body: JsonRecord): void {
  for (const [member, value] of Object.entries(body)) {
    const name = Array.isArray(value) ? singularOf(member) : member;
    const collection = referencedCollection(context, name);
    if (!collection) continue;
    for (const id of Array.isArray(value) ? value : [value]) {
      if (typeof id === 'string' && !lookUpReference(context, name, id)) throw notFound(collection.recordName, id);
    }
  }
}

/** Refuses to delete a record that records of the Organization's other collections still point at. */
export function checkDependents(context: RequestContext, collection: Collection, id: string): void {
  const member = collection.itemParam;
  if (!member) return;
  for (const other of context.api.resources.collections.values()) {
    if (other === collection || !isOrganizationLevel(other)) continue;
    const holders = context.world.records
      .list(concretePath(other.path, context.parameters.path))
      .filter((record) => record[member] === id);
    if (holders.length === 0) continue;
    const named = holders.slice(0, 3).map((record) => record.id ?? record.name).join(', ');
    const more = holders.length > 3 ? ` and ${holders.length - 3} more` : '';
    throw new ApiError(
      400,
      `${collection.recordName} ${id} still has ${holders.length} ${other.recordName} record${holders.length === 1 ? '' : 's'} (${named}${more}); delete ${holders.length === 1 ? 'it' : 'them'} first`,
    );
  }
}
