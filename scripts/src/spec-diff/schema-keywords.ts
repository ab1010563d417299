/**
 * Keyword families of a schema that compare value by value: limits, string constraints, defaults and
 * annotations. Structural keywords (type, enum, properties, items, compositions) live in schema.ts.
 */
import { levelOf, type Effect } from './classify.ts';
import { report, sameJson, show, type DiffContext } from './context.ts';
import type { Direction, Json } from './types.ts';

const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains'];
const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains'];
/** Keywords whose presence restricts values and whose change cannot be ordered. */
const CONSTRAINTS = ['pattern', 'format', 'contentEncoding', 'contentMediaType'];
/** Keywords that only document; a change to them is a patch. */
export const ANNOTATIONS = ['description', 'title', 'example', 'examples', '$comment', 'externalDocs', 'xml', 'summary'];

export const VALUE_KEYWORDS = new Set([
  ...UPPER_BOUNDS,
  ...LOWER_BOUNDS,
  ...CONSTRAINTS,
  ...ANNOTATIONS,
  'multipleOf',
  'uniqueItems',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
]);

function boundEffect(upper: boolean, before: unknown, after: unknown): Effect {
  // OpenAPI 3.0 writes exclusiveMaximum/exclusiveMinimum as booleans; they cannot be ordered numerically.
  if ((before !== undefined && typeof before !== 'number') || (after !== undefined && typeof after !== 'number'))
    return 'changed';
  if (before === undefined) return 'narrowed';
  if (after === undefined) return 'widened';
  return upper === (after as number) < (before as number) ? 'narrowed' : 'widened';
}

function boundMessage(key: string, before: unknown, after: unknown): string {
  if (before === undefined) return `${key} ${show(after)} added`;
  if (after === undefined) return `${key} ${show(before)} removed`;
  const direction = typeof before === 'number' && typeof after === 'number' ? (after < before ? 'lowered' : 'raised') : 'changed';
  return `${key} ${direction} from ${show(before)} to ${show(after)}`;
}

function multipleOfEffect(before: unknown, after: unknown): Effect {
  if (before === undefined) return 'narrowed';
  if (after === undefined) return 'widened';
  if (typeof before !== 'number' || typeof after !== 'number') return 'changed';
  if (after % before === 0) return 'narrowed';
  if (before % after === 0) return 'widened';
  return 'changed';
}

export function diffValueKeywords(context: DiffContext, before: Json, after: Json, location: string, direction: Direction): void {
  const changed = (key: string) => !sameJson(before[key], after[key]);
  for (const [keys, upper] of [[UPPER_BOUNDS, true], [LOWER_BOUNDS, false]] as const) {
    for (const key of keys) {
      if (!changed(key)) continue;
      const effect = boundEffect(upper, before[key], after[key]);
      report(context, location, levelOf(direction, effect), `limit-${effect}`, boundMessage(key, before[key], after[key]));
    }
  }
  if (changed('multipleOf')) {
    const effect = multipleOfEffect(before.multipleOf, after.multipleOf);
    report(context, location, levelOf(direction, effect), `limit-${effect}`, boundMessage('multipleOf', before.multipleOf, after.multipleOf));
  }
  if (changed('uniqueItems')) {
    const effect: Effect = after.uniqueItems === true ? 'narrowed' : 'widened';
    report(context, location, levelOf(direction, effect), `limit-${effect}`, `uniqueItems ${show(before.uniqueItems)} → ${show(after.uniqueItems)}`);
  }
  for (const key of CONSTRAINTS) {
    if (!changed(key)) continue;
    const effect: Effect = before[key] === undefined ? 'narrowed' : after[key] === undefined ? 'widened' : 'changed';
    const message =
      effect === 'narrowed' ? `${key} ${show(after[key])} added` : effect === 'widened' ? `${key} ${show(before[key])} removed` : `${key} changed from ${show(before[key])} to ${show(after[key])}`;
    report(context, location, levelOf(direction, effect), `constraint-${effect}`, message);
  }
  if (changed('default')) {
    // Callers that omit a request value now get different behaviour: worth a minor, not a major.
    // In a response a default only documents.
    const level = direction === 'response' ? 'patch' : 'feature';
    report(context, location, level, 'default-changed', `default changed from ${show(before.default)} to ${show(after.default)}`);
  }
  if (changed('deprecated')) {
    const now = after.deprecated === true;
    report(context, location, 'feature', now ? 'deprecated' : 'undeprecated', now ? 'marked deprecated' : 'no longer deprecated');
  }
  for (const key of ['readOnly', 'writeOnly']) {
    if (changed(key)) report(context, location, 'feature', 'access-changed', `${key} ${show(before[key])} → ${show(after[key])}`);
  }
  diffAnnotations(context, before, after, location, ANNOTATIONS);
}

/** Reports documentation-only differences (and `x-` extensions, which the client does not read) as patches. */
export function diffAnnotations(context: DiffContext, before: Json, after: Json, location: string, keys: readonly string[]): void {
  const extensions = new Set([...Object.keys(before), ...Object.keys(after)].filter((key) => key.startsWith('x-')));
  for (const key of [...keys, ...extensions]) {
    if (sameJson(before[key], after[key])) continue;
    const verb = before[key] === undefined ? 'added' : after[key] === undefined ? 'removed' : 'changed';
    const short = (value: unknown) => typeof value !== 'object' && String(value).length <= 40;
    const detail = verb === 'changed' && short(before[key]) && short(after[key]) ? ` from ${show(before[key])} to ${show(after[key])}` : '';
    report(context, location, 'patch', 'documentation', `${key} ${verb}${detail}`);
  }
}
