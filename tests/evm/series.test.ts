import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/evm/calendar.js';
import {
  type CostElementEvmInput,
  type EvmTotals,
  deriveMetrics,
  elementTotals,
  formatMetrics,
  sumTotals,
} from '../../src/evm/metrics.js';
import { MAX_SERIES_POINTS, metricsSeries, seriesDates, SeriesRangeError, totalsSeries } from '../../src/evm/series.js';

const BASE = '2026-01-01';

describe('seriesDates', () => {
  const cases: { name: string; from: string; to: string; interval: 'DAY' | 'WEEK' | 'MONTH'; expected: string[] }[] = [
    { name: 'one day', from: BASE, to: BASE, interval: 'DAY', expected: [BASE] },
    {
      name: 'days, both ends included',
      from: '2026-02-27',
      to: '2026-03-02',
      interval: 'DAY',
      expected: ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02'],
    },
    {
      name: 'weeks stop on or before to',
      from: BASE,
      to: '2026-01-21',
      interval: 'WEEK',
      expected: ['2026-01-01', '2026-01-08', '2026-01-15'],
    },
    {
      name: 'months keep the day of the month, clamped to short months',
      from: '2026-01-31',
      to: '2026-05-30',
      interval: 'MONTH',
      expected: ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30'],
    },
    {
      name: 'months across a leap February and a year end',
      from: '2027-11-29',
      to: '2028-03-29',
      interval: 'MONTH',
      expected: ['2027-11-29', '2027-12-29', '2028-01-29', '2028-02-29', '2028-03-29'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(seriesDates(c.from, c.to, c.interval)).toEqual(c.expected);
    });
  }

  it('a year of weeks is 53 points', () => {
    const dates = seriesDates('2026-01-01', '2026-12-31', 'WEEK');
    expect(dates).toHaveLength(53);
    expect(dates.at(-1)).toBe('2026-12-31');
  });

  it('refuses a reversed range and a range past the cap, naming the argument', () => {
    expect(() => seriesDates('2026-02-01', '2026-01-31', 'DAY')).toThrow(SeriesRangeError);
    const tooLong = addDays(BASE, MAX_SERIES_POINTS);
    expect(() => seriesDates(BASE, tooLong, 'DAY')).toThrow(/limit of 1000/);
    expect(seriesDates(BASE, addDays(BASE, MAX_SERIES_POINTS - 1), 'DAY')).toHaveLength(MAX_SERIES_POINTS);
    expect(() => seriesDates('1900-01-01', '2026-01-01', 'MONTH')).toThrow(SeriesRangeError);
    try {
      seriesDates('2026-02-01', '2026-01-31', 'DAY');
    } catch (error) {
      expect(error instanceof SeriesRangeError && error.field).toBe('to');
    }
  });
});

const dayArb = fc.integer({ min: -20, max: 400 }).map((n) => addDays(BASE, n));
const moneyArb = fc.bigInt({ min: 0n, max: 10n ** 10n }).map((cents) => (Number(cents) / 100).toFixed(2));
const percentArb = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));

const elementArb: fc.Arbitrary<CostElementEvmInput> = fc.record({
  budget: moneyArb,
  plannedStart: dayArb,
  plannedEnd: dayArb,
  costs: fc.array(fc.record({ amount: moneyArb, incurredOn: dayArb }), { maxLength: 6 }),
  // Few distinct days, so same-day ties (the later entry wins) are frequent.
  progress: fc.array(
    fc.record({
      percentComplete: percentArb,
      measuredOn: fc.integer({ min: 0, max: 8 }).map((n) => addDays(BASE, n * 30)),
    }),
    { maxLength: 6 },
  ),
});

function sameTotals(actual: EvmTotals | undefined, expected: EvmTotals): boolean {
  return (
    actual !== undefined &&
    actual.bac.equals(expected.bac) &&
    actual.pv.equals(expected.pv) &&
    actual.ev.equals(expected.ev) &&
    actual.ac.equals(expected.ac)
  );
}

describe('totalsSeries', () => {
  it('equals the element totals summed at every date, for any elements and any dates', () => {
    fc.assert(
      fc.property(
        fc.array(elementArb, { maxLength: 25 }),
        fc.array(dayArb, { minLength: 1, maxLength: 12 }),
        (elements, dates) => {
          const series = totalsSeries(elements, dates);
          dates.forEach((date, i) => {
            const expected = sumTotals(elements.map((e) => elementTotals(e, date)));
            expect(sameTotals(series[i], expected)).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('derives every figure as evm(at:) does, to the serialized digit', () => {
    fc.assert(
      fc.property(fc.array(elementArb, { minLength: 1, maxLength: 15 }), (elements) => {
        const dates = seriesDates(addDays(BASE, -7), addDays(BASE, 380), 'WEEK');
        const series = metricsSeries(elements, dates);
        dates.forEach((date, i) => {
          const expected = deriveMetrics(sumTotals(elements.map((e) => elementTotals(e, date))), date);
          expect(formatMetrics(series[i] ?? expected)).toEqual(formatMetrics(expected));
        });
      }),
      { numRuns: 100 },
    );
  });

  it('hand-computed: a 10-day plan, one cost, progress corrected on the same day', () => {
    const element: CostElementEvmInput = {
      budget: '1000.00',
      plannedStart: '2026-01-01',
      plannedEnd: '2026-01-10',
      costs: [{ amount: '300.00', incurredOn: '2026-01-03' }],
      progress: [
        { percentComplete: 50, measuredOn: '2026-01-05' },
        { percentComplete: 40, measuredOn: '2026-01-05' },
      ],
    };
    const [before, third, fifth, end] = metricsSeries(
      [element],
      ['2025-12-31', '2026-01-03', '2026-01-05', '2026-01-10'],
    ).map(formatMetrics);
    expect(before).toMatchObject({ pv: '0.00', ev: '0.00', ac: '0.00' });
    expect(third).toMatchObject({ pv: '300.00', ev: '0.00', ac: '300.00' });
    expect(fifth).toMatchObject({ pv: '500.00', ev: '400.00', ac: '300.00', cpi: 4 / 3 });
    expect(end).toMatchObject({ pv: '1000.00', ev: '400.00', bac: '1000.00' });
  });

  it('an empty set of elements is zero everywhere', () => {
    const [point] = metricsSeries([], [BASE]).map(formatMetrics);
    expect(point).toMatchObject({ bac: '0.00', pv: '0.00', ev: '0.00', ac: '0.00', cpi: null, spi: null });
  });
});
