/**
 * Records shaped by their schema, so that whatever the API answers is valid against the spec:
 * the request's members that the record schema declares are kept (nested objects shaped the same
 * way), and the members it requires are derived or filled:
 * - the id member gets a new id (nested objects with an `id` too), `createdAt`/`updatedAt` the current time, `createdBy`/`updatedBy`
 *   (any subject-profile member named so) the caller;
 * - a member named like a path parameter (`organizationId`, `deploymentId`) gets its value, and
 *   `<x>Name` the name of the record `<x>Id` points at (`workspaceName`);
 * - inside a nested object, the enclosing record's id (`clusterId` of a node pool) and same-named
 *   members (`cloudProvider`);
 * - otherwise the schema's default, `false` for a switch, `[]` for a list, the spec example's value for that member
 *   (with the example's id replaced), the first enum value, or a neutral value of the member's type.
 */
import { schemaShape, shapeFor, type JsonObject, type SchemaShape } from '@astro-api/openapi';
import type { SubjectProfile } from '../store/types.ts';
import type { JsonRecord } from './record-store.ts';

export interface ShapeContext {
  document: unknown;
  /** The current time in the API's timestamp form. */
  now: string;
  actor: SubjectProfile;
  /** A fresh id, for nested objects that carry their own (`workerQueues[].id`). */
  newId(): string;
  pathParams: Readonly<Record<string, string>>;
  /** The `name` of the record a reference member points at (`workspaceId`, id) → `Data Platform`. */
  referenceName(member: string, id: string): string | undefined;
}

export interface ShapeScope {
  /** The new record's id and the member that holds it. */
  id?: string;
  idField?: string;
  /** The spec's example of this record (its values fill required members the request leaves out). */
  example?: unknown;
  /** The path parameter naming the record's items (`clusterId`): nested objects point back with it. */
  itemParam?: string;
}

/** Members that describe one record only, never inherited by a nested object. */
const OWN_MEMBERS = new Set(['id', 'name', 'description', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'status']);
const ACTOR = /^(created|updated)/;

interface Level {
  example: unknown;
  exampleId: unknown;
  enclosing?: { record: JsonRecord; itemParam?: string };
  top: boolean;
}

export function shapeRecord(context: ShapeContext, schema: unknown, input: JsonRecord, scope: ShapeScope = {}): JsonRecord {
  const exampleId = scope.idField ? (scope.example as JsonRecord | undefined)?.[scope.idField] : undefined;
  return shapeObject(context, schema, input, { example: scope.example, exampleId, top: true }, scope);
}

function shapeObject(context: ShapeContext, schema: unknown, input: JsonRecord, level: Level, scope: ShapeScope): JsonRecord {
  const shape = shapeFor(context.document, schema, input);
  const record: JsonRecord = {};
  const self = level.top && scope.idField && scope.id !== undefined ? { ...input, [scope.idField]: scope.id } : input;
  for (const [name, member] of shape.properties) {
    const given = Object.hasOwn(input, name) ? input[name] : undefined;
    const example = exampleAt(level.example, name);
    let value: unknown;
    if (given !== undefined) {
      value = shapeGiven(context, member, given, { example, exampleId: level.exampleId, top: false, enclosing: { record: self, itemParam: level.top ? scope.itemParam : undefined } }, scope);
    } else {
      value = derive(context, name, member, input, level, scope);
      if (value === undefined && shape.required.includes(name)) value = fill(context, member, example, level, scope);
    }
    if (value !== undefined) record[name] = value;
  }
  return record;
}

function shapeGiven(context: ShapeContext, member: unknown, given: unknown, level: Level, scope: ShapeScope): unknown {
  if (given === null || typeof given !== 'object') return given;
  const shape = schemaShape(context.document, member);
  if (Array.isArray(given)) {
    const items = shape.items;
    if (!items || !isObjectSchema(schemaShape(context.document, items))) return structuredClone(given);
    const example = Array.isArray(level.example) ? level.example[0] : undefined;
    return given.map((item) => (item && typeof item === 'object' ? shapeObject(context, items, item, { ...level, example }, scope) : item));
  }
  if (!isObjectSchema(shapeFor(context.document, member, given))) return structuredClone(given);
  return shapeObject(context, member, given as JsonRecord, level, scope);
}

