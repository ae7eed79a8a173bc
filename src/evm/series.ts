/**
 * EVM over time (the S-curve of PV, EV and AC): the additive figures of a set of cost
 * elements at many control dates, in one sweep over the data. Each point is exactly what
 * `elementTotals` summed with `sumTotals` gives at that date; only the work differs:
 * instead of every element at every date (10,000 elements x 53 weeks = 530,000 exact
 * products), every cost, progress entry and schedule boundary is visited once, and per date
 * only one term per distinct planned duration is summed.
 */
import { epochDay, isoDateOfEpochDay } from './calendar.js';
import { bac, deriveMetrics, type CostElementEvmInput, type EvmMetrics, type EvmTotals } from './metrics.js';
import { Rational } from './rational.js';

/** The spacing of a series' control dates. */
export type SeriesInterval = 'DAY' | 'WEEK' | 'MONTH';

/** More points than a chart can show, and a bound on the work one field can ask for. */
export const MAX_SERIES_POINTS = 1000;

/** A series that cannot be made: an empty or reversed range, or too many points. */
export class SeriesRangeError extends Error {
  override readonly name = 'SeriesRangeError';

  private constructor(
    readonly field: 'from' | 'to' | 'interval',
    message: string,
  ) {
    super(message);
  }

  static reversed(from: string, to: string): SeriesRangeError {
    return new SeriesRangeError('to', `to (${to}) is before from (${from})`);
  }

  static tooManyPoints(count: number, max: number): SeriesRangeError {
    return new SeriesRangeError(
      'interval',
      `the range holds ${count} points, more than the limit of ${max}; use a longer interval or a shorter range`,
    );
  }
}

/**
 * The control dates of a series: `from`, then every interval after it while on or before
 * `to`. MONTH keeps `from`'s day of the month, on the month's last day where it has fewer
 * (Jan 31, Feb 28, Mar 31, …). Throws SeriesRangeError past `maxPoints`.
 */
export function seriesDates(
  from: string,
  to: string,
  interval: SeriesInterval,
  maxPoints: number = MAX_SERIES_POINTS,
): string[] {
  const first = epochDay(from);
  const last = epochDay(to);
  if (last < first) throw SeriesRangeError.reversed(from, to);
  if (interval !== 'MONTH') {
    const step = interval === 'DAY' ? 1 : 7;
    const count = Math.floor((last - first) / step) + 1;
    if (count > maxPoints) throw SeriesRangeError.tooManyPoints(count, maxPoints);
    return Array.from({ length: count }, (_, i) => isoDateOfEpochDay(first + i * step));
  }
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7)) - 1;
  const anchorDay = Number(from.slice(8, 10));
  const dates: string[] = [];
  for (let k = 0; ; k += 1) {
    const day = monthDay(year, month + k, anchorDay);
    if (day > last) break;
    if (dates.length === maxPoints) throw SeriesRangeError.tooManyPoints(countMonths(from, to), maxPoints);
    dates.push(isoDateOfEpochDay(day));
  }
  return dates;
}

/** BAC, PV, EV and AC of the elements together at each date (dates in any order). */
export function totalsSeries(elements: readonly CostElementEvmInput[], dates: readonly string[]): EvmTotals[] {
  const budgets = elements.map((element) => bac(element));
  const totalBudget = Rational.sum(budgets);
  const planned = new PlannedValueSweep(elements, budgets);
  const earned = new StepSweep(earnedValueSteps(elements, budgets));
  const actual = new StepSweep(actualCostSteps(elements));

  const days = dates.map((date) => epochDay(date));
  const order = days.map((_, i) => i).sort((a, b) => (days[a] ?? 0) - (days[b] ?? 0));
  const result: EvmTotals[] = new Array<EvmTotals>(dates.length);
  for (const index of order) {
    const day = days[index] ?? 0;
    result[index] = { bac: totalBudget, pv: planned.at(day), ev: earned.at(day), ac: actual.at(day) };
  }
  return result;
}

/** Every EVM figure of the elements together at each date, as `deriveMetrics` derives them. */
export function metricsSeries(elements: readonly CostElementEvmInput[], dates: readonly string[]): EvmMetrics[] {
  const totals = totalsSeries(elements, dates);
  return dates.map((date, i) => deriveMetrics(totals[i] ?? zeroOf(), date));
}

function zeroOf(): EvmTotals {
  return { bac: Rational.ZERO, pv: Rational.ZERO, ev: Rational.ZERO, ac: Rational.ZERO };
}

/** A change of a running sum on a day. */
interface Step {
  readonly day: number;
  readonly delta: Rational;
}

/** A running sum of steps, read at ascending days. */
class StepSweep {
  private next = 0;
  private readonly pending: Rational[] = [];
  private total = Rational.ZERO;

  constructor(private readonly steps: readonly Step[]) {}

  at(day: number): Rational {
    while (this.next < this.steps.length) {
      const step = this.steps[this.next];
      if (step === undefined || step.day > day) break;
      this.pending.push(step.delta);
      this.next += 1;
    }
    if (this.pending.length > 0) {
      this.pending.push(this.total);
      this.total = Rational.sum(this.pending);
      this.pending.length = 0;
    }
    return this.total;
  }
}

const ONE_HUNDREDTH = Rational.of(1n, 100n);

/**
 * EV moves when an element's effective percent complete changes: on each day with a
 * measurement, to the last entry of that day (the same tie rule as `ev`).
 */
