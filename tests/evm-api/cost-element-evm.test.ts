/**
 * CostElement.evm through the API: PV, EV and AC of one element at control dates around its
 * plan, the progress and cost cut-offs, and every figure that becomes null on a zero denominator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvmApiCostElementEvmDocument } from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { Builder, Reader, type Metrics } from './fixtures.js';

describe('CostElement.evm at control dates', () => {
  let t: TestApp;
  let read: Reader;
  /** budget 1000.00, planned 2025-03-01..2025-03-10 (10 calendar days, both ends counted) */
  let main: string;
  /** budget 300.00, planned 2025-03-01..2025-03-03 (3 days), progress but no costs */
  let noCosts: string;
  /** budget 200.00, planned 2025-04-01..2025-04-30 (30 days), progress and a cost before the plan starts */
  let early: string;
  /** budget 0.00 with a cost */
  let zeroBudget: string;

  beforeAll(async () => {
    t = await createTestApp();
    read = new Reader(t);
    const build = new Builder(t);
    const project = await build.project('ELEM');
    const wbe = await build.wbe(project.id, 'W');

    main = await build.element(wbe, 'E-MAIN', '1000.00', '2025-03-01', '2025-03-10');
    // Recorded out of date order on purpose: "latest" is by measuredOn, not by commit.
    await build.progress(main, 100, '2025-03-12');
    await build.progress(main, 20, '2025-03-03');
    await build.progress(main, 50, '2025-03-05');
    // Same measuredOn as the 50: the entry committed later wins the tie.
    await build.progress(main, 40, '2025-03-05');
    await build.cost(main, '50.00', '2025-02-25');
    await build.cost(main, '500.00', '2025-03-15');
    await build.cost(main, '150.00', '2025-03-04');
    await build.cost(main, '300.00', '2025-03-06');

    noCosts = await build.element(wbe, 'E-NOCOST', '300.00', '2025-03-01', '2025-03-03');
    await build.progress(noCosts, 33.3, '2025-03-02');

    early = await build.element(wbe, 'E-EARLY', '200.00', '2025-04-01', '2025-04-30');
    await build.progress(early, 10, '2025-03-25');
    await build.cost(early, '30.00', '2025-03-20');

    zeroBudget = await build.element(wbe, 'E-ZERO', '0.00', '2025-03-01', '2025-03-10');
    await build.cost(zeroBudget, '10.00', '2025-03-02');
  });

  afterAll(async () => {
    await t.close();
  });

  // Element E-MAIN: BAC 1000.00, plan 2025-03-01..2025-03-10, so f = (D - 03-01 + 1) / 10.
  // Progress by measuredOn: 03-03 20%, 03-05 40% (50% same day, committed earlier), 03-12 100%.
  // Costs by incurredOn: 02-25 50.00, 03-04 150.00, 03-06 300.00, 03-15 500.00.
  const cases: { name: string; at: string; expected: Omit<Metrics, 'controlDate'> }[] = [
    {
      name: 'before plannedStart and before any cost: everything 0, every ratio with AC or PV below null',
      at: '2025-02-20',
      expected: {
        bac: '1000.00',
        pv: '0.00', // before plannedStart: f = 0
        ev: '0.00', // no progress measured on or before 02-20
        ac: '0.00', // first cost is 02-25
        cv: '0.00', // 0 - 0
        sv: '0.00', // 0 - 0
        cpi: null, // AC = 0
        spi: null, // PV = 0
        eac: null, // CPI null
        etc: null, // EAC null
        vac: null, // EAC null
        tcpi: 1, // (1000 - 0) / (1000 - 0)
        percentComplete: 0, // 0 / 1000
      },
    },
    {
      name: 'before plannedStart with a cost: CPI 0 makes EAC, ETC and VAC null',
      at: '2025-02-28',
      expected: {
        bac: '1000.00',
        pv: '0.00', // f = 0
        ev: '0.00',
        ac: '50.00', // 02-25
        cv: '-50.00', // 0 - 50
        sv: '0.00',
        cpi: 0, // 0 / 50
        spi: null, // PV = 0
        eac: null, // CPI = 0
        etc: null,
        vac: null,
        tcpi: 1000 / 950, // (1000 - 0) / (1000 - 50) = 20/19
        percentComplete: 0,
      },
    },
    {
      name: 'on plannedStart the first day counts',
      at: '2025-03-01',
      expected: {
        bac: '1000.00',
        pv: '100.00', // 1000 x (0 + 1) / 10
        ev: '0.00', // first progress is 03-03
        ac: '50.00',
        cv: '-50.00',
        sv: '-100.00', // 0 - 100
        cpi: 0,
        spi: 0, // 0 / 100
        eac: null,
        etc: null,
        vac: null,
        tcpi: 1000 / 950,
        percentComplete: 0,
      },
    },
    {
      name: 'mid-way, a cost incurred on D counts',
      at: '2025-03-04',
      expected: {
        bac: '1000.00',
        pv: '400.00', // 1000 x 4/10
        ev: '200.00', // 03-03: 20% x 1000
        ac: '200.00', // 50 + 150 (03-04 is on D); 03-06 and 03-15 excluded
        cv: '0.00', // 200 - 200
        sv: '-200.00', // 200 - 400
        cpi: 1, // 200 / 200
        spi: 0.5, // 200 / 400
        eac: '1000.00', // 1000 / 1
        etc: '800.00', // 1000 - 200
        vac: '0.00', // 1000 - 1000
        tcpi: 1, // (1000 - 200) / (1000 - 200)
        percentComplete: 0.2,
      },
    },
    {
      name: 'mid-way, the later of two same-day progress entries wins and later costs are excluded',
      at: '2025-03-05',
      expected: {
        bac: '1000.00',
        pv: '500.00', // 1000 x 5/10
        ev: '400.00', // 03-05: 40% (committed after the 50%) x 1000
        ac: '200.00', // 50 + 150; 03-06 300.00 is after D
        cv: '200.00', // 400 - 200
        sv: '-100.00', // 400 - 500
        cpi: 2, // 400 / 200
        spi: 0.8, // 400 / 500
        eac: '500.00', // 1000 / 2
        etc: '300.00', // 500 - 200
        vac: '500.00', // 1000 - 500
        tcpi: 0.75, // (1000 - 400) / (1000 - 200) = 600 / 800
        percentComplete: 0.4, // 400 / 1000
      },
    },
    {
      name: 'on plannedEnd PV is the whole budget',
      at: '2025-03-10',
      expected: {
        bac: '1000.00',
        pv: '1000.00', // f = 1 on plannedEnd
        ev: '400.00', // still 40% (next entry is 03-12)
        ac: '500.00', // 50 + 150 + 300
        cv: '-100.00', // 400 - 500
        sv: '-600.00', // 400 - 1000
        cpi: 0.8, // 400 / 500
        spi: 0.4, // 400 / 1000
        eac: '1250.00', // 1000 / 0.8 = 1000 x 500 / 400
        etc: '750.00', // 1250 - 500
        vac: '-250.00', // 1000 - 1250
        tcpi: 1.2, // (1000 - 400) / (1000 - 500) = 600 / 500
        percentComplete: 0.4,
      },
    },
    {
      name: 'after plannedEnd at 100% complete (committed first, measured last)',
      at: '2025-03-12',
      expected: {
        bac: '1000.00',
        pv: '1000.00', // f = 1 after plannedEnd
        ev: '1000.00', // 03-12: 100%
        ac: '500.00', // 03-15 is after D
        cv: '500.00', // 1000 - 500
        sv: '0.00', // 1000 - 1000
        cpi: 2, // 1000 / 500
        spi: 1, // 1000 / 1000
        eac: '500.00', // 1000 / 2
        etc: '0.00', // 500 - 500
        vac: '500.00', // 1000 - 500
        tcpi: 0, // (1000 - 1000) / (1000 - 500)
        percentComplete: 1,
      },
    },
    {
      name: 'long after plannedEnd, AC = BAC makes TCPI null',
      at: '2025-12-31',
      expected: {
        bac: '1000.00',
        pv: '1000.00',
        ev: '1000.00',
        ac: '1000.00', // 50 + 150 + 300 + 500
        cv: '0.00',
        sv: '0.00',
        cpi: 1,
        spi: 1,
        eac: '1000.00', // 1000 x 1000 / 1000
        etc: '0.00',
        vac: '0.00',
        tcpi: null, // BAC - AC = 0
        percentComplete: 1,
      },
    },
  ];

  it.each(cases)('$at: $name', async ({ at, expected }) => {
    expect(await read.element(main, at)).toEqual({ controlDate: at, ...expected });
  });

  it('zero AC with earned value: CPI, EAC, ETC and VAC are null, the schedule figures are not', async () => {
    // E-NOCOST: BAC 300.00, plan 03-01..03-03 (3 days), 33.3% measured 03-02, no costs.
    expect(await read.element(noCosts, '2025-03-02')).toEqual({
      controlDate: '2025-03-02',
      bac: '300.00',
      pv: '200.00', // 300 x 2/3
      ev: '99.90', // 300 x 33.3 / 100
      ac: '0.00',
      cv: '99.90', // 99.90 - 0
      sv: '-100.10', // 99.90 - 200
      cpi: null, // AC = 0
      spi: 0.4995, // 99.9 / 200
      eac: null,
      etc: null,
      vac: null,
      tcpi: 0.667, // (300 - 99.9) / (300 - 0) = 200.1 / 300
      percentComplete: 0.333, // 99.9 / 300
    });
    expect(await read.element(noCosts, '2025-03-01')).toMatchObject({
      pv: '100.00', // 300 x 1/3
      ev: '0.00', // progress is measured 03-02
      spi: 0, // 0 / 100
      cpi: null,
    });
  });

  it('zero PV with earned value (progress before the plan starts): SPI null, the cost figures not', async () => {
    // E-EARLY: BAC 200.00, plan 04-01..04-30, 10% measured 03-25, 30.00 incurred 03-20.
    expect(await read.element(early, '2025-03-31')).toEqual({
      controlDate: '2025-03-31',
      bac: '200.00',
      pv: '0.00', // before plannedStart
      ev: '20.00', // 200 x 10%
      ac: '30.00',
      cv: '-10.00', // 20 - 30
      sv: '20.00', // 20 - 0
      cpi: 20 / 30, // 2/3
      spi: null, // PV = 0
      eac: '300.00', // 200 / (2/3) = 200 x 30 / 20
      etc: '270.00', // 300 - 30
      vac: '-100.00', // 200 - 300
      tcpi: 180 / 170, // (200 - 20) / (200 - 30) = 18/17
      percentComplete: 0.1, // 20 / 200
    });
    // On plannedStart: PV = 200 x 1/30 = 6.666... -> 6.67, SPI = 20 / (20/3) = 3 exactly.
    expect(await read.element(early, '2025-04-01')).toMatchObject({ pv: '6.67', sv: '13.33', spi: 3 });
  });

  it('a zero budget has a null percentComplete and EAC', async () => {
    expect(await read.element(zeroBudget, '2025-03-05')).toEqual({
      controlDate: '2025-03-05',
      bac: '0.00',
      pv: '0.00', // 0 x 5/10
      ev: '0.00',
      ac: '10.00',
      cv: '-10.00',
      sv: '0.00',
      cpi: 0, // 0 / 10
      spi: null, // PV = 0
      eac: null, // CPI = 0
      etc: null,
      vac: null,
      tcpi: 0, // (0 - 0) / (0 - 10)
      percentComplete: null, // BAC = 0
    });
  });

  it('refuses a control date that is not a calendar date', async () => {
    const result = await t.request(EvmApiCostElementEvmDocument, { id: main, at: '2025-02-30' });
    expect(result.data?.costElement).toBeUndefined();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
