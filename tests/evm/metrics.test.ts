import { describe, expect, it } from 'vitest';
import {
  type CostElementEvmInput,
  type EvmTotals,
  deriveMetrics,
  elementTotals,
  formatMetrics,
  latestPercentComplete,
  plannedFraction,
  sumTotals,
} from '../../src/evm/metrics.js';
import { Rational } from '../../src/evm/rational.js';

const money = (value: Rational): string => value.toFixedHalfEven(2);

const totalsOf = (bac: string, pv: string, ev: string, ac: string): EvmTotals => ({
  bac: Rational.parse(bac),
  pv: Rational.parse(pv),
  ev: Rational.parse(ev),
  ac: Rational.parse(ac),
});

// A ten-day plan (2025-01-01 .. 2025-01-10), so each calendar day plans 100.00.
const tenDayElement: CostElementEvmInput = {
  budget: '1000.00',
  plannedStart: '2025-01-01',
  plannedEnd: '2025-01-10',
  costs: [
    { amount: '100.00', incurredOn: '2025-01-02' },
    { amount: '50.50', incurredOn: '2025-01-05' },
    { amount: '200.00', incurredOn: '2025-01-20' },
  ],
  // Deliberately out of date order: the latest measuredOn <= D wins, not the array position.
  progress: [
    { percentComplete: 10, measuredOn: '2025-01-03' },
    { percentComplete: 40, measuredOn: '2025-01-08' },
    { percentComplete: 25, measuredOn: '2025-01-06' },
    { percentComplete: 90, measuredOn: '2025-01-12' },
  ],
};

describe('elementTotals of a ten-day element at several control dates', () => {
  it.each([
    { name: 'day before start', at: '2024-12-31', pv: '0.00', ev: '0.00', ac: '0.00' },
    { name: 'first day counts as a whole day', at: '2025-01-01', pv: '100.00', ev: '0.00', ac: '0.00' },
    { name: 'first cost on its own day', at: '2025-01-02', pv: '200.00', ev: '0.00', ac: '100.00' },
    { name: 'mid-way', at: '2025-01-05', pv: '500.00', ev: '100.00', ac: '150.50' },
    { name: 'entry given last but measured earlier', at: '2025-01-07', pv: '700.00', ev: '250.00', ac: '150.50' },
    { name: 'later measurement wins over array order', at: '2025-01-08', pv: '800.00', ev: '400.00', ac: '150.50' },
    { name: 'day before the end', at: '2025-01-09', pv: '900.00', ev: '400.00', ac: '150.50' },
    { name: 'last day', at: '2025-01-10', pv: '1000.00', ev: '400.00', ac: '150.50' },
    { name: 'after end, progress still moving', at: '2025-01-12', pv: '1000.00', ev: '900.00', ac: '150.50' },
    { name: 'long after end, late cost included', at: '2025-02-01', pv: '1000.00', ev: '900.00', ac: '350.50' },
  ])('$name ($at)', ({ at, pv, ev, ac }) => {
    const totals = elementTotals(tenDayElement, at);
    expect({ bac: money(totals.bac), pv: money(totals.pv), ev: money(totals.ev), ac: money(totals.ac) }).toEqual({
      bac: '1000.00',
      pv,
      ev,
      ac,
    });
  });
});

describe('planned value spread', () => {
  it.each([
    { start: '2025-01-01', end: '2025-01-03', at: '2025-01-01', fraction: [1n, 3n] },
    { start: '2025-01-01', end: '2025-01-03', at: '2025-01-02', fraction: [2n, 3n] },
    { start: '2025-01-01', end: '2025-01-03', at: '2025-01-03', fraction: [1n, 1n] },
    { start: '2025-01-05', end: '2025-01-05', at: '2025-01-04', fraction: [0n, 1n] },
    { start: '2025-01-05', end: '2025-01-05', at: '2025-01-05', fraction: [1n, 1n] },
    { start: '2024-02-28', end: '2024-03-01', at: '2024-02-29', fraction: [2n, 3n] },
    { start: '2025-02-28', end: '2025-03-01', at: '2025-02-28', fraction: [1n, 2n] },
    { start: '2025-01-10', end: '2025-01-01', at: '2025-01-09', fraction: [0n, 1n] },
    { start: '2025-01-10', end: '2025-01-01', at: '2025-01-10', fraction: [1n, 1n] },
  ])('$start..$end at $at', ({ start, end, at, fraction: [numerator, denominator] }) => {
    expect(plannedFraction(start, end, at).equals(Rational.of(numerator ?? 0n, denominator ?? 1n))).toBe(true);
  });

  it('keeps thirds exact until formatting', () => {
    const element: CostElementEvmInput = {
      budget: '100.00',
      plannedStart: '2025-01-01',
      plannedEnd: '2025-01-03',
      costs: [],
      progress: [],
    };
    const first = elementTotals(element, '2025-01-01').pv;
    const second = elementTotals(element, '2025-01-02').pv;
    expect(first.equals(Rational.of(100n, 3n))).toBe(true);
    expect([money(first), money(second)]).toEqual(['33.33', '66.67']);
    expect(first.add(first).add(first).equals(Rational.parse('100'))).toBe(true);
  });
});

