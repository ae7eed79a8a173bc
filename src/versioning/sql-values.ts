/** Conversions between what the two engines return and the engine's plain values. */

/** Reads a millisecond epoch selected as float8 (identical on PostgreSQL and PGlite). */
export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string') {
    const asNumber = Number(value);
    return Number.isFinite(asNumber) ? new Date(asNumber) : new Date(value);
  }
  throw new TypeError(`not a timestamp: ${String(value)}`);
}

/** Reads an integer column; PostgreSQL returns bigint as string, PGlite as number. */
export function toInt(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n)) throw new TypeError(`not an integer: ${String(value)}`);
  return n;
}

export function toText(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`not text: ${String(value)}`);
  return value;
}

export function toNullableText(value: unknown): string | null {
  return value === null || value === undefined ? null : toText(value);
}

/** The UTC calendar date of an instant, YYYY-MM-DD. */
export function utcDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Truncates to the millisecond precision that the API and the database keep. */
export function nowMs(): Date {
  return new Date(Math.floor(Date.now()));
}
