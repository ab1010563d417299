/**
 * The one engine behind every store-and-return operation: list, create, get, update (full
 * replace) and delete over the collections the path shapes describe, with records shaped by their
 * schemas and answers projected onto the operation's response schema.
 */
import { schemaShape, shapeFor, type OperationModel } from '@astro-api/openapi';
import { ApiError } from '../server/api-error.ts';
import type { Reply } from '../server/reply.ts';
import { formatTimestamp } from '../store/timestamps.ts';
import { toFieldErrors } from '../validation/field-error.ts';
import { startLifecycle } from '../behaviours/lifecycles.ts';
import type { Behaviour, RequestContext } from './context.ts';
import { jsonMedia, jsonSchemaOf, requestSchemaOf } from './json-media.ts';
import { compileListQuery, runListQuery, type CompiledListQuery } from './list-query.ts';
import { lookUpReference, requireItem, requireParents, type LocatedItem } from './locate.ts';
import { project } from './project.ts';
import type { JsonRecord } from './record-store.ts';
import { checkDependents, checkReferences } from './references.ts';
import { concretePath, type Collection } from './resources.ts';
import { shapeRecord, type ShapeContext } from './shape-record.ts';

/** The answer of a successful operation: its success status, the value seen through its schema. */
export function answer(context: RequestContext, value: unknown): Reply {
  const status = Number(context.operation.success.status);
  if (context.operation.successKind === 'empty') return { status, empty: true };
  return { status, json: project(context.api.document, jsonSchemaOf(context.operation), value) };
}

export function shapeContext(context: RequestContext): ShapeContext {
  const nowMs = context.now().getTime();
  return {
    document: context.api.document,
    now: formatTimestamp(nowMs),
    actor: context.subject,
    newId: () => context.world.ids.next(nowMs),
    pathParams: context.parameters.path,
    referenceName: (member, id) => lookUpReference(context, member, id)?.name,
  };
}

const examples = new WeakMap<Collection, unknown>();

/** The spec's example of a collection's record: from its item GET, its create, or its list. */
export function exampleOf(context: RequestContext, collection: Collection): unknown {
  if (examples.has(collection)) return examples.get(collection);
  const operations = context.api.operations.filter((operation) => context.api.resources.plans.get(operation.operationId)?.collection === collection);
  const pick = (kind: string) => operations.find((operation) => context.api.resources.plans.get(operation.operationId)?.kind === kind);
  const first = (operation: OperationModel | undefined) => jsonMedia(operation?.success.content)?.examples[0]?.value;
  let example = first(pick('get')) ?? first(pick('create'));
  const list = pick('list');
  if (example === undefined && list?.pagination) example = (first(list) as JsonRecord | undefined)?.[list.pagination.items]?.[0];
  examples.set(collection, example);
  return example;
}

/** How a record of `collection` stored under `id` is shaped: its id member, the spec's example, its path parameter. */
const shapeOptions = (context: RequestContext, collection: Collection, id: string) => ({ id, idField: collection.idField, example: exampleOf(context, collection), itemParam: collection.itemParam });

/** A record must be valid against its schema before it is stored: what a request cannot make valid is a 400. */
export function checkStorable(context: RequestContext, collection: Collection, record: JsonRecord): void {
  if (!collection.recordSchema) return;
  const violations = context.api.validator.validateSchema(collection.recordSchema, record);
  if (violations.length === 0) return;
  const fieldErrors = toFieldErrors('body', violations);
  throw new ApiError(400, `The ${collection.recordName} cannot be stored as requested: ${fieldErrors.map((error) => error.message).join('; ')}`, { fieldErrors });
}

const compiled = new WeakMap<OperationModel, CompiledListQuery>();

export function listQueryOf(context: RequestContext, collection: Collection): CompiledListQuery {
  let query = compiled.get(context.operation);
  if (!query) {
    query = compileListQuery(context.api.document, context.operation, collection.recordSchema, collection.itemParam, collection.idField);
    compiled.set(context.operation, query);
  }
  return query;
}

export interface ListOptions {
  /** The records to list instead of the collection's own (a behaviour that lists something derived). */
  records?: JsonRecord[];
  /** A further condition, for query parameters that name no member. */
  filter?: (record: JsonRecord) => boolean;
  /** How each record shows in the page (before projection onto the page's item schema). */
  view?: (record: JsonRecord) => JsonRecord;
  /** More members of the page (`defaultRoles`). */
  extra?: JsonRecord;
  /** Query parameters the behaviour applies itself (through `filter`) instead of the generic member filter. */
  replaces?: string[];
}

