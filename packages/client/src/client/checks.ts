/**
 * Checks shared by createClient, withOrganization and every call: option names (a typo never passes
 * silently, so a development token cannot end up at the default production URL), header values and
 * ids. Each failure is a typed error, thrown before anything is sent.
 */
import { AstroConfigError, AstroInputError } from '../errors.ts';

/** Edit distance, case-insensitive: `baseURL` is 0 away from `baseUrl`. */
function distance(a: string, b: string): number {
  let row = [...Array(b.length + 1).keys()];
  for (const x of a.toLowerCase()) row = row.reduce<number[]>((next, left, j) => [...next, j ? Math.min(left + 1, next[j - 1]! + 1, row[j - 1]! + (x === b[j - 1]!.toLowerCase() ? 0 : 1)) : left + 1], []);
  return row[b.length]!;
}

/** The value of a check's message: JSON when it has one. */
export const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** Rejects a key of `value` that is not in `known`, naming the nearest known one. */
export function checkOptionNames(where: string, value: object, known: readonly string[]): void {
  for (const key in value)
    if (!known.includes(key)) {
      const near = known.reduce((best, name) => (distance(key, name) < distance(key, best) ? name : best));
      throw new AstroConfigError(`${where}: unknown option "${key}"; ${distance(key, near) < 4 ? `did you mean "${near}"?` : `known: ${known.join(', ')}.`}`);
    }
}

/** An options argument: undefined, or an object whose keys are all known. */
export function optionsObject<T extends object>(where: string, value: unknown, known: readonly string[]): T {
  if (value === undefined) return {} as T;
  if (!value || typeof value !== 'object') throw new AstroInputError(`${where}: options must be an object, got ${show(value)}.`);
  checkOptionNames(where, value, known);
  return value as T;
}

/** Header names and values may not hold CR, LF or NUL (they would split the request); fetch's own error would quote the value. */
export function checkHeaders(where: string, headers: unknown): Record<string, string> | undefined {
  for (const [name, value] of Object.entries(headers ?? {}))
    if (typeof value !== 'string' || /[\r\n\0]/.test(name + value)) throw new AstroInputError(`${where}: the header ${show(name)} must be a string without CR, LF or NUL.`);
  return headers as Record<string, string> | undefined;
}

/** Both ways of setting the Organization. */
export const ORGANIZATION_HINT = 'pass `organizationId` to createClient, set ASTRO_ORGANIZATION_ID, or use client.withOrganization(id)';

/**
 * An id becomes one path segment. Empty, `.` and `..` (resolved as steps by every URL parser),
 * `/ ? # %`, whitespace and control characters could change the URL called, so they fail here.
 */
export function checkId(where: string, name: string, id: unknown): string {
  if ((typeof id === 'string' || typeof id === 'number') && /^(?!\.\.?$)[^/?#%\s\0-\x1f\x7f-\x9f]+$/.test(String(id))) return encodeURIComponent(id);
  throw new AstroInputError(`${where}: ${name} ${show(id)} is not an id: ids are non-empty, not "." or "..", without / ? # %, spaces or control characters.`);
}
