/**
 * Property, through the API: for random small trees, the project's BAC/PV/EV/AC are the sums
 * of its top-level WBEs', and every WBE's are the sums of its own elements' and its child
 * WBEs'. Budgets, progress and costs are chosen so that every figure is a whole number of
 * cents (budget = whole units x planned days, integer percents), so the serialized parts add
 * up exactly to the serialized whole.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/evm/calendar.js';
import { EvmApiWholeTreeDocument } from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { Builder, cents, checkedMetrics, money, type Metrics } from './fixtures.js';

const BASE = '2025-05-01';
type Additive = Record<'bac' | 'pv' | 'ev' | 'ac', string>;

interface TreeSpec {
  /** parent index of WBE i (always < i), or null for a top-level WBE */
  parents: (number | null)[];
  elements: { wbe: number; startOffset: number; days: number; unitsPerDay: number }[];
  costs: { element: number; amountCents: number; dayOffset: number }[];
  progress: { element: number; percent: number; dayOffset: number }[];
  controlOffset: number;
}

const treeArb: fc.Arbitrary<TreeSpec> = fc
  .array(fc.option(fc.nat(), { freq: 3 }), { minLength: 1, maxLength: 5 })
  .chain((rawParents) => {
    const parents = rawParents.map((p, i) => (p === null || i === 0 ? null : p % i));
    const elementArb = fc.record({
      wbe: fc.nat({ max: parents.length - 1 }),
      startOffset: fc.integer({ min: 0, max: 10 }),
      days: fc.integer({ min: 1, max: 12 }),
      unitsPerDay: fc.integer({ min: 0, max: 500 }),
    });
    return fc.record({
      parents: fc.constant(parents),
      elements: fc.array(elementArb, { minLength: 1, maxLength: 6 }),
      costs: fc.array(
        fc.record({
          element: fc.nat(),
          amountCents: fc.integer({ min: 1, max: 500_000 }),
          dayOffset: fc.nat({ max: 25 }),
        }),
        {
          maxLength: 4,
        },
      ),
      progress: fc.array(
        fc.record({ element: fc.nat(), percent: fc.integer({ min: 0, max: 100 }), dayOffset: fc.nat({ max: 25 }) }),
        {
          maxLength: 4,
        },
      ),
      controlOffset: fc.integer({ min: -1, max: 25 }),
    });
  });

function sumOf(parts: readonly Metrics[]): Additive {
  const total = (field: keyof Additive) => money(parts.reduce((sum, part) => sum + cents(part[field]), 0n));
  return { bac: total('bac'), pv: total('pv'), ev: total('ev'), ac: total('ac') };
}

function additive(metrics: Metrics): Additive {
  return { bac: metrics.bac, pv: metrics.pv, ev: metrics.ev, ac: metrics.ac };
}

describe('roll-up property through the API', () => {
  let t: TestApp;
  let build: Builder;

  beforeAll(async () => {
    t = await createTestApp();
    build = new Builder(t);
  });

  afterAll(async () => {
    await t.close();
  });

  async function create(spec: TreeSpec): Promise<string> {
    const project = await build.project(build.uniqueCode('PROP'));
    const wbeIds: string[] = [];
    for (const [i, parent] of spec.parents.entries()) {
      wbeIds.push(await build.wbe(project.id, `W${i}`, parent === null ? null : (wbeIds[parent] ?? null)));
    }
    const elementIds: string[] = [];
    for (const [i, e] of spec.elements.entries()) {
      const start = addDays(BASE, e.startOffset);
      const budget = `${e.unitsPerDay * e.days}.00`; // PV = whole units x elapsed days: exact cents
      const wbeId = wbeIds[e.wbe] ?? '';
      elementIds.push(await build.element(wbeId, `E${i}`, budget, start, addDays(start, e.days - 1)));
    }
    const elementOf = (index: number) => elementIds[index % elementIds.length] ?? '';
    for (const c of spec.costs) {
      await build.cost(elementOf(c.element), money(BigInt(c.amountCents)), addDays(BASE, c.dayOffset));
    }
    for (const p of spec.progress) {
      await build.progress(elementOf(p.element), p.percent, addDays(BASE, p.dayOffset));
    }
    return project.id;
  }

  it('project = sum of the top-level WBEs; WBE = its elements + its child WBEs', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, async (spec) => {
        const projectId = await create(spec);
        const at = addDays(BASE, spec.controlOffset);
        const data = await t.run(EvmApiWholeTreeDocument, { id: projectId, at });
        const project = data.project;
        if (project === null || project === undefined) throw new Error('project not found');
        expect(project.allWbes).toHaveLength(spec.parents.length);
        expect(project.allWbes.flatMap((w) => w.costElements)).toHaveLength(spec.elements.length);

        const byId = new Map(project.allWbes.map((w) => [w.id, w]));
        const evmOf = (id: string): Metrics => {
          const wbe = byId.get(id);
          if (wbe === undefined) throw new Error(`WBE ${id} missing from allWbes`);
          return checkedMetrics(wbe.evm);
        };

        const projectEvm = checkedMetrics(project.evm);
        expect(projectEvm.controlDate).toBe(at);
        expect(additive(projectEvm)).toEqual(sumOf(project.wbes.map((w) => evmOf(w.id))));
        for (const wbe of project.allWbes) {
          const parts = [
            ...wbe.costElements.map((e) => checkedMetrics(e.evm)),
            ...wbe.children.map((c) => evmOf(c.id)),
          ];
          expect(additive(evmOf(wbe.id)), wbe.code).toEqual(sumOf(parts));
        }

        // The project's indices come from its sums.
        const [ev, ac, pv] = [cents(projectEvm.ev), cents(projectEvm.ac), cents(projectEvm.pv)];
        expect(projectEvm.cpi).toBe(ac === 0n ? null : Number(ev) / Number(ac));
        expect(projectEvm.spi).toBe(pv === 0n ? null : Number(ev) / Number(pv));
        expect(projectEvm.cv).toBe(money(ev - ac));
        expect(projectEvm.sv).toBe(money(ev - pv));
      }),
      { numRuns: 12 },
    );
  });
});