export function listRecords(context: RequestContext, options: ListOptions = {}): Reply {
  const collection = context.plan.collection!;
  requireParents(context, collection);
  let records = options.records ?? context.world.records.list(concretePath(collection.path, context.parameters.path));
  if (options.filter) records = records.filter(options.filter);
  const query = options.replaces ? Object.fromEntries(Object.entries(context.parameters.query).filter(([name]) => !options.replaces!.includes(name))) : context.parameters.query;
  const page = runListQuery(listQueryOf(context, collection), records, query);
  const items = options.view ? page.items.map(options.view) : page.items;
  const property = context.operation.pagination!.items;
  return answer(context, { ...options.extra, [property]: items, limit: page.limit, offset: page.offset, totalCount: page.totalCount });
}

export interface CreateOptions {
  /** What to shape the record from, instead of the request body. */
  input?: JsonRecord;
  /** The key the record is stored under, when it is not a new id (a team member by its user id). */
  key?: string;
  /** Changes made to the shaped record before it is checked and stored. */
  prepare?: (record: JsonRecord) => void;
}

export function createRecord(context: RequestContext, options: CreateOptions = {}, collection = context.plan.collection!): JsonRecord {
  requireParents(context, collection);
  const input = options.input ?? (context.body as JsonRecord | undefined) ?? {};
  checkReferences(context, input);
  const shaping = shapeContext(context);
  const id = options.key ?? shaping.newId();
  const record = shapeRecord(shaping, collection.recordSchema, input, shapeOptions(context, collection, id));
  options.prepare?.(record);
  startLifecycle(context, collection, record, 'create');
  checkStorable(context, collection, record);
  context.world.records.put(concretePath(collection.path, context.parameters.path), id, record);
  return record;
}

export function getRecord(context: RequestContext): JsonRecord {
  return requireItem(context).record;
}

/**
 * Full replace: the members the request body's schema declares take the body's values (absent
 * ones are removed), the server's own members (id, creation, status, URLs) stay, and the update
 * moves `updatedAt`/`updatedBy`. The same holds inside nested objects: a member the request cannot
 * name stays (an environment variable's `isSecret` when only its `value` is sent). A union's tag
 * (`type` of a Deployment) cannot change.
 */
export function replaceRecord(context: RequestContext, options: { prepare?: (record: JsonRecord) => void } = {}, item: LocatedItem = requireItem(context)): JsonRecord {
  const { collection, record } = item;
  const body = (context.body as JsonRecord | undefined) ?? {};
  checkReferences(context, body);
  const requestSchema = requestSchemaOf(context.operation);
  const union = schemaShape(context.api.document, requestSchema).union;
  // The tag names the record's kind: its own member of that name, or `type` for a `<resource>Type` tag (`clusterType`).
  const kind = union && (record[union.propertyName] ?? (union.propertyName.endsWith('Type') ? record.type : undefined));
  if (union && kind !== undefined && body[union.propertyName] !== kind) {
    throw new ApiError(400, `${union.propertyName} cannot change from ${kind} to ${body[union.propertyName]}`, {
      fieldErrors: [{ code: 'eq', field: union.propertyName, message: `${union.propertyName} must stay ${kind}` }],
    });
  }
  const merged = requestSchema ? replaceManaged(context.api.document, requestSchema, record, body) : { ...record, ...body };
  delete merged.updatedAt;
  delete merged.updatedBy;
  const next = shapeRecord(shapeContext(context), collection.recordSchema, merged, shapeOptions(context, collection, item.id));
  options.prepare?.(next);
  checkStorable(context, collection, next);
  for (const member of Object.keys(record)) delete record[member];
  Object.assign(record, next);
  startLifecycle(context, collection, record, 'update');
  return record;
}

const isPlainObject = (value: unknown): value is JsonRecord => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The record with the request schema's members replaced by the body's, recursively for nested objects. */
function replaceManaged(document: unknown, requestSchema: unknown, record: JsonRecord, body: JsonRecord): JsonRecord {
  const merged: JsonRecord = { ...record };
  for (const [member, memberSchema] of shapeFor(document, requestSchema, body).properties) {
    const given = body[member];
    if (given === undefined) delete merged[member];
    else if (isPlainObject(given) && isPlainObject(record[member]) && shapeFor(document, memberSchema, given).properties.size > 0) {
      merged[member] = replaceManaged(document, memberSchema, record[member], given);
    } else merged[member] = given;
  }
  return merged;
}

export function deleteRecord(context: RequestContext, item: LocatedItem = requireItem(context)): void {
  checkDependents(context, item.collection, item.id);
  context.world.lifecycle.cancel(item.record);
  context.world.records.delete(item.path, item.id);
}

/** The behaviour of each kind of operation when no hand-written one replaces it. */
export const GENERIC: Partial<Record<string, Behaviour>> = {
  list: (context) => listRecords(context),
  create: (context) => answer(context, createRecord(context)),
  get: (context) => answer(context, getRecord(context)),
  update: (context) => answer(context, replaceRecord(context)),
  delete: (context) => {
    deleteRecord(context);
    return answer(context, undefined);
  },
};
