import { addDays } from '../src/evm/calendar.js';
import { type CostElementEvmInput, elementTotals, sumTotals } from '../src/evm/metrics.js';
import { Rational } from '../src/evm/rational.js';
import { rollupTotals } from '../src/evm/rollup.js';

const D = '2025-06-30';
const ELEMENTS = 10_000;
const DURATIONS = 400;

// Deterministic pseudo-random cents, so the measurement is repeatable.
function* lcg(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    yield state;
  }
}

function projectElements(): CostElementEvmInput[] {
  const random = lcg(42);
  const next = (): number => random.next().value ?? 0;
  return Array.from({ length: ELEMENTS }, (_, i) => {
    const days = 1 + (i % DURATIONS); // 400 distinct durations -> many PV denominators
    const elapsed = 1 + (next() % days);
    const cents = BigInt(next() % 100_000_000);
    return {
      budget: Rational.of(cents, 100n).toFixedHalfEven(2),
      plannedStart: addDays(D, 1 - elapsed),
      plannedEnd: addDays(D, days - elapsed),
      costs: [],
      progress: [],
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
 * Micro-benchmark of the exact EVM arithmetic on a 10,000-element project (`npx tsx bench/evm-sum.ts`):
 * grouped Rational.sum against a naive left fold, and a roll-up over a 1,000-WBE tree.
 */
export function runEvmSumBench(): Record<string, number> {
  const totals = projectElements().map((element) => elementTotals(element, D));
  const pvTerms = totals.map((t) => t.pv);
  const distinctDenominators = new Set(pvTerms.map((pv) => pv.denominator)).size;
  let grouped = Rational.ZERO;
  const firstMs = bestOf(1, () => (grouped = Rational.sum(pvTerms)));
  const groupedMs = bestOf(5, () => Rational.sum(pvTerms));
  const allFieldsMs = bestOf(5, () => sumTotals(totals));
  let naive = Rational.ZERO;
  const naiveMs = bestOf(1, () => (naive = pvTerms.reduce((a, b) => a.add(b), Rational.ZERO)));
  if (!grouped.equals(naive)) throw new Error('grouped and naive sums differ');
  const wbes = Array.from({ length: 1_000 }, (_, i) => ({
    id: `W${i}`,
    parentId: i < 10 ? null : `W${Math.floor(i / 10) - 1}`,
  }));
  const elements = totals.map((t, i) => ({ id: `E${i}`, wbeId: `W${(i * 7) % wbes.length}`, totals: t }));
  const rollupMs = bestOf(3, () => rollupTotals(wbes, elements));
  return {
    elements: ELEMENTS,
    distinctDenominators,
    firstSumMs: firstMs,
    groupedSumBestOf5Ms: groupedMs,
    sumTotalsBestOf5Ms: allFieldsMs,
    naiveFoldMs: naiveMs,
    rollup1000WbesBestOf3Ms: rollupMs,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(runEvmSumBench());
}
