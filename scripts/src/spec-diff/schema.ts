/**
 * Direction-aware comparison of two JSON Schemas (OpenAPI 3.1 dialect, with 3.0's `nullable`).
 * `$ref`s are followed on both sides; a pair of refs already being compared further up the walk is
 * not entered again, which is what stops recursive schemas (a tree of Organizations) from looping.
 */
import { levelOf, type Effect } from './classify.ts';
import { report, sameJson, show, type DiffContext } from './context.ts';
import { isObject, locationKey, type Resolved } from './refs.ts';
import { diffValueKeywords, VALUE_KEYWORDS } from './schema-keywords.ts';
import type { Direction, Json } from './types.ts';

const STRUCTURAL = new Set([
  'type', 'nullable', 'enum', 'const', 'properties', 'required', 'additionalProperties',
  'items', 'prefixItems', 'oneOf', 'anyOf', 'allOf', '$ref',
]);

const EXHAUSTIVE_NOTE =
  'consumers switching exhaustively over the generated union type stop compiling, and clients built ' +
  'from the old spec may receive a value they do not know';

/** The primitive types a schema admits, or null when it does not restrict the type. */
function typeSet(schema: Json): Set<string> | null {
  const declared = schema.type;
  if (declared === undefined) return null;
  const types = new Set(Array.isArray(declared) ? declared.map(String) : [String(declared)]);
  if (schema.nullable === true) types.add('null');
  return types;
}

const admits = (types: Set<string>, type: string) => types.has(type) || (type === 'integer' && types.has('number'));
const typeText = (types: Set<string> | null) => (types ? [...types].join(' | ') : 'any type');

function diffType(context: DiffContext, before: Json, after: Json, location: string, direction: Direction): void {
  const [was, now] = [typeSet(before), typeSet(after)];
  if (!was && !now) return;
  const widened = !now ? true : was ? [...now].some((type) => !admits(was, type)) : false;
  const narrowed = !was ? true : now ? [...was].some((type) => !admits(now, type)) : false;
  if (!widened && !narrowed) return;
  const effect: Effect = widened && narrowed ? 'changed' : widened ? 'widened' : 'narrowed';
  report(context, location, levelOf(direction, effect), `type-${effect}`, `type ${effect} from ${typeText(was)} to ${typeText(now)}`);
}

/** Allowed values from `enum` or `const`, keyed by their JSON text; null when the schema lists none. */
function valueSet(schema: Json): Map<string, unknown> | null {
  const values = Array.isArray(schema.enum) ? schema.enum : 'const' in schema ? [schema.const] : null;
  return values && new Map(values.map((value) => [JSON.stringify(value), value]));
}

function diffValues(context: DiffContext, before: Json, after: Json, location: string, direction: Direction): void {
  const [was, now] = [valueSet(before), valueSet(after)];
  if (!was && !now) return;
  if (!was || !now) {
    const effect: Effect = now ? 'narrowed' : 'widened';
    const message = now ? `values restricted to ${show([...now.values()])}` : `value list ${show([...was!.values()])} removed`;
    report(context, location, levelOf(direction, effect), now ? 'enum-added' : 'enum-removed', message);
    return;
  }
  for (const [key, value] of now) {
    if (was.has(key)) continue;
    const level = levelOf(direction, 'widened');
    report(context, location, level, 'enum-value-added', `enum value ${show(value)} added`, level === 'breaking' ? EXHAUSTIVE_NOTE : undefined);
  }
  for (const [key, value] of was) {
    if (!now.has(key)) report(context, location, levelOf(direction, 'narrowed'), 'enum-value-removed', `enum value ${show(value)} removed`);
  }
}

function requiredSet(schema: Json): Set<string> {
  return new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
}

