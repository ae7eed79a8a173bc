/**
 * Earned Value Management figures (ANSI/EIA-748, PMI PMBOK) over exact rationals.
 * Element figures (BAC, PV, EV, AC) are additive and are what roll-ups sum; every other
 * figure is derived from (possibly summed) totals, never averaged.
 */
import { epochDay } from './calendar.js';
import { formatMoney, formatMoneyOrNull } from './money.js';
import { Rational } from './rational.js';

/** What EVM needs to know about one cost element. Dates are 'YYYY-MM-DD'; money is decimal text. */
export interface CostElementEvmInput {
  readonly budget: string;
  readonly plannedStart: string;
  readonly plannedEnd: string;
  readonly costs: readonly { readonly amount: string; readonly incurredOn: string }[];
  /** In commit order: on a measuredOn tie the later entry wins. */
  readonly progress: readonly { readonly percentComplete: number; readonly measuredOn: string }[];
}

/** The additive EVM figures of an element or of a roll-up. */
export interface EvmTotals {
  readonly bac: Rational;
  readonly pv: Rational;
  readonly ev: Rational;
  readonly ac: Rational;
}

/** All EVM figures at one control date, exact; null where a denominator is zero. */
export interface EvmMetrics {
  readonly controlDate: string;
  readonly bac: Rational;
  readonly pv: Rational;
  readonly ev: Rational;
  readonly ac: Rational;
  readonly cv: Rational;
  readonly sv: Rational;
  readonly cpi: number | null;
  readonly spi: number | null;
  readonly eac: Rational | null;
  readonly etc: Rational | null;
  readonly vac: Rational | null;
  readonly tcpi: number | null;
  /** EV / BAC as a fraction 0..1, not a percent. */
  readonly percentComplete: number | null;
}

/** EvmMetrics as the API returns them: money as two-decimal strings (half-even), indices as numbers. */
export interface EvmMetricsView {
  readonly controlDate: string;
  readonly bac: string;
  readonly pv: string;
  readonly ev: string;
  readonly ac: string;
  readonly cv: string;
  readonly sv: string;
  readonly cpi: number | null;
  readonly spi: number | null;
  readonly eac: string | null;
  readonly etc: string | null;
  readonly vac: string | null;
  readonly tcpi: number | null;
  readonly percentComplete: number | null;
}

/** Totals of nothing: the roll-up of an empty WBE. */
export const ZERO_TOTALS: EvmTotals = Object.freeze({
  bac: Rational.ZERO,
  pv: Rational.ZERO,
  ev: Rational.ZERO,
  ac: Rational.ZERO,
});

/** BAC, budget at completion (ANSI/EIA-748): the element's budget. */
export function bac(input: Pick<CostElementEvmInput, 'budget'>): Rational {
  return Rational.parse(input.budget);
}

/**
 * Share of the planned duration elapsed at the end of the control date, counting whole
 * calendar days and the control date itself: 0 before plannedStart, 1 on or after plannedEnd,
 * else (D − plannedStart + 1) / (plannedEnd − plannedStart + 1). The rules apply in that
 * order, so an inverted plan (end before start) jumps from 0 to 1 on plannedStart.
 */
export function plannedFraction(plannedStart: string, plannedEnd: string, controlDate: string): Rational {
  return plannedFractionAt(epochDay(plannedStart), epochDay(plannedEnd), epochDay(controlDate));
}

/** PV, planned value / BCWS (ANSI/EIA-748): budget × plannedFraction at the control date (linear spread). */
export function pv(input: CostElementEvmInput, controlDate: string): Rational {
  return pvAt(bac(input), input, epochDay(controlDate));
}

/**
 * The percent complete (0..100) of the latest progress entry measured on or before the
 * control date, the last such entry in the array winning a same-day tie; null when none.
 */
export function latestPercentComplete(progress: CostElementEvmInput['progress'], controlDate: string): Rational | null {
  return latestPercentCompleteAt(progress, epochDay(controlDate));
}

/** EV, earned value / BCWP (ANSI/EIA-748): budget × latest percent complete on or before D / 100; 0 when none. */
export function ev(input: CostElementEvmInput, controlDate: string): Rational {
  return evAt(bac(input), input, epochDay(controlDate));
}

/** AC, actual cost / ACWP (ANSI/EIA-748): sum of the costs incurred on or before the control date. */
export function ac(input: CostElementEvmInput, controlDate: string): Rational {
  return acAt(input, epochDay(controlDate));
}

/** BAC, PV, EV and AC of one cost element at the control date. */
export function elementTotals(input: CostElementEvmInput, controlDate: string): EvmTotals {
  const day = epochDay(controlDate);
  const budget = bac(input);
  return { bac: budget, pv: pvAt(budget, input, day), ev: evAt(budget, input, day), ac: acAt(input, day) };
}

/** Field-wise exact sum of totals (ANSI/EIA-748 roll-up); zeros for an empty list. */
export function sumTotals(list: Iterable<EvmTotals>): EvmTotals {
  const bacs: Rational[] = [];
  const pvs: Rational[] = [];
  const evs: Rational[] = [];
  const acs: Rational[] = [];
  for (const totals of list) {
    bacs.push(totals.bac);
    pvs.push(totals.pv);
    evs.push(totals.ev);
    acs.push(totals.ac);
  }
  return {
    bac: Rational.sum(bacs),
    pv: Rational.sum(pvs),
    ev: Rational.sum(evs),
    ac: Rational.sum(acs),
  };
}

/** CV, cost variance (ANSI/EIA-748, PMBOK) = EV − AC. */
export function cv(totals: Pick<EvmTotals, 'ev' | 'ac'>): Rational {
  return totals.ev.sub(totals.ac);
}

