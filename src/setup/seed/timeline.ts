const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/**
 * The calendar of a generated history: day 0 is `days` days before the UTC day of `endAt`,
 * and the last day is the day before it. Commits fall on whole days at office hours, so
 * every generated commit lies strictly before `endAt` whatever time of day it is.
 */
export class Timeline {
  /** UTC midnight of day 0, in ms. */
  readonly origin: number;
  readonly lastDay: number;

  constructor(
    readonly endAt: Date,
    readonly days: number,
  ) {
    this.origin = Math.floor(endAt.getTime() / DAY_MS) * DAY_MS - days * DAY_MS;
    this.lastDay = days - 1;
  }

  /** The moment `hour:minute` UTC on a day. */
  at(day: number, hour: number, minute = 0): Date {
    return new Date(this.origin + day * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS);
  }

  /** A business date, YYYY-MM-DD. */
  date(day: number): string {
    return new Date(this.origin + day * DAY_MS).toISOString().slice(0, 10);
  }

  /** The day index of a business date (inverse of `date`). */
  dayOf(date: string): number {
    return Math.round((Date.parse(`${date}T00:00:00Z`) - this.origin) / DAY_MS);
  }

  /** 0 = Sunday … 6 = Saturday. */
  weekday(day: number): number {
    return new Date(this.origin + day * DAY_MS).getUTCDay();
  }

  /** ISO week label such as 2026-W07, used in commit messages. */
  isoWeek(day: number): string {
    const date = new Date(this.origin + day * DAY_MS);
    const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS);
    const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
    const week = 1 + Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7);
    return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
  }

  /** The days in [from, to] that fall on a weekday (e.g. 5 = every Friday). */
  weekdays(weekday: number, from: number, to: number): number[] {
    const days: number[] = [];
    for (let day = Math.max(0, from); day <= Math.min(to, this.lastDay); day += 1) {
      if (this.weekday(day) === weekday) days.push(day);
    }
    return days;
  }
}

/** Money is generated in integer cents (exact) and written in its API form, "1234.50". */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`not an amount in cents: ${cents}`);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** Reads an amount in its API form back into cents, without going through a float. */
export function parseCents(amount: string): number {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  if (match === null) throw new RangeError(`not an amount: ${amount}`);
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Rounds an amount in cents to a multiple of `step` cents, never below `step`. */
export function roundCents(cents: number, step = 1): number {
  return Math.max(step, Math.round(cents / step) * step);
}
