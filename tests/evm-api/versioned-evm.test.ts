/**
 * EVM at a read point: the control date (business time) and asOf (what the database knew)
 * are independent; `at` defaults to the read point's date; a branch computes from its own data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EvmApiProjectEvmDefaultDateDocument } from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { Builder, checkedMetrics, Reader, shiftInstant, totalsOf } from './fixtures.js';

describe('EVM across versions and branches', () => {
  let t: TestApp;
  let read: Reader;
  let build: Builder;

  beforeAll(async () => {
    t = await createTestApp();
    read = new Reader(t);
    build = new Builder(t);
  });

  afterAll(async () => {
    await t.close();
  });

  describe('a budget changed by a later version, read with asOf', () => {
    // W ─ E: plan 2025-01-01..2025-01-10 (10 days), 50% measured 01-05, 100.00 incurred 01-03.
    // Budget 1000.00 until the change at `changedAt`, 2000.00 from then on; afterwards a
    // further 40.00 incurred 01-02 is registered at `lateCostAt`.
    const D = '2025-01-05';
    let projectId: string;
    let wbeId: string;
    let elementId: string;
    let beforeChange: string;
    let changedAt: string;
    let lateCostAt: string;

    beforeAll(async () => {
      projectId = (await build.project('ASOF')).id;
      wbeId = await build.wbe(projectId, 'W');
      elementId = await build.element(wbeId, 'E', '1000.00', '2025-01-01', '2025-01-10');
      await build.cost(elementId, '100.00', '2025-01-03');
      beforeChange = await build.progress(elementId, 50, '2025-01-05');
      changedAt = await build.setBudget(elementId, '2000.00');
      lateCostAt = await build.cost(elementId, '40.00', '2025-01-02');
    });

    // Budget 1000: PV 1000 x 5/10 = 500, EV 50% x 1000 = 500, AC 100
    const oldTotals = { bac: '1000.00', pv: '500.00', ev: '500.00', ac: '100.00' };
    // Budget 2000: PV 2000 x 5/10 = 1000, EV 50% x 2000 = 1000, AC 100 (the 40.00 is not known yet)
    const newTotals = { bac: '2000.00', pv: '1000.00', ev: '1000.00', ac: '100.00' };

    it('reads the old budget up to the change and the new one from the commit of the change on', async () => {
      expect(new Date(changedAt).getTime()).toBeGreaterThan(new Date(beforeChange).getTime());
      for (const asOf of [beforeChange, shiftInstant(changedAt, -1)]) {
        const element = await read.element(elementId, D, { asOf });
        expect(element).toMatchObject({ ...oldTotals, cpi: 5, eac: '200.00' }); // CPI 500 / 100; EAC 1000 / 5
        expect(totalsOf(await read.wbe(wbeId, D, { asOf }))).toEqual(oldTotals);
        expect(totalsOf((await read.project(projectId, D, { asOf })).evm)).toEqual(oldTotals);
      }
      const element = await read.element(elementId, D, { asOf: changedAt });
      expect(element).toMatchObject({ ...newTotals, cpi: 10, eac: '200.00' }); // CPI 1000 / 100; EAC 2000 / 10
      expect(totalsOf(await read.wbe(wbeId, D, { asOf: changedAt }))).toEqual(newTotals);
      expect(totalsOf((await read.project(projectId, D, { asOf: changedAt })).evm)).toEqual(newTotals);
    });

    it('a cost incurred before D but registered later is in AC only from its commit on', async () => {
      expect((await read.element(elementId, D, { asOf: shiftInstant(lateCostAt, -1) })).ac).toBe('100.00');
      expect((await read.element(elementId, D, { asOf: lateCostAt })).ac).toBe('140.00'); // 100 + 40
      expect((await read.element(elementId, D)).ac).toBe('140.00');
      // The control date still cuts it off: on 01-01 neither cost was incurred.
      expect((await read.element(elementId, '2025-01-01', { asOf: lateCostAt })).ac).toBe('0.00');
    });

    it('with asOf and no `at`, every level uses the UTC date of asOf as control date', async () => {
      const data = await t.run(EvmApiProjectEvmDefaultDateDocument, { id: projectId, asOf: changedAt });
      const today = changedAt.slice(0, 10); // commit times are ISO instants in UTC
      expect(data.project?.evm.controlDate).toBe(today);
      expect(data.project?.wbes.map((w) => [w.code, w.evm.controlDate, w.evm.bac])).toEqual([['W', today, '2000.00']]);
      expect(data.project?.wbes[0]?.costElements.map((e) => [e.code, e.evm.controlDate, e.evm.bac])).toEqual([
        ['E', today, '2000.00'],
      ]);
      // The date of the moment asked for, not of the server's clock: a read as of tomorrow.
      const tomorrow = shiftInstant(lateCostAt, 86_400_000);
      expect((await read.element(elementId, null, { asOf: tomorrow })).controlDate).toBe(tomorrow.slice(0, 10));
    });

    it('the UTC date of an asOf given with an offset, not its local date', async () => {
      // 22:30 at UTC-03:00 is 01:30 UTC the next day; the far future reads the latest state.
      const late = await t.run(EvmApiProjectEvmDefaultDateDocument, {
        id: projectId,
        asOf: '2099-06-30T22:30:00-03:00',
      });
      // After plannedEnd: PV = BAC 2000, EV 50% x 2000, AC 100 + 40
      expect(checkedMetrics(late.project?.evm ?? missing())).toMatchObject({
        controlDate: '2099-07-01',
        bac: '2000.00',
        pv: '2000.00',
        ev: '1000.00',
        ac: '140.00',
      });
      // 01:30 at UTC+03:00 is 22:30 UTC the day before.
      const early = await t.run(EvmApiProjectEvmDefaultDateDocument, {
        id: projectId,
        asOf: '2099-07-01T01:30:00+03:00',
      });
      expect(early.project?.evm.controlDate).toBe('2099-06-30');
    });

    it('without asOf and `at`, the control date is today (UTC)', async () => {
      const before = new Date().toISOString().slice(0, 10);
      const element = await read.element(elementId, null);
      const after = new Date().toISOString().slice(0, 10);
      expect([before, after]).toContain(element.controlDate);
      // Today is long after the plan: PV = BAC
      expect(totalsOf(element)).toEqual({ bac: '2000.00', pv: '2000.00', ev: '1000.00', ac: '140.00' });
    });

    it('an explicit `at` wins over the date of asOf', async () => {
      expect(await read.element(elementId, '2025-01-01', { asOf: changedAt })).toMatchObject({
        controlDate: '2025-01-01',
        pv: '200.00', // 2000 x 1/10
        ev: '0.00', // progress measured 01-05
      });
    });
  });

  describe('a branch that changes budgets', () => {
    // W1 ─ E1: BAC 1000, plan 01-01..01-10 (10 days), 40% on 01-04, 300.00 on 01-02
    // W2 ─ E2: BAC  600, plan 01-01..01-06 (6 days),  50% on 01-03, 100.00 on 01-03
    // Branch co-1 from main, then on co-1: E1 budget 1500 (at b1), E2 budget 900 (at b2),
    // E1 60% on 01-05 (at b3). On main after the fork: 200.00 on E2, incurred 01-04.
    const D = '2025-01-05';
    let projectId: string;
    let e1: string;
    let e2: string;
    let b1: string;
    let b2: string;
    let b3: string;

    beforeAll(async () => {
      projectId = (await build.project('BRANCH')).id;
      const w1 = await build.wbe(projectId, 'W1');
      const w2 = await build.wbe(projectId, 'W2');
      e1 = await build.element(w1, 'E1', '1000.00', '2025-01-01', '2025-01-10');
      e2 = await build.element(w2, 'E2', '600.00', '2025-01-01', '2025-01-06');
      await build.progress(e1, 40, '2025-01-04');
      await build.cost(e1, '300.00', '2025-01-02');
      await build.progress(e2, 50, '2025-01-03');
      await build.cost(e2, '100.00', '2025-01-03');
      await build.branch(projectId, 'co-1');
      b1 = await build.setBudget(e1, '1500.00', 'co-1');
    });

    // main at D: E1 PV 1000 x 5/10 = 500, EV 40% x 1000 = 400, AC 300;
    //            E2 PV 600 x 5/6 = 500, EV 50% x 600 = 300, AC 100.
    const mainW1 = { bac: '1000.00', pv: '500.00', ev: '400.00', ac: '300.00' };
    const mainW2 = { bac: '600.00', pv: '500.00', ev: '300.00', ac: '100.00' };
    // co-1 after b1: E1 BAC 1500, PV 1500 x 5/10 = 750, EV 40% x 1500 = 600, AC 300.
    const co1W1 = { bac: '1500.00', pv: '750.00', ev: '600.00', ac: '300.00' };

    it('differs from main exactly by the change', async () => {
      const onMain = await read.project(projectId, D);
      expect(onMain.evm).toEqual({
        controlDate: D,
        bac: '1600.00', // 1000 + 600
        pv: '1000.00', // 500 + 500
        ev: '700.00', // 400 + 300
        ac: '400.00', // 300 + 100
        cv: '300.00', // 700 - 400
        sv: '-300.00', // 700 - 1000
        cpi: 1.75, // 700 / 400
        spi: 0.7, // 700 / 1000
        eac: '914.29', // 1600 x 400 / 700 = 914.2857...
        etc: '514.29', // 914.2857... - 400 = 514.2857...
        vac: '685.71', // 1600 - 914.2857... = 685.7142...
        tcpi: 0.75, // (1600 - 700) / (1600 - 400) = 900 / 1200
        percentComplete: 700 / 1600, // 0.4375
      });
      expect(totalsOf(onMain.wbes['W1'] ?? missing())).toEqual(mainW1);
      expect(totalsOf(onMain.wbes['W2'] ?? missing())).toEqual(mainW2);

      const onBranch = await read.project(projectId, D, { branch: 'co-1' });
      // Only W1 changes: + 500 BAC, + 500 x 5/10 PV, + 500 x 40% EV, AC unchanged.
      expect(totalsOf(onBranch.wbes['W1'] ?? missing())).toEqual(co1W1);
      expect(onBranch.wbes['W2']).toEqual(onMain.wbes['W2']);
      expect(onBranch.evm).toEqual({
        controlDate: D,
        bac: '2100.00', // 1600 + 500
        pv: '1250.00', // 1000 + 250
        ev: '900.00', // 700 + 200
        ac: '400.00', // unchanged
        cv: '500.00', // 900 - 400
        sv: '-350.00', // 900 - 1250
        cpi: 2.25, // 900 / 400
        spi: 0.72, // 900 / 1250
        eac: '933.33', // 2100 x 400 / 900 = 933.333...
        etc: '533.33', // 933.333... - 400
        vac: '1166.67', // 2100 - 933.333... = 1166.666...
        tcpi: 1200 / 1700, // (2100 - 900) / (2100 - 400) = 12/17
        percentComplete: 900 / 2100, // 3/7
      });
      // Main is untouched by the branch.
      expect(totalsOf(await read.element(e1, D))).toEqual(mainW1);
    });

    it('computes from the data as it was on that branch at asOf', async () => {
      const mainCostAt = await build.cost(e2, '200.00', '2025-01-04'); // main, after the fork
      b2 = await build.setBudget(e2, '900.00', 'co-1');
      b3 = await build.progress(e1, 60, '2025-01-05', 'co-1');
      expect(new Date(b1) < new Date(b2) && new Date(b2) < new Date(b3)).toBe(true);

      // main: E2 AC 100 + 200 = 300; project AC 300 + 300
      const onMain = await read.project(projectId, D);
      expect(totalsOf(onMain.evm)).toEqual({ bac: '1600.00', pv: '1000.00', ev: '700.00', ac: '600.00' });
      expect(totalsOf(onMain.wbes['W2'] ?? missing())).toEqual({ ...mainW2, ac: '300.00' });

      // co-1 as of b1, and just before b2 (after main's new cost was committed): W1 as above,
      // W2 as on main before the fork; the cost committed on main after the fork is never seen.
      for (const asOf of [b1, shiftInstant(b2, -1)]) {
        const atB1 = await read.project(projectId, D, { branch: 'co-1', asOf });
        expect(totalsOf(atB1.evm)).toEqual({ bac: '2100.00', pv: '1250.00', ev: '900.00', ac: '400.00' });
        expect(totalsOf(atB1.wbes['W1'] ?? missing())).toEqual(co1W1);
        expect(totalsOf(atB1.wbes['W2'] ?? missing())).toEqual(mainW2);
      }
      expect(new Date(mainCostAt) < new Date(b2)).toBe(true);

      // co-1 as of b2: E2 BAC 900, PV 900 x 5/6 = 750, EV 50% x 900 = 450, AC 100
      const atB2 = await read.project(projectId, D, { branch: 'co-1', asOf: b2 });
      const co1W2 = { bac: '900.00', pv: '750.00', ev: '450.00', ac: '100.00' };
      expect(totalsOf(atB2.wbes['W1'] ?? missing())).toEqual(co1W1);
      expect(totalsOf(atB2.wbes['W2'] ?? missing())).toEqual(co1W2);
      expect(atB2.evm).toEqual({
        controlDate: D,
        bac: '2400.00', // 1500 + 900
        pv: '1500.00', // 750 + 750
        ev: '1050.00', // 600 + 450
        ac: '400.00', // 300 + 100
        cv: '650.00', // 1050 - 400
        sv: '-450.00', // 1050 - 1500
        cpi: 2.625, // 1050 / 400
        spi: 0.7, // 1050 / 1500
        eac: '914.29', // 2400 x 400 / 1050 = 914.2857...
        etc: '514.29', // 914.2857... - 400
        vac: '1485.71', // 2400 - 914.2857...
        tcpi: 1350 / 2000, // (2400 - 1050) / (2400 - 400) = 0.675
        percentComplete: 1050 / 2400, // 0.4375
      });

      // co-1 as of b3 (= its latest): E1's 60% on 01-05 makes EV 60% x 1500 = 900
      for (const where of [{ branch: 'co-1', asOf: b3 }, { branch: 'co-1' }]) {
        const atB3 = await read.project(projectId, D, where);
        expect(totalsOf(atB3.evm)).toEqual({ bac: '2400.00', pv: '1500.00', ev: '1350.00', ac: '400.00' });
        expect(totalsOf(atB3.wbes['W1'] ?? missing())).toEqual({ ...co1W1, ev: '900.00' });
      }
      // ... but at a control date before 01-05 the 60% is not measured yet: 40% x 1500 = 600
      expect((await read.element(e1, '2025-01-04', { branch: 'co-1' })).ev).toBe('600.00');
    });
  });
});

function missing(): never {
  throw new Error('missing value');
}
