/**
 * A diff a person can read (issue 14, point 3): every change says what the entity is on each
 * side (label, path, the cost element of an actual), and the impact is given per WBE (BAC,
 * EAC, PV at a control date) and on the schedule, checked against figures worked out by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CcActualRootsDocument, CcReadableDiffDocument } from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { Builder } from '../evm-api/fixtures.js';

const COST_WITH_DESCRIPTION = `mutation($input: CostRegistrationInput!, $branch: String) {
  registerCost(input: $input, branch: $branch) { id validFrom } }`;
const UPDATE_ELEMENT = `mutation($id: UUID!, $input: CostElementUpdateInput!, $branch: String) {
  updateCostElement(id: $id, input: $input, branch: $branch) { id } }`;
const RENAME_WBE = `mutation($id: UUID!, $name: String!, $branch: String) {
  updateWBE(id: $id, input: { name: $name }, branch: $branch) { id commit { id } } }`;
const COMMIT_CHANGES = `query($id: UUID!) { commit(id: $id) { changes { entityId kind
  before { label path } after { label path } } } }`;

describe('a readable diff with per-WBE impact', () => {
  let t: TestApp;
  let build: Builder;
  const ids: Record<string, string> = {};
  let forkedAt: string;

  /**
   * WBEs A > A.1, B and C (untouched). On main before the fork: E1 (A.1) 1000.00 over Jan 1-10
   * with a cost of 300.00 and 20% progress; E4 (A) 200.00 over Jan 1-5; E2 (B) 400.00 over
   * Jan 1-4; E5 (C) 100.00 over Jan 1-6. On branch co: E1's budget to 1500.00, a new E3 (A.1)
   * 300.00 over Jan 4-9 with 10% progress on Jan 4, E2's end to Jan 12 with a cost "Concrete"
   * of 50.00, A.1 renamed. Main then moves E4's budget (not part of the change).
   */
  beforeAll(async () => {
    t = await createTestApp();
    build = new Builder(t);
    ids['project'] = (await build.project(build.uniqueCode('READ'))).id;
    const projectId = ids['project'];
    ids['A'] = await build.wbe(projectId, 'A');
    ids['A.1'] = await build.wbe(projectId, 'A.1', ids['A']);
    ids['B'] = await build.wbe(projectId, 'B');
    ids['C'] = await build.wbe(projectId, 'C');
    ids['E1'] = await build.element(ids['A.1'], 'E1', '1000.00', '2026-01-01', '2026-01-10');
    ids['E4'] = await build.element(ids['A'], 'E4', '200.00', '2026-01-01', '2026-01-05');
    ids['E2'] = await build.element(ids['B'], 'E2', '400.00', '2026-01-01', '2026-01-04');
    ids['E5'] = await build.element(ids['C'], 'E5', '100.00', '2026-01-01', '2026-01-06');
    await build.cost(ids['E1'], '300.00', '2026-01-02');
    await build.progress(ids['E1'], 20, '2026-01-03');
    forkedAt = await build.branch(projectId, 'co');
    await build.setBudget(ids['E1'], '1500.00', 'co');
    ids['E3'] = await build.element(ids['A.1'], 'E3', '300.00', '2026-01-04', '2026-01-09', 'co');
    await build.progress(ids['E3'], 10, '2026-01-04', 'co');
    await t.run(UPDATE_ELEMENT, { id: ids['E2'], input: { plannedEnd: '2026-01-12' }, branch: 'co' });
    const cost = await t.run<{ registerCost: { id: string } }, unknown>(COST_WITH_DESCRIPTION, {
      input: { costElementId: ids['E2'], amount: '50.00', incurredOn: '2026-01-03', description: 'Concrete' },
      branch: 'co',
    });
    ids['cost'] = cost.registerCost.id;
    const rename = await t.run<{ updateWBE: { commit: { id: string } } }, unknown>(RENAME_WBE, {
      id: ids['A.1'],
      name: 'Renamed',
      branch: 'co',
    });
    ids['renameCommit'] = rename.updateWBE.commit.id;
    await build.setBudget(ids['E4'], '999.00');
  });

  afterAll(async () => {
    await t.close();
  });

  async function readable(at: string | null = '2026-01-05') {
    const result = await t.request(CcReadableDiffDocument, {
      projectId: ids['project'] ?? '',
      from: { branch: 'main' },
      to: { branch: 'co' },
      mode: 'THREE_DOT',
      at,
    });
    expect(result.errors).toBeUndefined();
    const diff = result.data?.diff;
    if (diff === undefined) throw new Error('no diff');
    return { diff, statements: result.statements };
  }

  it('says what every changed entity is on each side: label, path and the cost element of an actual', async () => {
    const { diff } = await readable();
    const byId = new Map(diff.changes.map((c) => [c.entityId, c]));
    expect(diff.changes).toHaveLength(6);
    expect(byId.get(ids['E1'] ?? '')?.before).toEqual({
      label: 'E1 Element E1',
      code: 'E1',
      name: 'Element E1',
      path: ['A', 'A.1'],
      costElement: null,
    });
    expect(byId.get(ids['E1'] ?? '')?.after?.path).toEqual(['A', 'A.1']);
    const added = byId.get(ids['E3'] ?? '');
    expect(added?.kind).toBe('ADDED');
    expect(added?.before).toBeNull();
    expect(added?.after).toMatchObject({ label: 'E3 Element E3', path: ['A', 'A.1'] });
    expect(byId.get(ids['A.1'] ?? '')?.before).toMatchObject({ label: 'A.1 WBE A.1', path: ['A'] });
    expect(byId.get(ids['A.1'] ?? '')?.after).toMatchObject({ label: 'A.1 Renamed', path: ['A'] });
    expect(byId.get(ids['cost'] ?? '')?.after).toEqual({
      label: '2026-01-03 50.00 Concrete',
      code: null,
      name: null,
      path: ['B'],
      costElement: { id: ids['E2'], code: 'E2', name: 'Element E2' },
    });
    const progress = diff.changes.find((c) => c.entityType === 'ProgressEntry');
    expect(progress?.after).toMatchObject({
      label: '2026-01-04 10%',
      path: ['A', 'A.1'],
      costElement: { id: ids['E3'], code: 'E3' },
    });
    for (const change of diff.changes) {
      const side = change.after ?? change.before;
      expect(side?.label, change.entityId).toBeTruthy();
      expect(Array.isArray(side?.path)).toBe(true);
    }
  });

  it("a commit's changes are readable too, at the commit and its parent", async () => {
    const data = await t.run<{ commit: { changes: unknown[] } }, unknown>(COMMIT_CHANGES, { id: ids['renameCommit'] });
    expect(data.commit.changes).toEqual([
      {
        entityId: ids['A.1'],
        kind: 'MODIFIED',
        before: { label: 'A.1 WBE A.1', path: ['A'] },
        after: { label: 'A.1 Renamed', path: ['A'] },
      },
    ]);
  });

  it('gives BAC, EAC and PV per WBE before, after and delta, exactly as worked out by hand', async () => {
    const { diff } = await readable();
    // At Jan 5. Before (merge base): E1 PV 1000 x 5/10 = 500, EV 200, AC 300; E4 PV 200; E2 PV 400.
    //   A.1: BAC 1000, PV 500, EAC 1000 x 300/200 = 1500. A: BAC 1200, PV 700, EAC 1200 x 300/200 = 1800.
    //   B: BAC 400, PV 400, AC 0: EAC null.
    // After: E1 1500: PV 750, EV 300; E3 PV 300 x 2/6 = 100, EV 30; E2 PV 400 x 5/12 = 166.666…, AC 50.
    //   A.1: BAC 1800, PV 850, EV 330, AC 300: EAC 1800 x 300/330 = 1636.3636…
    //   A: BAC 2000, PV 1050, EAC 2000 x 300/330 = 1818.1818…
    //   B: BAC 400, PV 166.67, EV 0 (CPI 0): EAC null. C is untouched and not listed.
    expect(diff.wbeImpact).toEqual([
      {
        wbeId: ids['A'],
        code: 'A',
        name: 'WBE A',
        path: [],
        bacBefore: '1200.00',
        bacAfter: '2000.00',
        bacDelta: '800.00',
        eacBefore: '1800.00',
        eacAfter: '1818.18',
        eacDelta: '18.18',
        pvBefore: '700.00',
        pvAfter: '1050.00',
        pvDelta: '350.00',
      },
      {
        wbeId: ids['A.1'],
        code: 'A.1',
        name: 'Renamed',
        path: ['A'],
        bacBefore: '1000.00',
        bacAfter: '1800.00',
        bacDelta: '800.00',
        eacBefore: '1500.00',
        eacAfter: '1636.36',
        eacDelta: '136.36',
        pvBefore: '500.00',
        pvAfter: '850.00',
        pvDelta: '350.00',
      },
      {
        wbeId: ids['B'],
        code: 'B',
        name: 'WBE B',
        path: [],
        bacBefore: '400.00',
        bacAfter: '400.00',
        bacDelta: '0.00',
        eacBefore: null,
        eacAfter: null,
        eacDelta: null,
        pvBefore: '400.00',
        pvAfter: '166.67',
        pvDelta: '-233.33',
      },
    ]);
  });

  it('gives the schedule effect: moved and added elements, and the project span on each side', async () => {
    const { diff } = await readable();
    expect(diff.scheduleImpact).toEqual({
      elements: [
        {
          costElementId: ids['E3'],
          code: 'E3',
          name: 'Element E3',
          path: ['A', 'A.1'],
          plannedStartBefore: null,
          plannedStartAfter: '2026-01-04',
          plannedEndBefore: null,
          plannedEndAfter: '2026-01-09',
        },
        {
          costElementId: ids['E2'],
          code: 'E2',
          name: 'Element E2',
          path: ['B'],
          plannedStartBefore: '2026-01-01',
          plannedStartAfter: '2026-01-01',
          plannedEndBefore: '2026-01-04',
          plannedEndAfter: '2026-01-12',
        },
      ],
      projectStartBefore: '2026-01-01',
      projectStartAfter: '2026-01-01',
      projectEndBefore: '2026-01-10',
      projectEndAfter: '2026-01-12',
    });
  });

  it('defaults the control date to today: every planned value is then the full budget', async () => {
    const { diff } = await readable(null);
    const a = diff.wbeImpact.find((w) => w.code === 'A');
    expect(a?.pvBefore).toBe('1200.00');
    expect(a?.pvAfter).toBe('2000.00');
  });

  it('costRegistration and progressEntry roots read an actual at a branch, a moment or not at all', async () => {
    const progressId = (await readable()).diff.changes.find((c) => c.entityType === 'ProgressEntry')?.entityId ?? '';
    const onBranch = await t.run(CcActualRootsDocument, { costId: ids['cost'] ?? '', progressId, branch: 'co' });
    expect(onBranch.costRegistration).toMatchObject({
      id: ids['cost'],
      amount: '50.00',
      incurredOn: '2026-01-03',
      description: 'Concrete',
      costElement: { id: ids['E2'] },
    });
    expect(onBranch.progressEntry).toMatchObject({ id: progressId, percentComplete: 10, measuredOn: '2026-01-04' });
    // Not on main, not on the branch before it was written, and no such id at all.
    const onMain = await t.run(CcActualRootsDocument, { costId: ids['cost'] ?? '', progressId });
    expect(onMain).toEqual({ costRegistration: null, progressEntry: null });
    const before = await t.run(CcActualRootsDocument, {
      costId: ids['cost'] ?? '',
      progressId,
      branch: 'co',
      asOf: forkedAt,
    });
    expect(before).toEqual({ costRegistration: null, progressEntry: null });
    const unknown = await t.run(CcActualRootsDocument, {
      costId: '00000000-0000-4000-8000-000000000000',
      progressId: ids['E1'] ?? '',
    });
    expect(unknown).toEqual({ costRegistration: null, progressEntry: null });
  });

  it('a moved element and a removed WBE: both old and new places are reported, the removed at its last state', async () => {
    // X > X.1 holds E (100.00 over Jan 1-10), Y holds F (50.00 over Jan 1-2). On branch mv, E
    // moves to Y and X is deleted (with X.1). At Jan 5: X and X.1 go from BAC 100, PV 50 to 0;
    // Y from BAC 50, PV 50 to BAC 150, PV 100. Nothing is rescheduled.
    const projectId = (await build.project(build.uniqueCode('MOVE'))).id;
    const x = await build.wbe(projectId, 'X');
    const x1 = await build.wbe(projectId, 'X.1', x);
    const y = await build.wbe(projectId, 'Y');
    const e = await build.element(x1, 'E', '100.00', '2026-01-01', '2026-01-10');
    await build.element(y, 'F', '50.00', '2026-01-01', '2026-01-02');
    await build.branch(projectId, 'mv');
    await t.run(UPDATE_ELEMENT, { id: e, input: { wbeId: y }, branch: 'mv' });
    await t.run(`mutation($id: UUID!) { deleteWBE(id: $id, branch: "mv") { id } }`, { id: x });
    const result = await t.request(CcReadableDiffDocument, {
      projectId,
      from: { branch: 'main' },
      to: { branch: 'mv' },
      mode: 'THREE_DOT',
      at: '2026-01-05',
    });
    expect(result.errors).toBeUndefined();
    const diff = result.data?.diff;
    const byId = new Map(diff?.changes.map((c) => [c.entityId, c]));
    expect(byId.get(e)?.before?.path).toEqual(['X', 'X.1']);
    expect(byId.get(e)?.after?.path).toEqual(['Y']);
    expect(byId.get(x1)?.kind).toBe('REMOVED');
    expect(byId.get(x1)?.before).toMatchObject({ label: 'X.1 WBE X.1', path: ['X'] });
    expect(byId.get(x1)?.after).toBeNull();
    const figures = diff?.wbeImpact.map((w) => [
      w.code,
      w.path,
      w.bacBefore,
      w.bacAfter,
      w.pvBefore,
      w.pvAfter,
      w.pvDelta,
    ]);
    expect(figures).toEqual([
      ['X', [], '100.00', '0.00', '50.00', '0.00', '-50.00'],
      ['X.1', ['X'], '100.00', '0.00', '50.00', '0.00', '-50.00'],
      ['Y', [], '50.00', '150.00', '50.00', '100.00', '50.00'],
    ]);
    expect(diff?.scheduleImpact.elements).toEqual([]);
  });
});
