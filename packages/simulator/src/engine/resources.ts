/**
 * The resources of an API, inferred from the shapes of its paths:
 *   `/…/deployments`                 a collection (its last segment is a literal)
 *   `/…/deployments/{deploymentId}`  an item of it (a parameter after the collection)
 * and what each operation does from its method and path: GET on a paginated collection lists,
 * POST on a collection creates, GET/POST/DELETE on an item gets, replaces, deletes. Any other
 * operation (`…/rotate`, `…/roles`, `…/logs`) is an action, served by a hand-written behaviour.
 */
import { componentName, schemaShape, type JsonObject, type OperationModel } from '@astro-api/openapi';
import { jsonSchemaOf } from './json-media.ts';

export interface Collection {
  /** Path template: `/organizations/{organizationId}/deployments`. */
  path: string;
  /** Its last segment: `deployments`. */
  name: string;
  /** The path parameter that names one item (`deploymentId`), when the spec has item paths. */
  itemParam?: string;
  /** Path parameters of the collection path, outermost first (`organizationId`). */
  parentParams: string[];
  /** Schema of a stored record: the item GET's answer, else a listed item, else the create's answer. */
  recordSchema?: JsonObject;
  /** The component the records are (`Deployment`), for messages and lifecycles. */
  recordName: string;
  /** The member of a record that holds its id: `id`, or one named like the item parameter (`inviteId`). */
  idField?: string;
}

export type OperationKind = 'list' | 'create' | 'get' | 'update' | 'delete' | 'action';

export interface OperationPlan {
  kind: OperationKind;
  operation: OperationModel;
  /** The collection a list or create works on, or the one an item operation's item belongs to. */
  collection?: Collection;
}

export interface ResourceMap {
  collections: Map<string, Collection>;
  plans: Map<string, OperationPlan>;
  /** Collections by the path parameter that names their items (`workspaceId` → workspaces). */
  byItemParam: Map<string, Collection>;
}

const paramOf = (segment: string | undefined) => /^\{([^}]+)\}$/.exec(segment ?? '')?.[1];

function splitItemPath(path: string): { collectionPath: string; param: string } | undefined {
  const segments = path.split('/');
  const param = paramOf(segments.at(-1));
  const literal = segments.at(-2);
  if (!param || !literal || paramOf(literal)) return undefined;
  return { collectionPath: segments.slice(0, -1).join('/'), param };
}

/** The schema of one item of a paginated list: the array member the pagination names. */
function listedItemSchema(document: unknown, operation: OperationModel | undefined): JsonObject | undefined {
  if (!operation?.pagination) return undefined;
  const page = schemaShape(document, jsonSchemaOf(operation));
  const items = page.properties.get(operation.pagination.items);
  return items ? schemaShape(document, items).items : undefined;
}

/** A readable singular name for messages when the spec names no component: `deployments` → `Deployment`. */
const singular = (name: string) => {
  const word = name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()).replace(/ies$/, 'y').replace(/s$/, '');
  return word.charAt(0).toUpperCase() + word.slice(1);
};

export function mapResources(document: unknown, operations: readonly OperationModel[]): ResourceMap {
  const itemPaths = new Map<string, string>();
  for (const operation of operations) {
    const split = splitItemPath(operation.path);
    if (split) itemPaths.set(split.collectionPath, split.param);
  }
  const at = (path: string, method: string) => operations.find((operation) => operation.path === path && operation.method === method);

  const collections = new Map<string, Collection>();
  const collectionAt = (path: string): Collection => {
    let collection = collections.get(path);
    if (collection) return collection;
    const itemParam = itemPaths.get(path);
    const itemGet = itemParam ? at(`${path}/{${itemParam}}`, 'GET') : undefined;
    const create = at(path, 'POST');
    const schemaNode = jsonSchemaOf(itemGet) ?? listedItemSchema(document, at(path, 'GET')) ?? (create?.successKind === 'json' ? jsonSchemaOf(create) : undefined);
    const record = schemaNode ? schemaShape(document, schemaNode) : undefined;
    const name = path.split('/').at(-1)!;
    collection = {
      path,
      name,
      ...(itemParam && { itemParam }),
      parentParams: path.split('/').map(paramOf).filter((param): param is string => param !== undefined),
      ...(schemaNode && { recordSchema: schemaNode }),
      recordName: componentName(schemaNode) ?? record?.name ?? singular(name),
      ...(record && (record.properties.has('id') ? { idField: 'id' } : itemParam && record.properties.has(itemParam) ? { idField: itemParam } : {})),
    };
    collections.set(path, collection);
    return collection;
  };

  const plans = new Map<string, OperationPlan>();
  for (const operation of operations) {
    const item = splitItemPath(operation.path);
    let plan: OperationPlan = { kind: 'action', operation };
    if (item) {
      const collection = collectionAt(item.collectionPath);
      const kind = operation.method === 'GET' ? 'get' : operation.method === 'DELETE' ? 'delete' : operation.method === 'POST' && operation.successKind === 'json' ? 'update' : 'action';
      plan = { kind, operation, collection };
    } else if (operation.method === 'GET' && operation.pagination) {
      plan = { kind: 'list', operation, collection: collectionAt(operation.path) };
    } else if (operation.method === 'POST' && itemPaths.has(operation.path) && operation.successKind === 'json') {
      plan = { kind: 'create', operation, collection: collectionAt(operation.path) };
    }
    plans.set(operation.operationId, plan);
  }

  const byItemParam = new Map<string, Collection>();
  for (const collection of collections.values()) if (collection.itemParam) byItemParam.set(collection.itemParam, collection);
  return { collections, plans, byItemParam };
}

/** The concrete path of a collection for the given path parameters: `/organizations/o1/deployments`. */
export function concretePath(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

