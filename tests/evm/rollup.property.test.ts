import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/evm/calendar.js';
import {
  type CostElementEvmInput,
  type EvmTotals,
  cpi,
  cv,
  deriveMetrics,
  eac,
  elementTotals,
  spi,
  ZERO_TOTALS,
} from '../../src/evm/metrics.js';
import { Rational } from '../../src/evm/rational.js';
import { type ElementEvmTotals, type WbeNode, rollupTotals } from '../../src/evm/rollup.js';

const D = '2025-06-30';

// Money in cents; PV over a random day count, so the parts have many denominators.
const totalsArb: fc.Arbitrary<EvmTotals> = fc
  .record({
    bac: fc.bigInt({ min: 0n, max: 10n ** 9n }),
    pv: fc.bigInt({ min: 0n, max: 10n ** 9n }),
    pvDays: fc.bigInt({ min: 1n, max: 400n }),
    ev: fc.bigInt({ min: 0n, max: 10n ** 9n }),
    ac: fc.bigInt({ min: -(10n ** 6n), max: 10n ** 9n }),
  })
  .map(({ bac, pv, pvDays, ev, ac }) => ({
    bac: Rational.of(bac, 100n),
    pv: Rational.of(pv, 100n * pvDays),
    ev: Rational.of(ev, 100n),
    ac: Rational.of(ac, 100n),
  }));

interface Project {
  readonly wbes: readonly WbeNode[];
  readonly elements: readonly ElementEvmTotals[];
}

// Parents always come from earlier indices (so the tree is acyclic); the list is then
// shuffled so the roll-up cannot rely on parents coming first.
const projectArb: fc.Arbitrary<Project> = fc
  .array(fc.record({ parent: fc.option(fc.nat(), { freq: 4 }), orderKey: fc.nat() }), { minLength: 1, maxLength: 25 })
  .chain((shape) =>
    fc
      .array(fc.record({ wbe: fc.nat(), isGhost: fc.nat({ max: 7 }).map((n) => n === 0), totals: totalsArb }), {
        maxLength: 40,
      })
      .map((elementShapes) => {
        const wbes = shape
          .map(({ parent, orderKey }, i) => ({
            wbe: { id: `W${i}`, parentId: parent === null || i === 0 ? null : `W${parent % i}` },
            orderKey,
          }))
          .sort((a, b) => a.orderKey - b.orderKey)
          .map(({ wbe }) => wbe);
        const elements = elementShapes.map(({ wbe, isGhost, totals }, i) => ({
          id: `E${i}`,
          wbeId: isGhost ? `gone${wbe}` : `W${wbe % shape.length}`,
          totals,
        }));
        return { wbes, elements };
      }),
  );

/** Field-wise sum by repeated add: deliberately not the grouped sum under test. */
function naiveSum(list: readonly EvmTotals[]): EvmTotals {
  return list.reduce(
    (sum, t) => ({ bac: sum.bac.add(t.bac), pv: sum.pv.add(t.pv), ev: sum.ev.add(t.ev), ac: sum.ac.add(t.ac) }),
    ZERO_TOTALS,
  );
}

function sameTotals(actual: EvmTotals | undefined, expected: EvmTotals): boolean {
  return (
    actual !== undefined &&
    actual.bac.equals(expected.bac) &&
    actual.pv.equals(expected.pv) &&
    actual.ev.equals(expected.ev) &&
    actual.ac.equals(expected.ac)
  );
}

function ancestorsAndSelf(wbes: readonly WbeNode[], id: string): Set<string> {
  const parentOf = new Map(wbes.map((wbe) => [wbe.id, wbe.parentId]));
  const chain = new Set<string>();
  for (let at: string | null | undefined = id; at != null && parentOf.has(at); at = parentOf.get(at)) chain.add(at);
  return chain;
}

