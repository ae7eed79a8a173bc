import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMPLIFICATIONS, BACK_AND_FORTH, TREE_SHAPES } from '../../bench/limit-queries.js';
import { loadWorkload, workloadOf } from '../../bench/workload.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The request limits at their DEFAULT settings against the bench's L workload (one project of
 * 200 WBEs, 10,000 cost elements, 30,000 costs, 20,000 progress entries, a year of history):
 * tree reads a front end would write answer in full, amplification is refused before any
 * resolver runs, and a read whose real result keeps growing is stopped by the execution budget.
 * The workload is loaded once for the file (about 15 s on PostgreSQL, 60 s embedded).
 */

type Kind = 'WBE' | 'CostElement' | 'CostRegistration' | 'ProgressEntry' | 'Project';
const LIST_KINDS: Readonly<Record<string, Kind>> = {
  wbes: 'WBE',
  children: 'WBE',
  allWbes: 'WBE',
  costElements: 'CostElement',
  costRegistrations: 'CostRegistration',
  progressEntries: 'ProgressEntry',
};

/** What a read reached, by kind: entity ids, and `id@version` of the past states listed in `history`. */
function reached(project: unknown): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const add = (key: string, value: string) => {
    let set = found.get(key);
    if (set === undefined) found.set(key, (set = new Set()));
    set.add(value);
  };
  const walk = (node: unknown, kind: Kind): void => {
    if (node === null || typeof node !== 'object') return;
    for (const [field, value] of Object.entries(node)) {
      if (!Array.isArray(value)) continue;
      const itemKind = field === 'history' ? kind : LIST_KINDS[field];
      if (itemKind === undefined) continue;
      for (const item of value as { id: string; version: number }[]) {
        if (field === 'history') add(`${kind} history`, `${item.id}@${item.version}`);
        else add(itemKind, item.id);
        if (field !== 'history') walk(item, itemKind);
      }
    }
  };
  walk(project, 'Project');
  return found;
}

const REFERENCE = `query Reference($id: UUID!) { project(id: $id) { history { id version }
  allWbes { id history { id version } costElements { id history { id version }
    costRegistrations { id } progressEntries { id } } } } }`;

/** What each shape must reach, all of it: the kinds it lists at every level of the WBS. */
const COVERS: Readonly<Record<string, readonly string[]>> = {
  nestedTreeWithEvm: ['WBE'],
  treeWithActuals: ['WBE', 'CostElement', 'CostRegistration', 'ProgressEntry'],
  twelveLevels: ['WBE', 'CostElement', 'ProgressEntry'],
  everyListToDepth20: [
    'WBE',
    'CostElement',
    'CostRegistration',
    'ProgressEntry',
    'Project history',
    'WBE history',
    'CostElement history',
  ],
  flatEverything: ['WBE', 'CostElement', 'CostRegistration', 'ProgressEntry', 'Project history', 'WBE history'],
};

