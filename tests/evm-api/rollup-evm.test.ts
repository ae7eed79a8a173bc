/**
 * WBE.evm and Project.evm through the API: sums over whole subtrees (nested WBEs included),
 * indices derived from the sums and never averaged, and exact decimals rounded half-even
 * only when serialized.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { Builder, Reader, totalsOf } from './fixtures.js';

describe('EVM roll-ups through the API', () => {
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

  describe('every level of a nested tree', () => {
    // W1 ─ E-A                      BAC 1000, plan 01-01..01-10, 10% on 01-05, 50.00 on 01-05
    //    └ W1.1 ─ E-B               BAC 1000, plan 01-01..01-10, 90% on 01-05, 900.00 on 01-05
    //           └ W1.1.1 ─ E-C      BAC  500, plan 01-06..01-15, nothing recorded
    // W2 ─ E-F                      BAC  400, plan 01-01..01-04, 50% on 01-02, 100.00 on 01-03
    const D = '2025-01-05';
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const project = await build.project('LEVELS');
      ids['P'] = project.id;
      ids['W1'] = await build.wbe(project.id, 'W1');
      ids['W1.1'] = await build.wbe(project.id, 'W1.1', ids['W1']);
      ids['W1.1.1'] = await build.wbe(project.id, 'W1.1.1', ids['W1.1']);
      ids['W2'] = await build.wbe(project.id, 'W2');
      ids['E-A'] = await build.element(ids['W1'], 'E-A', '1000.00', '2025-01-01', '2025-01-10');
      ids['E-B'] = await build.element(ids['W1.1'], 'E-B', '1000.00', '2025-01-01', '2025-01-10');
      ids['E-C'] = await build.element(ids['W1.1.1'], 'E-C', '500.00', '2025-01-06', '2025-01-15');
      ids['E-F'] = await build.element(ids['W2'], 'E-F', '400.00', '2025-01-01', '2025-01-04');
      await build.progress(ids['E-A'], 10, '2025-01-05');
      await build.cost(ids['E-A'], '50.00', '2025-01-05');
      await build.progress(ids['E-B'], 90, '2025-01-05');
      await build.cost(ids['E-B'], '900.00', '2025-01-05');
      await build.progress(ids['E-F'], 50, '2025-01-02');
      await build.cost(ids['E-F'], '100.00', '2025-01-03');
    });

    function id(key: string): string {
      const value = ids[key];
      if (value === undefined) throw new Error(`no id for ${key}`);
      return value;
    }

    it('cost elements: the parts that are summed', async () => {
      // E-A: PV 1000 x 5/10, EV 10% x 1000, AC 50; CPI 100 / 50
      expect(await read.element(id('E-A'), D)).toMatchObject({
        bac: '1000.00',
        pv: '500.00',
        ev: '100.00',
        ac: '50.00',
        cpi: 2,
      });
      // E-B: PV 1000 x 5/10, EV 90% x 1000, AC 900; CPI 900 / 900
      expect(await read.element(id('E-B'), D)).toMatchObject({
        bac: '1000.00',
        pv: '500.00',
        ev: '900.00',
        ac: '900.00',
        cpi: 1,
      });
      // E-C starts 01-06: nothing planned, earned or spent yet
      expect(await read.element(id('E-C'), D)).toMatchObject({
        bac: '500.00',
        pv: '0.00',
        ev: '0.00',
        ac: '0.00',
        cpi: null,
      });
      // E-F ended 01-04: PV = BAC; EV 50% x 400; AC 100; CPI 200 / 100
      expect(await read.element(id('E-F'), D)).toMatchObject({
        bac: '400.00',
        pv: '400.00',
        ev: '200.00',
        ac: '100.00',
        cpi: 2,
      });
    });

    it('a leaf WBE with nothing yet: zeros and nulls', async () => {
      expect(await read.wbe(id('W1.1.1'), D)).toEqual({
        controlDate: D,
        bac: '500.00', // E-C
        pv: '0.00',
        ev: '0.00',
        ac: '0.00',
        cv: '0.00',
        sv: '0.00',
        cpi: null, // AC = 0
        spi: null, // PV = 0
        eac: null,
        etc: null,
        vac: null,
        tcpi: 1, // (500 - 0) / (500 - 0)
        percentComplete: 0,
      });
    });

    it('a WBE sums its own elements and its whole subtree', async () => {
      // W1.1 = E-B + W1.1.1 (E-C)
      expect(await read.wbe(id('W1.1'), D)).toEqual({
        controlDate: D,
        bac: '1500.00', // 1000 + 500
        pv: '500.00', // 500 + 0
        ev: '900.00', // 900 + 0
        ac: '900.00', // 900 + 0
        cv: '0.00', // 900 - 900
        sv: '400.00', // 900 - 500
        cpi: 1, // 900 / 900
        spi: 1.8, // 900 / 500
        eac: '1500.00', // 1500 x 900 / 900
        etc: '600.00', // 1500 - 900
        vac: '0.00', // 1500 - 1500
        tcpi: 1, // (1500 - 900) / (1500 - 900)
        percentComplete: 0.6, // 900 / 1500
      });
    });

    it('indices come from the summed figures, not from averaging the parts', async () => {
      // W1 = E-A + W1.1 + W1.1.1 = BAC 1000 + 1000 + 500, PV 500 + 500 + 0, EV 100 + 900, AC 50 + 900
      const w1 = await read.wbe(id('W1'), D);
      expect(w1).toEqual({
        controlDate: D,
        bac: '2500.00',
        pv: '1000.00',
        ev: '1000.00',
        ac: '950.00',
        cv: '50.00', // 1000 - 950
        sv: '0.00', // 1000 - 1000
        cpi: 1000 / 950, // = 20/19 = 1.0526...; averaging E-A's 2 and E-B's 1 would give 1.5
        spi: 1, // 1000 / 1000; averaging E-A's 0.2 and E-B's 1.8 would give 1 too, so CPI is the witness
        eac: '2375.00', // 2500 / (20/19) = 2500 x 950 / 1000
        etc: '1425.00', // 2375 - 950
        vac: '125.00', // 2500 - 2375
        tcpi: 1500 / 1550, // (2500 - 1000) / (2500 - 950) = 30/31
        percentComplete: 0.4, // 1000 / 2500
      });
      expect(w1.cpi).not.toBe((2 + 1) / 2);
    });

    it('the project sums its top-level WBEs and derives its indices from the sums', async () => {
      const { evm, wbes } = await read.project(id('P'), D);
      // W1 + W2 = BAC 2500 + 400, PV 1000 + 400, EV 1000 + 200, AC 950 + 100
      expect(evm).toEqual({
        controlDate: D,
        bac: '2900.00',
        pv: '1400.00',
        ev: '1200.00',
        ac: '1050.00',
        cv: '150.00', // 1200 - 1050
        sv: '-200.00', // 1200 - 1400
        cpi: 1200 / 1050, // 8/7 = 1.142857...; averaging W1's 20/19 and W2's 2 would give 1.526...
        spi: 1200 / 1400, // 6/7
        eac: '2537.50', // 2900 x 1050 / 1200
        etc: '1487.50', // 2537.50 - 1050
        vac: '362.50', // 2900 - 2537.50
        tcpi: 1700 / 1850, // (2900 - 1200) / (2900 - 1050) = 34/37
        percentComplete: 1200 / 2900, // 12/29
      });
      expect(evm.cpi).not.toBeCloseTo((1000 / 950 + 2) / 2, 3);
      // W2 = E-F alone: CPI 200 / 100
      expect(wbes['W2']).toMatchObject({ bac: '400.00', pv: '400.00', ev: '200.00', ac: '100.00', cpi: 2, spi: 0.5 });
      expect(totalsOf(wbes['W1'] ?? evm)).toEqual({ bac: '2500.00', pv: '1000.00', ev: '1000.00', ac: '950.00' });
      expect(Object.keys(wbes).sort()).toEqual(['W1', 'W2']);
    });

    it('before anything is planned or recorded the whole project is zeros and nulls', async () => {
      const { evm } = await read.project(id('P'), '2024-12-31');
      expect(evm).toEqual({
        controlDate: '2024-12-31',
        bac: '2900.00',
        pv: '0.00',
        ev: '0.00',
        ac: '0.00',
        cv: '0.00',
        sv: '0.00',
        cpi: null,
        spi: null,
        eac: null,
        etc: null,
        vac: null,
        tcpi: 1, // 2900 / 2900
        percentComplete: 0,
      });
    });
  });

  describe('exact decimals', () => {
    // W-SMALL ─ E1 0.10 and E2 0.20, both planned 2025-01-01..2025-01-04 (4 days)
    // W-HALF  ─ E3 10.05 and E4 10.07, both planned 2025-02-01..2025-02-02 (2 days)
    const ids: Record<string, string> = {};
    function id(key: string): string {
      const value = ids[key];
      if (value === undefined) throw new Error(`no id for ${key}`);
      return value;
    }

    beforeAll(async () => {
      const project = await build.project('DECIMALS');
      ids['P'] = project.id;
      ids['W-SMALL'] = await build.wbe(project.id, 'W-SMALL');
      ids['W-HALF'] = await build.wbe(project.id, 'W-HALF');
      ids['E1'] = await build.element(id('W-SMALL'), 'E1', '0.10', '2025-01-01', '2025-01-04');
      ids['E2'] = await build.element(id('W-SMALL'), 'E2', '0.20', '2025-01-01', '2025-01-04');
      ids['E3'] = await build.element(id('W-HALF'), 'E3', '10.05', '2025-02-01', '2025-02-02');
      ids['E4'] = await build.element(id('W-HALF'), 'E4', '10.07', '2025-02-01', '2025-02-02');
    });

    it('0.10 and 0.20 roll up to a BAC of exactly "0.30"', async () => {
      expect((await read.wbe(id('W-SMALL'), '2025-01-10')).bac).toBe('0.30'); // 0.10 + 0.20
      const { evm, wbes } = await read.project(id('P'), '2025-01-10');
      expect(wbes['W-SMALL']?.bac).toBe('0.30');
      expect(wbes['W-SMALL']?.pv).toBe('0.30'); // after plannedEnd PV = BAC
      expect(evm.bac).toBe('20.42'); // 0.10 + 0.20 + 10.05 + 10.07
    });

    it('PV is rounded half to even, and only once, after summing', async () => {
      // D = 01-01, f = 1/4:
      // E1 0.10 / 4 = 0.025 -> "0.02" (half to even; half-up would say 0.03)
      expect(await read.element(id('E1'), '2025-01-01')).toMatchObject({ pv: '0.02', sv: '-0.02' }); // SV = -0.025
      // E2 0.20 / 4 = 0.05
      expect((await read.element(id('E2'), '2025-01-01')).pv).toBe('0.05');
      // W-SMALL 0.025 + 0.05 = 0.075 -> "0.08" (to even, upwards); the rounded parts would sum to 0.07
      expect((await read.wbe(id('W-SMALL'), '2025-01-01')).pv).toBe('0.08');
      // D = 01-03, f = 3/4: E1 0.075 -> "0.08", E2 0.15, W-SMALL 0.225 -> "0.22" (rounded parts: 0.23)
      expect((await read.element(id('E1'), '2025-01-03')).pv).toBe('0.08');
      expect((await read.wbe(id('W-SMALL'), '2025-01-03')).pv).toBe('0.22');
    });

    it('x.xx5 PV on a budget spread over two days', async () => {
      // D = 02-01, f = 1/2:
      // E3 10.05 / 2 = 5.025 -> "5.02"; SV = 0 - 5.025 -> "-5.02"
      expect(await read.element(id('E3'), '2025-02-01')).toMatchObject({ pv: '5.02', sv: '-5.02', spi: 0 });
      // E4 10.07 / 2 = 5.035 -> "5.04"
      expect(await read.element(id('E4'), '2025-02-01')).toMatchObject({ pv: '5.04', sv: '-5.04' });
      // W-HALF 5.025 + 5.035 = 10.06 exactly (the rounded parts also give 10.06)
      expect((await read.wbe(id('W-HALF'), '2025-02-01')).pv).toBe('10.06');
      // Project at 02-01: W-SMALL is past its plan (0.30) + 10.06 = 10.36
      expect((await read.project(id('P'), '2025-02-01')).evm.pv).toBe('10.36');
    });
  });
});
