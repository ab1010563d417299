/** Small helpers the hand-written behaviours share. */
import type { RequestContext } from '../engine/context.ts';
import { requireItem, type LocatedItem } from '../engine/locate.ts';
import type { Collection } from '../engine/resources.ts';
import { ApiError } from '../server/api-error.ts';

/** The collection whose items a path parameter names (`deploymentId` → Deployments). */
export function collectionOf(context: RequestContext, itemParam: string): Collection {
  const collection = context.api.resources.byItemParam.get(itemParam);
  if (!collection) throw new Error(`The spec has no collection of items named by {${itemParam}}`);
  return collection;
}

/** The item a path parameter of the request names, with its parents (404 for anything missing). */
export const itemNamedBy = (context: RequestContext, itemParam: string): LocatedItem => requireItem(context, collectionOf(context, itemParam));

/** A 400 for one field, in the shape of a validation failure. */
export function fieldError(field: string, message: string, code = 'invalid'): ApiError {
  return new ApiError(400, `Invalid request: ${message}`, { fieldErrors: [{ code, field, message }] });
}

export const body = <T = Record<string, any>>(context: RequestContext): T => (context.body ?? {}) as T;