describe('earned value from progress entries', () => {
  const withProgress = (progress: CostElementEvmInput['progress']): CostElementEvmInput => ({
    ...tenDayElement,
    progress,
  });

  it.each([
    { name: 'no entries', progress: [], ev: '0.00' },
    { name: 'only entries after D', progress: [{ percentComplete: 50, measuredOn: '2025-01-06' }], ev: '0.00' },
    { name: 'entry on D counts', progress: [{ percentComplete: 50, measuredOn: '2025-01-05' }], ev: '500.00' },
    { name: '100% complete', progress: [{ percentComplete: 100, measuredOn: '2025-01-02' }], ev: '1000.00' },
    {
      name: 'same-day tie: last given wins',
      progress: [
        { percentComplete: 30, measuredOn: '2025-01-05' },
        { percentComplete: 35, measuredOn: '2025-01-05' },
      ],
      ev: '350.00',
    },
    {
      name: 'same-day tie reversed',
      progress: [
        { percentComplete: 35, measuredOn: '2025-01-05' },
        { percentComplete: 30, measuredOn: '2025-01-05' },
      ],
      ev: '300.00',
    },
    {
      name: 'latest wins even when lower (rework)',
      progress: [
        { percentComplete: 60, measuredOn: '2025-01-03' },
        { percentComplete: 45, measuredOn: '2025-01-04' },
      ],
      ev: '450.00',
    },
    { name: 'decimal percent is exact', progress: [{ percentComplete: 33.3, measuredOn: '2025-01-01' }], ev: '333.00' },
  ])('$name', ({ progress, ev }) => {
    expect(money(elementTotals(withProgress(progress), '2025-01-05').ev)).toBe(ev);
  });

  it('takes the percent as its decimal, not its binary value', () => {
    const percent = latestPercentComplete([{ percentComplete: 12.345, measuredOn: '2025-01-01' }], '2025-01-01');
    expect(percent?.equals(Rational.parse('12.345'))).toBe(true);
  });
});

