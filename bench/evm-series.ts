import { addDays } from '../src/evm/calendar.js';
import { type CostElementEvmInput, elementTotals, sumTotals } from '../src/evm/metrics.js';
import { Rational } from '../src/evm/rational.js';
import { seriesDates, totalsSeries } from '../src/evm/series.js';

const START = '2026-01-01';
const ELEMENTS = 10_000;

function* lcg(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    yield state;
  }
}

/** An L-sized project: 10,000 elements over a year, 3 costs and 2 progress entries each. */
function projectElements(): CostElementEvmInput[] {
  const random = lcg(7);
  const next = (): number => random.next().value ?? 0;
  return Array.from({ length: ELEMENTS }, () => {
    const start = next() % 300;
    const days = 14 + (next() % 300);
    const day = (): string => addDays(START, start + (next() % days));
    return {
      budget: Rational.of(BigInt(next() % 100_000_000), 100n).toFixedHalfEven(2),
      plannedStart: addDays(START, start),
      plannedEnd: addDays(START, start + days),
      costs: [0, 1, 2].map(() => ({
        amount: Rational.of(BigInt(next() % 1_000_000), 100n).toFixedHalfEven(2),
        incurredOn: day(),
      })),
      progress: [25, 60].map((percentComplete) => ({ percentComplete, measuredOn: day() })),
    };
  });
}

function bestOf(runs: number, work: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * The S-curve arithmetic on an L-sized project (`npx tsx bench/evm-series.ts`): one sweep for
 * 53 weekly points against the per-date evaluation it replaces, and a single control date.
 */
export function runEvmSeriesBench(): Record<string, number> {
  const elements = projectElements();
  const dates = seriesDates(START, '2026-12-31', 'WEEK');
  const oneDateMs = bestOf(3, () => sumTotals(elements.map((e) => elementTotals(e, '2026-06-30'))));
  const sweepMs = bestOf(3, () => totalsSeries(elements, dates));
  const perDateMs = process.env['SKIP_PER_DATE']
    ? -1
    : bestOf(1, () => dates.map((d) => sumTotals(elements.map((e) => elementTotals(e, d)))));
  const sweep = totalsSeries(elements, dates);
  dates.forEach((d, i) => {
    const expected = sumTotals(elements.map((e) => elementTotals(e, d)));
    if (!sweep[i]?.pv.equals(expected.pv) || !sweep[i]?.ev.equals(expected.ev) || !sweep[i]?.ac.equals(expected.ac)) {
      throw new Error(`series differs from per-date totals at ${d}`);
    }
  });
  return { elements: ELEMENTS, points: dates.length, oneDateMs, sweep53Ms: sweepMs, perDate53Ms: perDateMs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(runEvmSeriesBench());
}
