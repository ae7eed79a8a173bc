/**
 * Calendar-day arithmetic on ISO dates ('YYYY-MM-DD'). Everything goes through UTC
 * milliseconds, so neither the server's time zone nor a daylight-saving change can move a day.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

/**
 * Parsed dates, by text: EVM reads the same few hundred dates tens of thousands of times per
 * request (every cost, progress entry and plan boundary), and parsing through Date was the
 * largest share of an S-curve's time. Bounded, so arbitrary input cannot grow it.
 */
const parsedDays = new Map<string, number | null>();
const PARSED_DAYS_LIMIT = 100_000;

/** Days since 1970-01-01 of an ISO date, or null when it is malformed or not a real date. */
export function tryEpochDay(date: string): number | null {
  const known = parsedDays.get(date);
  if (known !== undefined) return known;
  const days = parseEpochDay(date);
  if (parsedDays.size >= PARSED_DAYS_LIMIT) parsedDays.clear();
  parsedDays.set(date, days);
  return days;
}

function parseEpochDay(date: string): number | null {
  if (!ISO_DATE.test(date)) return null;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const utc = new Date(utcMillis(year, month - 1, day));
  // Date rolls 2025-02-30 over to March; a real date survives the round trip unchanged.
  const isRealDate = utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
  return isRealDate ? utc.getTime() / MS_PER_DAY : null;
}

/** Days since 1970-01-01 of an ISO date; throws RangeError when it is not a real 'YYYY-MM-DD' date. */
export function epochDay(date: string): number {
  const days = tryEpochDay(date);
  if (days === null) throw new RangeError(`Not a YYYY-MM-DD calendar date: '${date}'`);
  return days;
}

/** True when the text is a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(text: string): boolean {
  return tryEpochDay(text) !== null;
}

/** The ISO date of a day number counted from 1970-01-01. */
export function isoDateOfEpochDay(days: number): string {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Not a whole day number: ${days}`);
  const utc = new Date(days * MS_PER_DAY);
  const year = String(utc.getUTCFullYear()).padStart(4, '0');
  const month = String(utc.getUTCMonth() + 1).padStart(2, '0');
  const day = String(utc.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

/** The ISO date `days` calendar days after `date`. */
export function addDays(date: string, days: number): string {
  return isoDateOfEpochDay(epochDay(date) + days);
}

/** −1, 0 or 1 as date a is before, on or after date b. */
export function compareIsoDates(a: string, b: string): -1 | 0 | 1 {
  const difference = epochDay(a) - epochDay(b);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

function utcMillis(year: number, monthIndex: number, day: number): number {
  // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear takes the year as written.
  return new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(year, monthIndex, day);
}