function diffProperties(context: DiffContext, before: Json, after: Json, location: string, direction: Direction, stack: string[]): void {
  const [wasProps, nowProps] = [(isObject(before.properties) ? before.properties : {}), (isObject(after.properties) ? after.properties : {})];
  const [wasRequired, nowRequired] = [requiredSet(before), requiredSet(after)];
  const names = new Set([...Object.keys(wasProps), ...Object.keys(nowProps), ...wasRequired, ...nowRequired]);
  for (const name of names) {
    const at = `${location}.${locationKey(name)}`;
    const [had, has] = [name in wasProps, name in nowProps];
    if (had && !has) {
      // Readers lose a field they may use; writers that set it no longer type-check.
      report(context, at, 'breaking', 'property-removed', 'property removed');
      continue;
    }
    if (!had && has) {
      const required = nowRequired.has(name);
      const level = required && direction !== 'response' ? 'breaking' : 'feature';
      report(context, at, level, required ? 'property-added-required' : 'property-added', required ? 'required property added' : 'optional property added');
      continue;
    }
    if (!wasRequired.has(name) && nowRequired.has(name)) {
      report(context, at, levelOf(direction, 'narrowed'), 'property-required', 'property is now required');
    } else if (wasRequired.has(name) && !nowRequired.has(name)) {
      // In a response the generated field type becomes `T | undefined`: readers must handle its absence.
      report(context, at, levelOf(direction, 'widened'), 'property-optional', 'property is no longer required');
    }
    if (had && has) diffSchema(context, wasProps[name], nowProps[name], at, direction, stack);
  }
}

function diffAdditional(context: DiffContext, before: Json, after: Json, location: string, direction: Direction, stack: string[]): void {
  const [was, now] = [before.additionalProperties, after.additionalProperties];
  if (sameJson(was, now)) return;
  const closed = (value: unknown) => value === false;
  const at = `${location}.*`;
  if (closed(now) && !closed(was)) {
    report(context, at, levelOf(direction, 'narrowed'), 'additional-properties-closed', 'additional properties no longer allowed');
  } else if (closed(was) && !closed(now)) {
    // Readers ignore fields they do not know, so opening an object is not breaking even in a response.
    report(context, at, direction === 'both' ? 'breaking' : 'feature', 'additional-properties-opened', 'additional properties now allowed');
  } else {
    diffSchema(context, isObject(was) ? was : {}, isObject(now) ? now : {}, at, direction, stack);
  }
}

function diffItems(context: DiffContext, before: Json, after: Json, location: string, direction: Direction, stack: string[]): void {
  if (before.items !== undefined || after.items !== undefined) {
    diffSchema(context, before.items ?? {}, after.items ?? {}, `${location}[]`, direction, stack);
  }
  const [was, now] = [Array.isArray(before.prefixItems) ? before.prefixItems : [], Array.isArray(after.prefixItems) ? after.prefixItems : []];
  for (let index = 0; index < Math.max(was.length, now.length); index += 1) {
    const at = `${location}[${index}]`;
    if (index >= now.length) report(context, at, levelOf(direction, 'widened'), 'tuple-item-removed', 'tuple item removed');
    else if (index >= was.length) report(context, at, levelOf(direction, 'narrowed'), 'tuple-item-added', 'tuple item added');
    else diffSchema(context, was[index], now[index], at, direction, stack);
  }
}

/** Name a composition branch by the schema it references, else by its position. */
function branchKey(branch: unknown, index: number): string {
  const ref = isObject(branch) && typeof branch.$ref === 'string' ? branch.$ref : null;
  return ref ? ref.split('/').pop()! : `#${index}`;
}