describe('deriveMetrics', () => {
  const D = '2025-06-30';
  const cases: readonly {
    name: string;
    totals: EvmTotals;
    expected: Omit<ReturnType<typeof formatMetrics>, 'controlDate' | 'bac' | 'pv' | 'ev' | 'ac'>;
  }[] = [
    {
      name: 'over budget and late',
      totals: totalsOf('1000', '500', '400', '500'),
      expected: {
        cv: '-100.00',
        sv: '-100.00',
        cpi: 0.8,
        spi: 0.8,
        eac: '1250.00',
        etc: '750.00',
        vac: '-250.00',
        tcpi: 1.2,
        percentComplete: 0.4,
      },
    },
    {
      name: 'AC = 0: CPI and everything from EAC are null',
      totals: totalsOf('1000', '200', '100', '0'),
      expected: {
        cv: '100.00',
        sv: '-100.00',
        cpi: null,
        spi: 0.5,
        eac: null,
        etc: null,
        vac: null,
        tcpi: 0.9,
        percentComplete: 0.1,
      },
    },
    {
      name: 'PV = 0 (work done before it was planned): SPI null',
      totals: totalsOf('1000', '0', '50', '40'),
      expected: {
        cv: '10.00',
        sv: '50.00',
        cpi: 1.25,
        spi: null,
        eac: '800.00',
        etc: '760.00',
        vac: '200.00',
        tcpi: 950 / 960,
        percentComplete: 0.05,
      },
    },
    {
      name: 'nothing yet: PV, EV and AC all 0',
      totals: totalsOf('1000', '0', '0', '0'),
      expected: {
        cv: '0.00',
        sv: '0.00',
        cpi: null,
        spi: null,
        eac: null,
        etc: null,
        vac: null,
        tcpi: 1,
        percentComplete: 0,
      },
    },
    {
      name: 'EV = 0 with costs: CPI is 0, so EAC is null',
      totals: totalsOf('1000', '100', '0', '30'),
      expected: {
        cv: '-30.00',
        sv: '-100.00',
        cpi: 0,
        spi: 0,
        eac: null,
        etc: null,
        vac: null,
        tcpi: 1000 / 970,
        percentComplete: 0,
      },
    },
    {
      name: 'BAC = AC: TCPI null',
      totals: totalsOf('1000', '1000', '800', '1000'),
      expected: {
        cv: '-200.00',
        sv: '-200.00',
        cpi: 0.8,
        spi: 0.8,
        eac: '1250.00',
        etc: '250.00',
        vac: '-250.00',
        tcpi: null,
        percentComplete: 0.8,
      },
    },
    {
      name: 'BAC = 0: percent complete null (and TCPI, as BAC = AC)',
      totals: totalsOf('0', '0', '0', '0'),
      expected: {
        cv: '0.00',
        sv: '0.00',
        cpi: null,
        spi: null,
        eac: null,
        etc: null,
        vac: null,
        tcpi: null,
        percentComplete: null,
      },
    },
    {
      name: 'BAC = 0 with costs',
      totals: totalsOf('0', '0', '0', '10'),
      expected: {
        cv: '-10.00',
        sv: '0.00',
        cpi: 0,
        spi: null,
        eac: null,
        etc: null,
        vac: null,
        tcpi: 0,
        percentComplete: null,
      },
    },
    {
      name: 'EAC stays exact: thirds rounded only at the end',
      totals: totalsOf('100', '30', '30', '10'),
      expected: {
        cv: '20.00',
        sv: '0.00',
        cpi: 3,
        spi: 1,
        eac: '33.33',
        etc: '23.33',
        vac: '66.67',
        tcpi: 70 / 90,
        percentComplete: 0.3,
      },
    },
  ];

  it.each(cases)('$name', ({ totals, expected }) => {
    const view = formatMetrics(deriveMetrics(totals, D));
    const { controlDate, bac, pv, ev, ac, ...derived } = view;
    expect({ controlDate, bac, pv, ev, ac }).toEqual({
      controlDate: D,
      bac: money(totals.bac),
      pv: money(totals.pv),
      ev: money(totals.ev),
      ac: money(totals.ac),
    });
    expect(derived).toEqual(expected);
  });

  it('keeps exact figures in EvmMetrics', () => {
    const metrics = deriveMetrics(totalsOf('100', '30', '30', '10'), D);
    expect(metrics.eac?.equals(Rational.of(100n, 3n))).toBe(true);
    expect(metrics.vac?.equals(Rational.of(200n, 3n))).toBe(true);
  });

  it('rejects a malformed control date', () => {
    expect(() => deriveMetrics(totalsOf('1', '0', '0', '0'), '2025-02-30')).toThrow(RangeError);
  });
});

describe('sumTotals', () => {
  it('is zeros for an empty list', () => {
    const zero = sumTotals([]);
    expect([zero.bac, zero.pv, zero.ev, zero.ac].every((value) => value.isZero())).toBe(true);
  });

  it('adds budgets 0.10 and 0.20 to exactly 0.30', () => {
    const total = sumTotals([totalsOf('0.10', '0', '0', '0'), totalsOf('0.20', '0', '0', '0')]);
    expect(total.bac.equals(Rational.parse('0.3'))).toBe(true);
    expect(money(total.bac)).toBe('0.30');
  });

  it('adds ten 0.1 costs to exactly 1, where floats do not', () => {
    const tenths = Array.from({ length: 10 }, () => totalsOf('0', '0', '0', '0.1'));
    expect(sumTotals(tenths).ac.equals(Rational.ONE)).toBe(true);
    expect(Array.from({ length: 10 }, () => 0.1).reduce((a, b) => a + b)).not.toBe(1);
  });
});