function earnedValueSteps(elements: readonly CostElementEvmInput[], budgets: readonly Rational[]): Step[] {
  const steps: Step[] = [];
  elements.forEach((element, i) => {
    const budget = budgets[i] ?? Rational.ZERO;
    const lastOfDay = new Map<number, number>();
    for (const entry of element.progress) lastOfDay.set(epochDay(entry.measuredOn), entry.percentComplete);
    let previous = Rational.ZERO;
    for (const day of [...lastOfDay.keys()].sort((a, b) => a - b)) {
      const percent = Rational.fromNumber(lastOfDay.get(day) ?? 0);
      const delta = percent.sub(previous);
      previous = percent;
      if (!delta.isZero()) steps.push({ day, delta: budget.mul(delta).mul(ONE_HUNDREDTH) });
    }
  });
  return steps.sort((a, b) => a.day - b.day);
}

function actualCostSteps(elements: readonly CostElementEvmInput[]): Step[] {
  const steps: Step[] = [];
  for (const element of elements) {
    for (const cost of element.costs)
      steps.push({ day: epochDay(cost.incurredOn), delta: Rational.parse(cost.amount) });
  }
  return steps.sort((a, b) => a.day - b.day);
}

/** The elements being spread over one planned duration n, as integers over the sweep's scale. */
interface DurationGroup {
  members: number;
  /** Sum of the scaled budgets B. */
  budgets: bigint;
  /** Sum of B x (start - 1): the group's PV at D is (budgets x D - offsets) / n. */
  offsets: bigint;
  /** lcm / n: brings the group's term onto the common denominator. */
  readonly weight: bigint;
}

interface Spread {
  readonly start: number;
  readonly end: number;
  /** The budget as an integer over the sweep's budget scale. */
  readonly budget: bigint;
  /** Null: the full budget from `start` on (a plan ending on or before its start). */
  readonly days: bigint | null;
}

/**
 * PV of many elements read at ascending days. Between plannedStart and plannedEnd an
 * element's PV is b x (D - start + 1) / n with n = end - start + 1. Budgets are held as
 * integers over their common denominator, and the elements that share n as one integer
 * term, so a date costs one multiply-add per distinct duration in progress and a single
 * reduction of the total over lcm(n) (instead of ~300 exact additions with a gcd each).
 */
class PlannedValueSweep {
  private readonly byStart: Spread[];
  /** The linear spreads by end day: an element ending on or before D has started by D. */
  private readonly byEnd: Spread[];
  private nextStart = 0;
  private nextEnd = 0;
  private readonly groups = new Map<bigint, DurationGroup>();
  private complete = 0n;
  /** Denominator of the scaled budgets (100 for money with two decimals). */
  private readonly scale: bigint;
  /** lcm of the durations: the common denominator of every group's term. */
  private readonly durationLcm: bigint;

  constructor(elements: readonly CostElementEvmInput[], budgets: readonly Rational[]) {
    this.scale = budgets.reduce((l, b) => lcm(l, b.denominator), 1n);
    const spreads = elements.map((element, i): Spread => {
      const budget = budgets[i] ?? Rational.ZERO;
      const start = epochDay(element.plannedStart);
      const end = epochDay(element.plannedEnd);
      const scaled = budget.numerator * (this.scale / budget.denominator);
      // `pv`'s rules in order: nothing before the start, everything from the end on; so a
      // plan that ends on or before its start jumps to the full budget on its start.
      return { start, end, budget: scaled, days: end <= start ? null : BigInt(end - start + 1) };
    });
    this.byStart = spreads.sort((a, b) => a.start - b.start);
    this.byEnd = spreads.filter((x) => x.days !== null).sort((a, b) => a.end - b.end);
    this.durationLcm = [...new Set(this.byEnd.map((x) => x.days ?? 1n))].reduce((l, n) => lcm(l, n), 1n);
  }

  at(day: number): Rational {
    this.admitStarts(day);
    this.retireEnds(day);
    const dayValue = BigInt(day);
    let numerator = this.complete * this.durationLcm;
    for (const group of this.groups.values()) {
      numerator += (group.budgets * dayValue - group.offsets) * group.weight;
    }
    return Rational.of(numerator, this.durationLcm * this.scale);
  }

  private admitStarts(day: number): void {
    for (; this.nextStart < this.byStart.length; this.nextStart += 1) {
      const spread = this.byStart[this.nextStart];
      if (spread === undefined || spread.start > day) break;
      if (spread.days === null) {
        this.complete += spread.budget;
        continue;
      }
      let group = this.groups.get(spread.days);
      if (group === undefined) {
        group = { members: 0, budgets: 0n, offsets: 0n, weight: this.durationLcm / spread.days };
        this.groups.set(spread.days, group);
      }
      group.members += 1;
      group.budgets += spread.budget;
      group.offsets += spread.budget * BigInt(spread.start - 1);
    }
  }

  private retireEnds(day: number): void {
    for (; this.nextEnd < this.byEnd.length; this.nextEnd += 1) {
      const spread = this.byEnd[this.nextEnd];
      if (spread === undefined || spread.end > day || spread.days === null) break;
      this.complete += spread.budget;
      const group = this.groups.get(spread.days);
      if (group === undefined) continue;
      group.members -= 1;
      group.budgets -= spread.budget;
      group.offsets -= spread.budget * BigInt(spread.start - 1);
      if (group.members === 0) this.groups.delete(spread.days);
    }
  }
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/** The day number of `anchorDay` in month `monthIndex` (may run past 11) of `year`, clamped to the month's end. */
function monthDay(year: number, monthIndex: number, anchorDay: number): number {
  const y = year + Math.floor(monthIndex / 12);
  const m = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(y, m + 1, 0);
  const daysInMonth = new Date(lastDay).getUTCDate();
  const date = new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(y, m, Math.min(anchorDay, daysInMonth));
  return date / 86_400_000;
}

function countMonths(from: string, to: string): number {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return months + (Number(to.slice(8, 10)) >= Number(from.slice(8, 10)) ? 1 : 0);
}