describe('roll-up properties', () => {
  it('every WBE total is the sum of the elements in its subtree; the project is the sum of live elements', () => {
    fc.assert(
      fc.property(projectArb, ({ wbes, elements }) => {
        const rollup = rollupTotals(wbes, elements);
        expect(rollup.byWbe.size).toBe(wbes.length);
        for (const wbe of wbes) {
          const inSubtree = elements.filter((e) => ancestorsAndSelf(wbes, e.wbeId).has(wbe.id));
          expect(sameTotals(rollup.byWbe.get(wbe.id), naiveSum(inSubtree.map((e) => e.totals)))).toBe(true);
        }
        const live = elements.filter((e) => wbes.some((wbe) => wbe.id === e.wbeId));
        expect(sameTotals(rollup.project, naiveSum(live.map((e) => e.totals)))).toBe(true);
        const topLevel = wbes
          .filter((wbe) => wbe.parentId === null)
          .map((wbe) => rollup.byWbe.get(wbe.id) ?? ZERO_TOTALS);
        expect(sameTotals(rollup.project, naiveSum(topLevel))).toBe(true);
      }),
    );
  });

  it('roll-up indices come from the summed totals, and variances add up', () => {
    fc.assert(
      fc.property(fc.array(totalsArb, { minLength: 1, maxLength: 30 }), (parts) => {
        const wbes = [{ id: 'W', parentId: null }];
        const rollup = rollupTotals(
          wbes,
          parts.map((totals, i) => ({ id: `E${i}`, wbeId: 'W', totals })),
        );
        const summed = naiveSum(parts);
        const metrics = deriveMetrics(rollup.project, D);
        const evOverAc = summed.ev.div(summed.ac);
        const evOverPv = summed.ev.div(summed.pv);
        expect(metrics.cpi).toBe(evOverAc === null ? null : evOverAc.toNumber());
        expect(metrics.spi).toBe(evOverPv === null ? null : evOverPv.toNumber());
        const expectedEac = summed.ac.isZero() ? null : summed.bac.mul(summed.ac).div(summed.ev);
        expect(metrics.eac === null ? null : metrics.eac.toString()).toBe(
          expectedEac === null ? null : expectedEac.toString(),
        );
        // Variances are linear, so they are the sums of the parts' variances.
        expect(metrics.cv.equals(parts.map((p) => cv(p)).reduce((a, b) => a.add(b), Rational.ZERO))).toBe(true);
      }),
    );
  });

  it('a roll-up CPI and SPI lie between the parts’ extremes (a weighted mean, not a plain average)', () => {
    const positive = totalsArb.filter((t) => t.ac.sign() > 0 && t.pv.sign() > 0);
    fc.assert(
      fc.property(fc.array(positive, { minLength: 1, maxLength: 20 }), (parts) => {
        const rolled = naiveSum(parts);
        for (const index of [cpi, spi]) {
          const whole = index(rolled);
          const values = parts.map((p) => index(p)).filter((v): v is Rational => v !== null);
          expect(whole).not.toBeNull();
          if (whole === null) return;
          const min = values.reduce((a, b) => (a.compare(b) <= 0 ? a : b));
          const max = values.reduce((a, b) => (a.compare(b) >= 0 ? a : b));
          expect(whole.compare(min)).toBeGreaterThanOrEqual(0);
          expect(whole.compare(max)).toBeLessThanOrEqual(0);
        }
        expect(eac(rolled) === null).toBe(rolled.ev.isZero());
      }),
    );
  });
});

describe('element properties', () => {
  const elementArb: fc.Arbitrary<CostElementEvmInput> = fc
    .record({
      budgetCents: fc.bigInt({ min: 0n, max: 10n ** 10n }),
      startOffset: fc.integer({ min: -400, max: 400 }),
      length: fc.integer({ min: 0, max: 400 }),
      costs: fc.array(
        fc.record({ cents: fc.bigInt({ min: 0n, max: 10n ** 8n }), offset: fc.integer({ min: -400, max: 400 }) }),
        { maxLength: 10 },
      ),
      progress: fc.array(
        fc.record({ percent: fc.integer({ min: 0, max: 1000 }), offset: fc.integer({ min: -400, max: 400 }) }),
        { maxLength: 10 },
      ),
    })
    .map(({ budgetCents, startOffset, length, costs, progress }) => ({
      budget: Rational.of(budgetCents, 100n).toFixedHalfEven(2),
      plannedStart: addDays(D, startOffset),
      plannedEnd: addDays(D, startOffset + length),
      costs: costs.map(({ cents, offset }) => ({
        amount: Rational.of(cents, 100n).toFixedHalfEven(2),
        incurredOn: addDays(D, offset),
      })),
      progress: progress.map(({ percent, offset }) => ({
        percentComplete: percent / 10,
        measuredOn: addDays(D, offset),
      })),
    }));

  it('PV and AC never decrease with the control date, and PV stays within 0..BAC', () => {
    fc.assert(
      fc.property(elementArb, fc.integer({ min: -450, max: 450 }), (element, offset) => {
        const today = elementTotals(element, addDays(D, offset));
        const tomorrow = elementTotals(element, addDays(D, offset + 1));
        expect(tomorrow.pv.compare(today.pv)).toBeGreaterThanOrEqual(0);
        expect(tomorrow.ac.compare(today.ac)).toBeGreaterThanOrEqual(0);
        expect(today.pv.sign()).toBeGreaterThanOrEqual(0);
        expect(today.pv.compare(today.bac)).toBeLessThanOrEqual(0);
        expect(today.ev.compare(today.bac)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
