import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/evm/calendar.js';
import { type CostElementEvmInput, elementTotals, sumTotals } from '../../src/evm/metrics.js';
import { Rational } from '../../src/evm/rational.js';
import { rollupTotals } from '../../src/evm/rollup.js';

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

describe('summing a large project', () => {
  const totals = projectElements().map((element) => elementTotals(element, D));
  const pvTerms = totals.map((t) => t.pv);

  it('sums 10,000 PV terms with 400 distinct durations well under 50 ms', () => {
    const distinctDenominators = new Set(pvTerms.map((pv) => pv.denominator)).size;
    let grouped = Rational.ZERO;
    const firstMs = bestOf(1, () => (grouped = Rational.sum(pvTerms)));
    const groupedMs = bestOf(5, () => Rational.sum(pvTerms));
    const allFieldsMs = bestOf(5, () => sumTotals(totals));
    // The left fold is the reference result and shows what the grouping saves.
    let naive = Rational.ZERO;
    const naiveMs = bestOf(1, () => (naive = pvTerms.reduce((a, b) => a.add(b), Rational.ZERO)));
    expect(grouped.equals(naive)).toBe(true);
    console.info(
      `Rational.sum of ${pvTerms.length} PV terms (${distinctDenominators} distinct denominators, ` +
        `result denominator ${grouped.denominator.toString(2).length} bits): first call ${firstMs.toFixed(2)} ms, ` +
        `best of 5 ${groupedMs.toFixed(2)} ms; naive left fold ${naiveMs.toFixed(2)} ms; ` +
        `sumTotals (BAC, PV, EV, AC) ${allFieldsMs.toFixed(2)} ms`,
    );
    expect(distinctDenominators).toBeGreaterThan(DURATIONS);
    expect(groupedMs).toBeLessThan(50);
  });

  it('rolls 10,000 elements up a 1,000-WBE tree in a few milliseconds', () => {
    const wbes = Array.from({ length: 1_000 }, (_, i) => ({
      id: `W${i}`,
      parentId: i < 10 ? null : `W${Math.floor(i / 10) - 1}`,
    }));
    const elements = totals.map((t, i) => ({ id: `E${i}`, wbeId: `W${(i * 7) % wbes.length}`, totals: t }));
    const started = performance.now();
    const rollup = rollupTotals(wbes, elements);
    const elapsedMs = performance.now() - started;
    console.info(`rollupTotals of ${elements.length} elements over ${wbes.length} WBEs: ${elapsedMs.toFixed(2)} ms`);
    expect(rollup.project.pv.equals(sumTotals(totals).pv)).toBe(true);
    expect(elapsedMs).toBeLessThan(500);
  });
});
