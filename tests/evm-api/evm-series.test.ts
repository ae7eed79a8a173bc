/**
 * `evmSeries` on Project, WBE and CostElement (issue 14, point 4): every point of a series is
 * exactly what `evm(at:)` answers at that date, at every level and read point, and a series
 * costs the statements of one `evm(at:)` whatever its number of points.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EvmApiProjectSeriesDocument,
  EvmApiProjectSeriesOnlyDocument,
  EvmApiWbeSeriesDocument,
  type SeriesInterval,
} from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { Builder, checkedMetrics, type Metrics } from './fixtures.js';

const METRIC_FIELDS = 'controlDate bac pv ev ac cv sv cpi spi eac etc vac tcpi percentComplete';

interface TreeFigures {
  project: Metrics[];
  wbes: Map<string, Metrics[]>;
  elements: Map<string, Metrics[]>;
}

describe('evmSeries equals evm(at:) at every point', () => {
  let t: TestApp;
  let build: Builder;
  let projectId: string;
  let wbeA: string;
  let e1: string;
  let beforeBudgetChange: string;

  beforeAll(async () => {
    // Aliases: the comparison asks evm(at:) once per date with one alias each.
    t = await createTestApp({ maxQueryAliases: 2_000, maxQueryTokens: 500_000, maxQueryCost: 1_000_000 });
    build = new Builder(t);
    projectId = (await build.project(build.uniqueCode('SER'))).id;
    wbeA = await build.wbe(projectId, 'A');
    const wbeA1 = await build.wbe(projectId, 'A.1', wbeA);
    const wbeB = await build.wbe(projectId, 'B');
    // A month-long spread with actuals on and between the weekly dates, and a same-day tie.
    e1 = await build.element(wbeA, 'E1', '1000.00', '2025-01-01', '2025-01-31');
    await build.cost(e1, '100.00', '2025-01-05');
    await build.cost(e1, '250.50', '2025-01-20');
    await build.progress(e1, 10, '2025-01-07');
    await build.progress(e1, 40, '2025-01-21');
    await build.progress(e1, 50, '2025-01-28');
    await build.progress(e1, 55, '2025-01-28');
    // Budget and duration whose quotients do not terminate (PV in thirds of a cent and less).
    const e2 = await build.element(wbeA1, 'E2', '333.33', '2025-01-10', '2025-03-10');
    await build.cost(e2, '33.33', '2025-02-01');
    await build.progress(e2, 33, '2025-02-03');
    // A one-day plan: the full budget from its start.
    const e3 = await build.element(wbeB, 'E3', '777.77', '2025-02-15', '2025-02-15');
    await build.progress(e3, 100, '2025-02-15');
    await build.cost(e3, '800.00', '2025-02-16');
    // Not started during most of the range, no actuals.
    await build.element(wbeB, 'E4', '500.00', '2025-03-01', '2025-06-30');
    const e5 = await build.element(wbeA1, 'E5', '90.10', '2024-12-01', '2025-04-30');
    await build.cost(e5, '12.34', '2024-12-31');
    beforeBudgetChange = await build.setBudget(e5, '90.10');
    await build.setBudget(e5, '1234.56');
  });

  afterAll(async () => {
    await t.close();
  });

  async function series(from: string, to: string, interval: SeriesInterval | null, asOf?: string) {
    const result = await t.request(EvmApiProjectSeriesDocument, { id: projectId, from, to, interval, asOf });
    expect(result.errors).toBeUndefined();
    const project = result.data?.project;
    if (project === null || project === undefined) throw new Error('project not found');
    const figures: TreeFigures = {
      project: project.evmSeries.map(checkedMetrics),
      wbes: new Map(project.allWbes.map((w) => [w.id, w.evmSeries.map(checkedMetrics)])),
      elements: new Map(project.allWbes.flatMap((w) => w.costElements.map((e) => [e.id, e.evmSeries] as const))),
    };
    return { figures, statements: result.statements };
  }

  /** The same tree read with one aliased `evm(at:)` per date at every level. */
  async function pointByPoint(dates: readonly string[], asOf?: string): Promise<TreeFigures> {
    const aliases = dates.map((d, i) => `p${i}: evm(at: "${d}") { ${METRIC_FIELDS} }`).join('\n');
    const query = `query($id: UUID!, $asOf: DateTime) { project(id: $id, asOf: $asOf) { ${aliases}
      allWbes { id ${aliases} costElements { id ${aliases} } } } }`;
    type Node = Record<string, unknown> & { id: string };
    const data = await t.run<{ project: Node & { allWbes: (Node & { costElements: Node[] })[] } }, unknown>(query, {
      id: projectId,
      asOf,
    });
    const at = (node: Record<string, unknown>): Metrics[] => dates.map((_, i) => node[`p${i}`] as Metrics);
    return {
      project: at(data.project),
      wbes: new Map(data.project.allWbes.map((w) => [w.id, at(w)])),
      elements: new Map(data.project.allWbes.flatMap((w) => w.costElements.map((e) => [e.id, at(e)] as const))),
    };
  }

  async function expectSameAsPointReads(
    from: string,
    to: string,
    interval: SeriesInterval | null,
    expectedDates: number,
    asOf?: string,
  ): Promise<TreeFigures> {
    const { figures } = await series(from, to, interval, asOf);
    expect(figures.project).toHaveLength(expectedDates);
    const dates = figures.project.map((p) => p.controlDate);
    const expected = await pointByPoint(dates, asOf);
    expect(figures.project).toEqual(expected.project);
    expect(figures.wbes.size).toBe(3);
    expect(figures.elements.size).toBe(5);
    for (const [id, points] of expected.wbes) expect(figures.wbes.get(id), `WBE ${id}`).toEqual(points);
    for (const [id, points] of expected.elements) expect(figures.elements.get(id), `element ${id}`).toEqual(points);
    return figures;
  }

  it('weekly, the default interval, across the whole plan', async () => {
    const figures = await expectSameAsPointReads('2024-11-28', '2025-07-10', null, 33);
    expect(figures.project[0]?.controlDate).toBe('2024-11-28');
    expect(figures.project[1]?.controlDate).toBe('2024-12-05');
    // Not a flat line: the S-curve moves, and ends with everything planned.
    expect(new Set(figures.project.map((p) => p.pv)).size).toBeGreaterThan(20);
    expect(figures.project.at(-1)?.pv).toBe(figures.project.at(-1)?.bac);
    expect(figures.project.at(-1)?.bac).toBe('3845.66');
  });

  it('daily, including the same-day progress tie and the one-day plan', async () => {
    const figures = await expectSameAsPointReads('2025-01-01', '2025-03-31', 'DAY', 90);
    // The later of the two entries of Jan 28 wins: EV = 55% of 1,000.00 from that day on.
    const e1Points = figures.elements.get(e1) ?? [];
    expect(e1Points.find((p) => p.controlDate === '2025-01-27')?.ev).toBe('400.00');
    expect(e1Points.find((p) => p.controlDate === '2025-01-28')?.ev).toBe('550.00');
  });

  it('monthly from a 31st, clamped to short months', async () => {
    const figures = await expectSameAsPointReads('2024-12-31', '2025-07-31', 'MONTH', 8);
    expect(figures.project.map((p) => p.controlDate)).toEqual([
      '2024-12-31',
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-30',
      '2025-05-31',
      '2025-06-30',
      '2025-07-31',
    ]);
  });

  it('at a past read point (asOf): the series reads that point, like evm(at:)', async () => {
    const past = await expectSameAsPointReads('2024-12-01', '2025-05-01', 'WEEK', 22, beforeBudgetChange);
    const now = (await series('2024-12-01', '2025-05-01', 'WEEK')).figures;
    expect(past.project.at(-1)?.bac).toBe('2701.20');
    expect(now.project.at(-1)?.bac).toBe('3845.66');
  });

  it('one point is evm(at:) of that date; WBE series sum its subtree', async () => {
    const result = await t.run(EvmApiWbeSeriesDocument, { id: wbeA, from: '2025-01-28', to: '2025-01-28' });
    const [point] = result.wbe?.evmSeries ?? [];
    const single = await pointByPoint(['2025-01-28']);
    expect(point).toEqual(single.wbes.get(wbeA)?.[0]);
  });

  it('costs the same statements for 1, 53 and 1,000 points, and as one evm(at:)', async () => {
    const counts: number[] = [];
    for (const [from, to, interval] of [
      ['2025-01-01', '2025-01-01', 'WEEK'],
      ['2025-01-01', '2025-12-31', 'WEEK'],
      ['2023-01-01', '2025-09-26', 'DAY'],
    ] as const) {
      const result = await t.request(EvmApiProjectSeriesOnlyDocument, { id: projectId, from, to, interval });
      expect(result.errors).toBeUndefined();
      expect(result.data?.project?.evmSeries.length).toBe(interval === 'DAY' ? 1000 : from === to ? 1 : 53);
      counts.push(result.statements);
    }
    const single = await t.request(`query($id: UUID!) { project(id: $id) { evm(at: "2025-06-30") { bac pv } } }`, {
      id: projectId,
    });
    expect(single.errors).toBeUndefined();
    console.info(`evmSeries statements for 1, 53, 1000 points: ${counts.join(', ')}; evm(at:): ${single.statements}`);
    expect(Number.isInteger(counts[0])).toBe(true);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBe(single.statements);
  });

  it('refuses a reversed range and more than 1,000 points with BAD_USER_INPUT, reading nothing', async () => {
    const reversed = await t.request(EvmApiProjectSeriesOnlyDocument, {
      id: projectId,
      from: '2025-02-01',
      to: '2025-01-31',
    });
    expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(reversed.errors?.[0]?.message).toMatch(/to \(2025-01-31\) is before from \(2025-02-01\)/);
    expect(reversed.errors?.[0]?.extensions?.['field']).toBe('to');

    const tooMany = await t.request(EvmApiProjectSeriesOnlyDocument, {
      id: projectId,
      from: '2023-01-01',
      to: '2025-09-27',
      interval: 'DAY',
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toMatch(/1001 points, more than the limit of 1000/);

    const badDate = await t.request(EvmApiProjectSeriesOnlyDocument, {
      id: projectId,
      from: '2025-02-30',
      to: '2025-03-01',
    });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