describe('request limits at default settings on the L workload', () => {
  let t: TestApp;
  let projectId: string;
  let reference: Map<string, Set<string>>;

  beforeAll(async () => {
    // Counts the statements of executions: no answer may come from the read cache.
    t = await createTestApp({ readCacheBytes: 0 });
    const [project] = (await loadWorkload(t.sql, workloadOf('L'), { id: t.users.ADMIN.id, role: 'ADMIN' })).projects;
    if (project === undefined) throw new Error('the workload made no project');
    projectId = project.projectId;
    await t.sql.query('ANALYZE');
    const result = await t.request(REFERENCE, { id: projectId });
    expect(result.errors).toBeUndefined();
    reference = reached((result.data as { project: unknown }).project);
  }, 900_000);

  afterAll(async () => {
    await t?.close();
  });

  it('the reference read reaches the whole workload', () => {
    expect(reference.get('WBE')?.size).toBe(200);
    expect(reference.get('CostElement')?.size).toBeGreaterThanOrEqual(10_000);
    expect(reference.get('CostRegistration')?.size).toBeGreaterThanOrEqual(25_000);
    expect(reference.get('ProgressEntry')?.size).toBeGreaterThanOrEqual(15_000);
    expect(reference.get('CostElement history')?.size).toBeGreaterThan(100_000);
  });

  describe('tree reads answer in full', () => {
    it.each(Object.keys(TREE_SHAPES))('%s', async (name) => {
      const result = await t.request(TREE_SHAPES[name] ?? '', { id: projectId });
      expect(result.errors).toBeUndefined();
      expect(result.status).toBe(200);
      const found = reached((result.data as { project: unknown }).project);
      for (const kind of COVERS[name] ?? []) {
        expect({ kind, size: found.get(kind)?.size }).toEqual({ kind, size: reference.get(kind)?.size });
        expect(found.get(kind)).toEqual(reference.get(kind));
      }
    });

    it('nestedTreeWithEvm carries EVM figures on every cost element it lists', async () => {
      const result = await t.request(TREE_SHAPES['nestedTreeWithEvm'] ?? '', { id: projectId });
      const text = JSON.stringify(result.data);
      const elements = text.match(/"costElements":\[/g)?.length ?? 0;
      expect(elements).toBeGreaterThan(50);
      expect(text).not.toMatch(/"evm":null/);
    });
  });

  describe('amplification is refused before any resolver runs', () => {
    const expected: Readonly<Record<string, string | undefined>> = {
      diffAliases1000: 'MAX_QUERY_TOKENS',
      diffAliases1000Compact: 'MAX_QUERY_TOKENS',
      mergeDryRunAliases1000: 'MAX_QUERY_TOKENS',
      projectAliases1000: 'MAX_QUERY_TOKENS',
      typenameAliases50000: 'MAX_QUERY_TOKENS',
      typenameAliases3000: 'MAX_QUERY_ALIASES',
      repeatedFields20000: 'MAX_QUERY_TOKENS',
      // graphql-js's own budget for comparing fields of one name: no setting of ours.
      repeatedFields9000: undefined,
      nestedFragmentChain: 'MAX_QUERY_DEPTH',
      doublingFragments: 'MAX_QUERY_COST',
      diffAliases11: 'MAX_QUERY_COST',
    };

    it.each(Object.keys(AMPLIFICATIONS))('%s', async (name) => {
      const amplification = AMPLIFICATIONS[name];
      if (amplification === undefined) throw new Error(name);
      const result = await t.request(
        amplification.query,
        { id: projectId, ...amplification.variables },
        amplification.anonymous === true ? { token: null } : {},
      );
      expect(result.status).toBe(400);
      expect(result.data ?? null).toBeNull();
      expect(result.errors).toHaveLength(1);
      const extensions = result.errors?.[0]?.extensions;
      expect(extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(extensions?.['limit']).toBe(expected[name]);
      // At most the token's user lookup: nothing reached a resolver.
      expect(result.statements).toBeLessThanOrEqual(amplification.anonymous === true ? 0 : 1);
    });

    it('the same requests are counted in the test above (none is left out)', () => {
      expect(Object.keys(expected).sort()).toEqual(Object.keys(AMPLIFICATIONS).sort());
    });
  });

  describe('a read whose real result keeps growing', () => {
    it('is stopped by the execution budget while the server keeps answering others', async () => {
      const tree = t.request(TREE_SHAPES['twelveLevels'] ?? '', { id: projectId });
      const growing = t.request(BACK_AND_FORTH, { id: projectId });
      const health = fetch(t.url.replace('/graphql', '/health'));
      const [treeResult, growingResult, healthResult] = await Promise.all([tree, growing, health]);

      expect(growingResult.status).toBe(200);
      expect(growingResult.data ?? null).toBeNull();
      expect(growingResult.errors).toHaveLength(1);
      expect(growingResult.errors?.[0]?.extensions).toMatchObject({
        code: 'EXECUTION_BUDGET_EXCEEDED',
        limit: 'MAX_RESULT_NODES',
      });
      expect(growingResult.errors?.[0]?.message).toMatch(/repeat objects it already holds/);

      expect(treeResult.errors).toBeUndefined();
      expect(reached((treeResult.data as { project: unknown }).project).get('WBE')).toEqual(reference.get('WBE'));
      expect(healthResult.status).toBe(200);
    });
  });
});
