/**
 * A stricter reading of `format: date-time` than the JSON Schema one: RFC 3339 allows a leap
 * second (`23:59:60`) that no JavaScript Date can hold, so a stored value would come back shifted.
 * The simulator refuses it, and any calendar date that does not exist, with a 400.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

export function isStrictDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return false;
  if (match[9] !== undefined && (Number(match[9]) > 23 || Number(match[10]) > 59)) return false;
  // Day 31 of a 30-day month, or 29 February of a common year, rolls over in Date.UTC.
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const DATE_TIME_HINT = 'a UTC date-time such as 2024-03-04T10:15:02Z (no leap second, a day that exists)';
