/** Public surface of the pure EVM module: exact rationals, calendar days, metrics and roll-ups. */
export { Rational } from './rational.js';
export {
  addDays,
  compareIsoDates,
  daysBetween,
  epochDay,
  isIsoDate,
  isoDateOfEpochDay,
  tryEpochDay,
} from './calendar.js';
export { formatMoney, formatMoneyOrNull, parseMoney } from './money.js';
export {
  ac,
  bac,
  cpi,
  cv,
  deriveMetrics,
  eac,
  elementTotals,
  etc,
  ev,
  formatMetrics,
  latestPercentComplete,
  percentComplete,
  plannedFraction,
  pv,
  spi,
  sumTotals,
  sv,
  tcpi,
  vac,
  ZERO_TOTALS,
} from './metrics.js';
export type { CostElementEvmInput, EvmMetrics, EvmMetricsView, EvmTotals } from './metrics.js';
export { MAX_SERIES_POINTS, metricsSeries, seriesDates, SeriesRangeError, totalsSeries } from './series.js';
export type { SeriesInterval } from './series.js';
export { rollupBy, rollupTotals, rollupWith, WbsStructureError } from './rollup.js';
export type { ElementEvmTotals, Rollup, WbeMember, WbeNode, WbsStructureErrorCode } from './rollup.js';
export { subtractTotals, totalsOfSums } from './grouped-totals.js';
export type { GroupedSums } from './grouped-totals.js';