/** SV, schedule variance (ANSI/EIA-748, PMBOK) = EV − PV. */
export function sv(totals: Pick<EvmTotals, 'ev' | 'pv'>): Rational {
  return totals.ev.sub(totals.pv);
}

/** CPI, cost performance index (PMBOK) = EV / AC; null when AC = 0. */
export function cpi(totals: Pick<EvmTotals, 'ev' | 'ac'>): Rational | null {
  return totals.ev.div(totals.ac);
}

/** SPI, schedule performance index (PMBOK) = EV / PV; null when PV = 0. */
export function spi(totals: Pick<EvmTotals, 'ev' | 'pv'>): Rational | null {
  return totals.ev.div(totals.pv);
}

/** EAC, estimate at completion (PMBOK, CPI method) = BAC / CPI, exactly BAC × AC / EV; null when CPI is null or 0. */
export function eac(totals: Pick<EvmTotals, 'bac' | 'ev' | 'ac'>): Rational | null {
  if (totals.ac.isZero()) return null;
  return totals.bac.mul(totals.ac).div(totals.ev);
}

/** ETC, estimate to complete (PMBOK) = EAC − AC; null when EAC is null. */
export function etc(figures: { readonly eac: Rational | null; readonly ac: Rational }): Rational | null {
  return figures.eac === null ? null : figures.eac.sub(figures.ac);
}

/** VAC, variance at completion (ANSI/EIA-748, PMBOK) = BAC − EAC; null when EAC is null. */
export function vac(figures: { readonly bac: Rational; readonly eac: Rational | null }): Rational | null {
  return figures.eac === null ? null : figures.bac.sub(figures.eac);
}

/** TCPI, to-complete performance index on BAC (PMBOK) = (BAC − EV) / (BAC − AC); null when BAC = AC. */
export function tcpi(totals: Pick<EvmTotals, 'bac' | 'ev' | 'ac'>): Rational | null {
  return totals.bac.sub(totals.ev).div(totals.bac.sub(totals.ac));
}

/** Percent complete as a fraction (PMBOK) = EV / BAC; null when BAC = 0. */
export function percentComplete(totals: Pick<EvmTotals, 'ev' | 'bac'>): Rational | null {
  return totals.ev.div(totals.bac);
}

/** Every EVM figure at the control date, derived from (possibly rolled-up) totals. */
export function deriveMetrics(totals: EvmTotals, controlDate: string): EvmMetrics {
  epochDay(controlDate); // fail here, not in the API layer, on a malformed date
  const estimateAtCompletion = eac(totals);
  return {
    controlDate,
    bac: totals.bac,
    pv: totals.pv,
    ev: totals.ev,
    ac: totals.ac,
    cv: cv(totals),
    sv: sv(totals),
    cpi: toIndex(cpi(totals)),
    spi: toIndex(spi(totals)),
    eac: estimateAtCompletion,
    etc: etc({ eac: estimateAtCompletion, ac: totals.ac }),
    vac: vac({ bac: totals.bac, eac: estimateAtCompletion }),
    tcpi: toIndex(tcpi(totals)),
    percentComplete: toIndex(percentComplete(totals)),
  };
}

/** The API form of the metrics: money rounded half to even to two decimals only here. */
export function formatMetrics(metrics: EvmMetrics): EvmMetricsView {
  return {
    controlDate: metrics.controlDate,
    bac: formatMoney(metrics.bac),
    pv: formatMoney(metrics.pv),
    ev: formatMoney(metrics.ev),
    ac: formatMoney(metrics.ac),
    cv: formatMoney(metrics.cv),
    sv: formatMoney(metrics.sv),
    cpi: metrics.cpi,
    spi: metrics.spi,
    eac: formatMoneyOrNull(metrics.eac),
    etc: formatMoneyOrNull(metrics.etc),
    vac: formatMoneyOrNull(metrics.vac),
    tcpi: metrics.tcpi,
    percentComplete: metrics.percentComplete,
  };
}

const ONE_HUNDREDTH = Rational.of(1n, 100n);

function toIndex(value: Rational | null): number | null {
  return value === null ? null : value.toNumber();
}

function plannedFractionAt(start: number, end: number, day: number): Rational {
  if (day < start) return Rational.ZERO;
  if (day >= end) return Rational.ONE;
  return Rational.of(BigInt(day - start + 1), BigInt(end - start + 1));
}

function pvAt(budget: Rational, input: CostElementEvmInput, day: number): Rational {
  const fraction = plannedFractionAt(epochDay(input.plannedStart), epochDay(input.plannedEnd), day);
  return budget.mul(fraction);
}

function latestPercentCompleteAt(progress: CostElementEvmInput['progress'], day: number): Rational | null {
  let latest: { readonly day: number; readonly percent: number } | null = null;
  for (const entry of progress) {
    const measured = epochDay(entry.measuredOn);
    // `>=` rather than `>`: on a same-day tie the entry committed later replaces the earlier.
    if (measured <= day && (latest === null || measured >= latest.day)) {
      latest = { day: measured, percent: entry.percentComplete };
    }
  }
  return latest === null ? null : Rational.fromNumber(latest.percent);
}

function evAt(budget: Rational, input: CostElementEvmInput, day: number): Rational {
  const percent = latestPercentCompleteAt(input.progress, day);
  if (percent === null) return Rational.ZERO;
  return budget.mul(percent).mul(ONE_HUNDREDTH);
}

function acAt(input: CostElementEvmInput, day: number): Rational {
  const incurred: Rational[] = [];
  for (const cost of input.costs) {
    if (epochDay(cost.incurredOn) <= day) incurred.push(Rational.parse(cost.amount));
  }
  return Rational.sum(incurred);
}