function derive(context: ShapeContext, name: string, member: unknown, input: JsonRecord, level: Level, scope: ShapeScope): unknown {
  if (level.top && name === scope.idField && scope.id !== undefined) return scope.id;
  if (!level.top && name === 'id') return context.newId();
  const shape = schemaShape(context.document, member);
  if ((name === 'createdAt' || name === 'updatedAt') && shape.format === 'date-time') return context.now;
  if (shape.name === 'BasicSubjectProfile' && ACTOR.test(name)) return { ...context.actor };
  if (level.top && Object.hasOwn(context.pathParams, name)) return context.pathParams[name];
  const reference = /^(.+)Name$/.exec(name)?.[1];
  if (reference && typeof input[`${reference}Id`] === 'string') return context.referenceName(`${reference}Id`, input[`${reference}Id`]);
  if (reference === 'organization' && context.pathParams.organizationId) return context.referenceName('organizationId', context.pathParams.organizationId);
  const enclosing = level.enclosing;
  if (enclosing) {
    if (name === enclosing.itemParam) return enclosing.record.id;
    if (!OWN_MEMBERS.has(name) && enclosing.record[name] !== undefined && typeof enclosing.record[name] !== 'object') return enclosing.record[name];
  }
  return undefined;
}

function fill(context: ShapeContext, member: unknown, example: unknown, level: Level, scope: ShapeScope): unknown {
  const shape = schemaShape(context.document, member);
  if (shape.default !== undefined) return structuredClone(shape.default);
  // A switch left out of the request is off: an example's `true` says nothing about a new record.
  if (shape.types.includes('boolean')) return false;
  // A list left out is empty: an example's items name other records.
  if (shape.types.includes('array')) return [];
  if (example !== undefined && fits(shape, example)) return withId(structuredClone(example), level.exampleId, scope.id);
  if (shape.enum?.length) return structuredClone(shape.enum[0]);
  if (shape.union) {
    const [tag, branch] = shape.union.branches.entries().next().value as [string, JsonObject];
    return shapeObject(context, branch, { [shape.union.propertyName]: tag }, { ...level, example: undefined, top: false }, scope);
  }
  const type = shape.types.find((candidate) => candidate !== 'null');
  if (type === 'boolean') return false;
  if (type === 'integer' || type === 'number') return shape.minimum !== undefined && shape.minimum > 0 ? shape.minimum : 0;
  if (type === 'array') return [];
  if (type === 'string') return shape.format === 'date-time' ? context.now : '';
  if (isObjectSchema(shape)) return shapeObject(context, member, {}, { ...level, example, top: false }, scope);
  return shape.types.includes('null') ? null : '';
}

const isObjectSchema = (shape: SchemaShape) => shape.properties.size > 0 || shape.union !== undefined;

function exampleAt(example: unknown, name: string): unknown {
  return example && typeof example === 'object' && !Array.isArray(example) ? (example as JsonRecord)[name] : undefined;
}

/** Whether an example value has the member's type (and is one of its enum values). */
function fits(shape: SchemaShape, value: unknown): boolean {
  if (shape.enum && !shape.enum.includes(value)) return false;
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
  if (shape.types.length === 0) return true;
  return shape.types.includes(type) || (type === 'integer' && shape.types.includes('number')) || (type === 'object' && shape.types.includes('object'));
}

/** Replaces the example's own id inside copied example text, so an example URL names the new record. */
function withId(value: unknown, exampleId: unknown, id: string | undefined): unknown {
  if (typeof exampleId !== 'string' || !exampleId || id === undefined) return value;
  const json = JSON.stringify(value);
  return json.includes(exampleId) ? JSON.parse(json.split(exampleId).join(id)) : value;
}
