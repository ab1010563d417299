/**
 * A list operation's query, read against the schema of the records it lists:
 * - a query parameter that names a member filters on it: `names` → `name`, `kind` → `kind`,
 *   `workspaceIds` → `workspaceId` (any of the values), the item parameter (`deploymentIds` on
 *   Deployments) → the record's id, a member of nested objects (`workspaceId` of a User's
 *   `workspaceRoles`), or the one member whose name ends with it (`provider` → `cloudProvider`);
 * - each `sorts` value (`name:asc`, `createdById:desc`, `tokenStartAt:asc`) maps to a member path;
 * - `offset` and `limit` cut the page; `totalCount` counts every match.
 * Parameters that name no member are left to a behaviour (reported by `unapplied`).
 */
import { schemaShape, type JsonObject } from '@astro-api/openapi';
import type { OperationModel } from '@astro-api/openapi';
import type { JsonRecord } from './record-store.ts';

export interface CompiledListQuery {
  filters: Map<string, (record: JsonRecord, value: unknown) => boolean>;
  /** Sort value (`name:asc`) → member path and direction. */
  sorts: Map<string, { path: string[]; direction: 1 | -1 }>;
  /** Query parameters that are neither paging nor a member: a behaviour decides what they do. */
  unapplied: string[];
  /** Sort keys that name no member of the page's item schema (they sort by the stored member of that name). */
  unmatchedSorts: string[];
}

const PAGING = new Set(['offset', 'limit', 'sorts']);

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const singularOf = (name: string) => (name.endsWith('s') ? name.slice(0, -1) : name);

/** Every member path of a schema, nested objects and arrays of objects included (two levels deep). */
function memberPaths(document: unknown, schema: unknown, depth = 0): string[][] {
  const shape = schemaShape(document, schema);
  const paths: string[][] = [];
  for (const [name, member] of shape.properties) {
    paths.push([name]);
    if (depth >= 1) continue;
    const inner = schemaShape(document, member);
    const nested = inner.items ?? (inner.properties.size ? member : undefined);
    if (nested) for (const path of memberPaths(document, nested, depth + 1)) paths.push([name, ...path]);
  }
  return paths;
}

/** Values at a member path; arrays along the way are flattened. */
function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  if (path.length === 0) return Array.isArray(value) ? value : [value];
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path));
  if (!value || typeof value !== 'object' || !Object.hasOwn(value, path[0]!)) return [];
  return valuesAt((value as JsonRecord)[path[0]!], path.slice(1));
}

export function compileListQuery(document: unknown, operation: OperationModel, recordSchema: JsonObject | undefined, itemParam?: string, idField = 'id'): CompiledListQuery {
  const paths = recordSchema ? memberPaths(document, recordSchema) : [];
  const top = paths.filter((path) => path.length === 1).map((path) => path[0]!);
  const filters = new Map<string, (record: JsonRecord, value: unknown) => boolean>();
  const unapplied: string[] = [];
  for (const parameter of operation.query) {
    if (PAGING.has(parameter.name)) continue;
    const name = parameter.name;
    const candidates = [name, singularOf(name)];
    let found: string[][] = [];
    if (itemParam && candidates.includes(itemParam)) found = [[idField]];
    if (!found.length) found = paths.filter((member) => member.length === 1 && candidates.includes(member[0]!));
    // Nested: every list of objects holding the member (a Team's `dagRoles` and `deploymentRoles` both name Deployments).
    if (!found.length) found = paths.filter((member) => member.length === 2 && candidates.includes(member[1]!));
    if (!found.length) {
      const endings = top.filter((member) => candidates.some((candidate) => member.endsWith(capitalize(candidate))));
      if (endings.length === 1) found = [[endings[0]!]];
    }
    if (!found.length) {
      unapplied.push(name);
      continue;
    }
    const at = found;
    filters.set(name, (record, value) => {
      const wanted = Array.isArray(value) ? value : [value];
      return at.some((path) => valuesAt(record, path).some((item) => wanted.includes(item)));
    });
  }

  const sorts = new Map<string, { path: string[]; direction: 1 | -1 }>();
  const unmatchedSorts: string[] = [];
  const sortParameter = operation.query.find((parameter) => parameter.name === 'sorts');
  const sortValues: unknown[] = sortParameter ? (schemaShape(document, schemaShape(document, sortParameter.schema).items).enum ?? []) : [];
  for (const value of sortValues) {
    const [key, direction] = String(value).split(':') as [string, string];
    const path = sortPath(top, key);
    if (!path) unmatchedSorts.push(key);
    // A key that names no member of the page's item schema still sorts by the stored member of that name.
    sorts.set(String(value), { path: path ?? [key], direction: direction === 'desc' ? -1 : 1 });
  }
  return { filters, sorts, unapplied, unmatchedSorts: [...new Set(unmatchedSorts)] };
}

/** `name` → [name]; `createdById` → [createdBy, id]; `ipAddress` → [ipAddressRange]; `tokenStartAt` → [startAt]. */
function sortPath(members: string[], key: string): string[] | undefined {
  if (members.includes(key)) return [key];
  const owner = /^(.+)Id$/.exec(key)?.[1];
  if (owner && members.includes(owner)) return [owner, 'id'];
  const longer = members.filter((member) => member.startsWith(key));
  if (longer.length === 1) return [longer[0]!];
  const shorter = members.filter((member) => key.endsWith(capitalize(member)));
  if (shorter.length === 1) return [shorter[0]!];
  return undefined;
}

type SortKey = string | number | boolean | undefined;

function sortKey(record: JsonRecord, path: readonly string[]): SortKey {
  let value: unknown = record;
  for (const name of path) value = value && typeof value === 'object' ? (value as JsonRecord)[name] : undefined;
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
}

function compare(left: SortKey, right: SortKey): number {
  if (left === right) return 0;
  if (left === undefined) return 1;
  if (right === undefined) return -1;
  if (typeof left === 'string' && typeof right === 'string') {
    const folded = left.toLowerCase().localeCompare(right.toLowerCase(), 'en');
    return folded || (left < right ? -1 : 1);
  }
  return left < right ? -1 : 1;
}

/** Filters by the query, sorts by every key in order (stable: creation order breaks ties), and cuts the page. */
export function runListQuery(
  compiled: CompiledListQuery,
  records: readonly JsonRecord[],
  query: Readonly<Record<string, unknown>>,
): { items: JsonRecord[]; totalCount: number; offset: number; limit: number } {
  const active = [...compiled.filters].filter(([name]) => query[name] !== undefined);
  let matches = active.length ? records.filter((record) => active.every(([name, test]) => test(record, query[name]))) : [...records];
  const keys = ((query.sorts as string[] | undefined) ?? []).map((sort) => compiled.sorts.get(sort)!).filter(Boolean);
  if (keys.length) {
    const decorated = matches.map((record, position) => ({ record, position, keys: keys.map(({ path }) => sortKey(record, path)) }));
    decorated.sort((a, b) => {
      for (let index = 0; index < keys.length; index += 1) {
        const order = compare(a.keys[index], b.keys[index]);
        if (order !== 0) return order * keys[index]!.direction;
      }
      return a.position - b.position;
    });
    matches = decorated.map((entry) => entry.record);
  }
  const offset = (query.offset as number | undefined) ?? 0;
  const limit = (query.limit as number | undefined) ?? 20;
  return { items: matches.slice(offset, offset + limit), totalCount: matches.length, offset, limit };
}
