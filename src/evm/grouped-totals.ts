/**
 * EVM totals of a set of cost elements from sums a database computed, exactly. BAC and AC are
 * sums of decimals (exact in SQL numeric). PV and EV are not: each element's PV is its budget
 * times a fraction with its own denominator (its planned duration in days), and its EV its
 * budget times a percent that is a float. Summed per denominator and per percent instead,
 * every group is exact decimal arithmetic, and the groups combine here in exact rationals to
 * the very value that summing `elementTotals` over the elements gives.
 */
import type { EvmTotals } from './metrics.js';
import { Rational } from './rational.js';

export interface GroupedSums {
  /** Σ budget of the elements (decimal text). */
  readonly budget: string;
  /** Σ amount of their costs incurred on or before the control date (decimal text). */
  readonly costs: string;
  /**
   * PV as Σ numerator / denominator: per planned duration d (days, start and end counted) the
   * Σ budget × elapsed days of the elements in progress on the control date; finished
   * elements count their whole budget under denominator 1, not started ones nothing.
   */
  readonly planned: readonly { readonly denominator: number; readonly numerator: string }[];
  /** EV as Σ budget × percent / 100: per latest percent complete on or before the control date, Σ budget. */
  readonly earned: readonly { readonly percent: number; readonly budget: string }[];
}

const ONE_HUNDREDTH = Rational.of(1n, 100n);

/** The totals the groups stand for, exactly as `sumTotals(elementTotals(…))` over the elements. */
export function totalsOfSums(sums: GroupedSums): EvmTotals {
  return {
    bac: Rational.parse(sums.budget),
    pv: Rational.sum(sums.planned.map((g) => Rational.parse(g.numerator).mul(Rational.of(1n, BigInt(g.denominator))))),
    ev: Rational.sum(
      sums.earned.map((g) => Rational.parse(g.budget).mul(Rational.fromNumber(g.percent)).mul(ONE_HUNDREDTH)),
    ),
    ac: Rational.parse(sums.costs),
  };
}

/** Field-wise exact difference a − b of two totals (what a change adds to a subtree's sums). */
export function subtractTotals(a: EvmTotals, b: EvmTotals): EvmTotals {
  return { bac: a.bac.sub(b.bac), pv: a.pv.sub(b.pv), ev: a.ev.sub(b.ev), ac: a.ac.sub(b.ac) };
}
