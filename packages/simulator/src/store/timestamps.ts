export const SECOND = 1000;
export const DAY = 86_400_000;

const TWO_DIGITS = Array.from({ length: 60 }, (_, value) => String(value).padStart(2, '0'));
/** `YYYY-MM-DDT` of the last day formatted: exports format millions of timestamps in time order. */
let cachedDay = Number.NaN;
let cachedPrefix = '';

/** The API's timestamp form: UTC, whole seconds, `YYYY-MM-DDTHH:MM:SSZ`. */
export function formatTimestamp(ms: number): string {
  const seconds = Math.floor(ms / SECOND);
  const day = Math.floor(seconds / 86_400);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedPrefix = new Date(day * DAY).toISOString().slice(0, 11);
  }
  const ofDay = seconds - day * 86_400;
  return `${cachedPrefix}${TWO_DIGITS[Math.floor(ofDay / 3600)]}:${TWO_DIGITS[Math.floor(ofDay / 60) % 60]}:${TWO_DIGITS[ofDay % 60]}Z`;
}

/** Start of the current UTC day: the default reference time of the seeded data. */
export function startOfUtcDay(now = Date.now()): Date {
  return new Date(Math.floor(now / DAY) * DAY);
}