function diffBranches(context: DiffContext, before: Json, after: Json, location: string, direction: Direction, stack: string[]): void {
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const [was, now] = [Array.isArray(before[keyword]) ? before[keyword] : null, Array.isArray(after[keyword]) ? after[keyword] : null];
    if (!was && !now) continue;
    if (!was || !now) {
      report(context, location, levelOf(direction, 'changed'), 'composition-changed', `${keyword} ${was ? 'removed' : 'added'}`);
      continue;
    }
    const wasByKey = new Map(was.map((branch, index) => [branchKey(branch, index), branch]));
    const nowByKey = new Map(now.map((branch, index) => [branchKey(branch, index), branch]));
    for (const [key, branch] of nowByKey) {
      const at = `${location}<${keyword} ${key}>`;
      if (!wasByKey.has(key)) {
        const level = levelOf(direction, 'widened');
        report(context, at, level, 'variant-added', `${keyword} variant added`, level === 'breaking' ? EXHAUSTIVE_NOTE : undefined);
      } else diffSchema(context, wasByKey.get(key), branch, at, direction, stack);
    }
    for (const key of wasByKey.keys()) {
      if (!nowByKey.has(key)) report(context, `${location}<${keyword} ${key}>`, levelOf(direction, 'narrowed'), 'variant-removed', `${keyword} variant removed`);
    }
  }
}

/**
 * Folds `allOf` members into one schema (properties and `required` merged, other keywords taken from the
 * first member that has them), so that moving a property into or out of an `allOf` is not a change.
 */
function flatten(resolve: (node: unknown) => Resolved, reached: Set<string>, resolved: Resolved, seen = new Set<string>()): Resolved {
  const schema = resolved.node;
  if (!Array.isArray(schema.allOf)) return resolved;
  const { allOf, ...own } = schema;
  const merged: Json = { ...own };
  const properties: Json = { ...(isObject(own.properties) ? own.properties : {}) };
  const required = new Set(requiredSet(own));
  for (const member of allOf) {
    const part = resolve(member);
    if (part.refs.some((ref) => seen.has(ref))) continue;
    for (const ref of part.refs) reached.add(ref);
    const flat = flatten(resolve, reached, part, new Set([...seen, ...part.refs])).node;
    Object.assign(properties, isObject(flat.properties) ? flat.properties : {});
    for (const name of requiredSet(flat)) required.add(name);
    for (const [key, value] of Object.entries(flat)) if (!(key in merged)) merged[key] = value;
  }
  if (Object.keys(properties).length) merged.properties = properties;
  if (required.size) merged.required = [...required];
  return { node: merged, refs: resolved.refs };
}

function diffOtherKeywords(context: DiffContext, before: Json, after: Json, location: string, direction: Direction): void {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (STRUCTURAL.has(key) || VALUE_KEYWORDS.has(key) || key.startsWith('x-')) continue;
    // Keywords this walker does not model (not, if/then/else, discriminator, ...): any change is taken
    // as breaking, so an unfamiliar edit is looked at by a person rather than waved through.
    if (!sameJson(before[key], after[key])) {
      report(context, location, levelOf(direction, 'changed'), 'keyword-changed', `${key} changed`);
    }
  }
}

export function diffSchema(
  context: DiffContext,
  beforeNode: unknown,
  afterNode: unknown,
  location: string,
  direction: Direction,
  stack: string[] = [],
): void {
  const was = flatten(context.resolveBefore, context.reachedBefore, context.resolveBefore(beforeNode));
  const now = flatten(context.resolveAfter, context.reachedAfter, context.resolveAfter(afterNode));
  for (const ref of was.refs) context.reachedBefore.add(ref);
  for (const ref of now.refs) context.reachedAfter.add(ref);
  const pair = `${was.refs.at(-1) ?? ''}|${now.refs.at(-1) ?? ''}|${direction}`;
  if (pair !== `||${direction}` && stack.includes(pair)) return;
  const inner = [...stack, pair];
  const [before, after] = [was.node, now.node];
  diffType(context, before, after, location, direction);
  diffValues(context, before, after, location, direction);
  diffValueKeywords(context, before, after, location, direction);
  diffProperties(context, before, after, location, direction, inner);
  diffAdditional(context, before, after, location, direction, inner);
  diffItems(context, before, after, location, direction, inner);
  diffBranches(context, before, after, location, direction, inner);
  diffOtherKeywords(context, before, after, location, direction);
}
