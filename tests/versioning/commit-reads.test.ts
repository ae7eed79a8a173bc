/**
 * A whole tree at a commit (project, wbe and costElement take `commit`; children inherit it),
 * the commit log filtered by committedAt for a date picker, and the branch heads that contain
 * a commit.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CcMergeBranchDocument,
  CommitReadElementDocument,
  CommitReadLogDocument,
  CommitReadTreeDocument,
  CommitReadWbeDocument,
  VersioningCreateBranchDocument,
  VersioningCreateCostElementDocument,
  VersioningCreateProjectDocument,
  VersioningCreateWbeDocument,
  VersioningUpdateCostElementDocument,
  type CommitReadLogQuery,
} from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { expectError, ok } from '../helpers/versioning.js';

let t: TestApp;
const f = {
  projectId: '',
  otherProjectId: '',
  wbeId: '',
  /** E: changed on main only; F: changed on b only. */
  e: '',
  fId: '',
  /** main: E 100 -> 120, before b was forked. */
  mainBeforeFork: { id: '', at: '' },
  /** b: F 50 -> 55. */
  onBranch: { id: '', at: '' },
  /** main: E 120 -> 140, after the fork. */
  mainAfterFork: { id: '', at: '' },
  /** A commit of the other project. */
  foreign: '',
};

const pause = () => new Promise((resolve) => setTimeout(resolve, 15));

async function createProject(code: string) {
  return ok(
    await t.request(VersioningCreateProjectDocument, {
      input: { code, name: code, startDate: '2026-01-01', endDate: '2026-12-31' },
    }),
  ).createProject;
}

async function createElement(code: string, budget: string) {
  return ok(
    await t.request(VersioningCreateCostElementDocument, {
      input: { wbeId: f.wbeId, code, name: code, budget, plannedStart: '2026-01-01', plannedEnd: '2026-12-31' },
    }),
  ).createCostElement;
}

async function setBudget(id: string, budget: string, branch = 'main') {
  await pause();
  const e = ok(
    await t.request(VersioningUpdateCostElementDocument, { id, input: { budget }, branch }),
  ).updateCostElement;
  return { id: e.commit.id, at: e.validFrom };
}

beforeAll(async () => {
  // Counts the statements of executions: no answer may come from the read cache.
  t = await createTestApp({ readCacheBytes: 0 });
  const suffix = randomUUID().slice(0, 6);
  f.projectId = (await createProject(`CR-${suffix}`)).id;
  f.wbeId = ok(
    await t.request(VersioningCreateWbeDocument, { projectId: f.projectId, input: { code: '1', name: 'One' } }),
  ).createWBE.id;
  f.e = (await createElement('E', '100.00')).id;
  f.fId = (await createElement('F', '50.00')).id;
  f.mainBeforeFork = await setBudget(f.e, '120.00');
  ok(await t.request(VersioningCreateBranchDocument, { projectId: f.projectId, name: 'b' }));
  f.onBranch = await setBudget(f.fId, '55.00', 'b');
  f.mainAfterFork = await setBudget(f.e, '140.00');
  // b moves on after mainAfterFork: a read at that commit must not see it.
  await setBudget(f.fId, '57.00', 'b');
  const other = await createProject(`CR-other-${suffix}`);
  f.otherProjectId = other.id;
  f.foreign = other.commit.id;
});

afterAll(async () => {
  await t?.close();
});

const budgets = (elements: { code: string; budget: string }[]) =>
  Object.fromEntries(elements.map((e) => [e.code, e.budget]));

describe('reads at a commit', () => {
  it('read the whole tree right after the commit; every level inherits it', async () => {
    const project = ok(
      await t.request(CommitReadTreeDocument, { id: f.projectId, commit: f.mainBeforeFork.id }),
    ).project;
    expect(project?.branch).toBe('main');
    expect(project?.budget).toBe('170.00');
    const elements = project?.allWbes.flatMap((w) => w.costElements) ?? [];
    expect(budgets(elements)).toEqual({ E: '120.00', F: '50.00' });
    const e = elements.find((x) => x.code === 'E');
    expect(e?.commit.id).toBe(f.mainBeforeFork.id);
    expect(e?.history.map((h) => h.budget)).toEqual(['100.00', '120.00']);
    // The same tree as a read at the commit's moment (both see exactly the commits up to it).
    const atMoment = ok(
      await t.request(CommitReadTreeDocument, { id: f.projectId, asOf: f.mainBeforeFork.at }),
    ).project;
    expect(project?.allWbes).toEqual(atMoment?.allWbes);
    const wbe = ok(await t.request(CommitReadWbeDocument, { id: f.wbeId, commit: f.mainBeforeFork.id })).wbe;
    expect(wbe?.budget).toBe('170.00');
    expect(budgets(wbe?.costElements ?? [])).toEqual({ E: '120.00', F: '50.00' });
    const element = ok(await t.request(CommitReadElementDocument, { id: f.e, commit: f.mainAfterFork.id })).costElement;
    expect(element).toMatchObject({ version: 3, budget: '140.00', commit: { id: f.mainAfterFork.id } });
  });

  it('read a child that names another branch at the moment of the commit', async () => {
    const project = ok(
      await t.request(CommitReadTreeDocument, { id: f.projectId, commit: f.mainAfterFork.id }),
    ).project;
    expect(budgets(project?.onBranch.flatMap((w) => w.costElements) ?? [])).toEqual({ E: '120.00', F: '55.00' });
    const latest = ok(await t.request(CommitReadTreeDocument, { id: f.projectId })).project;
    expect(budgets(latest?.onBranch.flatMap((w) => w.costElements) ?? [])).toEqual({ E: '120.00', F: '57.00' });
  });

  it("read a commit of an ancestor on a branch (the commit's own branch is read), and refuse one the branch's log does not contain", async () => {
    const fromB = ok(
      await t.request(CommitReadTreeDocument, { id: f.projectId, branch: 'b', commit: f.mainBeforeFork.id }),
    ).project;
    expect(fromB?.branch).toBe('main');
    expect(fromB?.budget).toBe('170.00');
    const onB = ok(
      await t.request(CommitReadTreeDocument, { id: f.projectId, branch: 'b', commit: f.onBranch.id }),
    ).project;
    expect(onB).toMatchObject({ branch: 'b', budget: '175.00' });
    const notInMain = await t.request(CommitReadTreeDocument, { id: f.projectId, commit: f.onBranch.id });
    expectError(notInMain, 'BAD_USER_INPUT', 'commit');
    expect(notInMain.errors?.[0]?.message).toContain('branch: "b"');
    expectError(
      await t.request(CommitReadTreeDocument, { id: f.projectId, branch: 'b', commit: f.mainAfterFork.id }),
      'BAD_USER_INPUT',
      'commit',
    );
    expectError(
      await t.request(CommitReadElementDocument, { id: f.e, commit: f.onBranch.id }),
      'BAD_USER_INPUT',
      'commit',
    );
    expectError(
      await t.request(CommitReadTreeDocument, { id: f.projectId, branch: 'nope', commit: f.onBranch.id }),
      'NOT_FOUND',
    );
  });

  it('refuse asOf and commit together, and a commit that is not the project’s', async () => {
    const both = { asOf: f.mainAfterFork.at, commit: f.mainAfterFork.id };
    expectError(await t.request(CommitReadTreeDocument, { id: f.projectId, ...both }), 'BAD_USER_INPUT', 'commit');
    expectError(await t.request(CommitReadWbeDocument, { id: f.wbeId, ...both }), 'BAD_USER_INPUT', 'commit');
    expectError(await t.request(CommitReadElementDocument, { id: f.e, ...both }), 'BAD_USER_INPUT', 'commit');
    for (const commit of [f.foreign, randomUUID()]) {
      expectError(await t.request(CommitReadTreeDocument, { id: f.projectId, commit }), 'NOT_FOUND');
      expectError(await t.request(CommitReadWbeDocument, { id: f.wbeId, commit }), 'NOT_FOUND');
      expectError(await t.request(CommitReadElementDocument, { id: f.e, commit }), 'NOT_FOUND');
    }
    // An unknown project is null, as without a commit.
    expect(ok(await t.request(CommitReadTreeDocument, { id: randomUUID(), commit: f.foreign })).project).toBeNull();
  });
});

type LogNode = CommitReadLogQuery['commits']['edges'][number]['node'];

async function log(branch: string, window: { since?: string; until?: string } = {}, first = 200) {
  return ok(await t.request(CommitReadLogDocument, { projectId: f.projectId, branch, first, ...window })).commits;
}

/** Every commit of a window, a page of `first` at a time. */
async function paged(branch: string, window: { since?: string; until?: string }, first: number): Promise<LogNode[]> {
  const nodes: LogNode[] = [];
  let after: string | null | undefined;
  for (let page = 0; page < 50; page += 1) {
    const commits = ok(
      await t.request(CommitReadLogDocument, { projectId: f.projectId, branch, first, after, ...window }),
    ).commits;
    nodes.push(...commits.edges.map((e) => e.node));
    if (!commits.pageInfo.hasNextPage) return nodes;
    after = commits.pageInfo.endCursor;
  }
  throw new Error('too many pages');
}

describe('the commit log for a date picker', () => {
  it('keeps the commits with committedAt in [since, until], counts them, and pages through them', async () => {
    const all = (await log('main')).edges.map((e) => e.node);
    const window = { since: f.mainBeforeFork.at, until: f.mainAfterFork.at };
    const inWindow = all.filter((c) => c.committedAt >= window.since && c.committedAt <= window.until);
    expect(inWindow.map((c) => c.id)).toEqual([f.mainAfterFork.id, f.mainBeforeFork.id]);
    const filtered = await log('main', window);
    expect(filtered.totalCount).toBe(2);
    expect(filtered.edges.map((e) => e.node)).toEqual(inWindow);
    expect(await paged('main', window, 1)).toEqual(inWindow);
    // Only one bound: everything from it on, or everything up to it.
    expect((await log('main', { since: window.since })).totalCount).toBe(2);
    expect((await log('main', { until: f.mainBeforeFork.at })).edges.map((e) => e.node)).toEqual(
      all.filter((c) => c.committedAt <= f.mainBeforeFork.at),
    );
    // b's log holds main's commits up to the fork and its own.
    const onB = await log('b', { since: f.mainBeforeFork.at });
    expect(onB.edges.map((e) => e.node.branch)).toEqual(['b', 'b', 'b', 'main']);
    expectError(
      await t.request(CommitReadLogDocument, { projectId: f.projectId, since: window.until, until: window.since }),
      'BAD_USER_INPUT',
      'since',
    );
  });

  it('says which branch heads contain each commit, for a whole page at the cost of one', async () => {
    const heads = (nodes: LogNode[]) =>
      Object.fromEntries(nodes.map((c) => [c.id, c.containedInBranches.map((b) => b.name)]));
    const main = heads((await log('main')).edges.map((e) => e.node));
    expect(main[f.mainBeforeFork.id]).toEqual(['main', 'b']);
    expect(main[f.mainAfterFork.id]).toEqual(['main']);
    expect(heads((await log('b')).edges.map((e) => e.node))[f.onBranch.id]).toEqual(['b']);
    const one = await t.request(CommitReadLogDocument, { projectId: f.projectId, first: 1 });
    const many = await t.request(CommitReadLogDocument, { projectId: f.projectId, first: 50 });
    expect(ok(many).commits.edges.length).toBeGreaterThan(5);
    expect(many.statements).toBe(one.statements);
    // Once b is merged into main, its commits are in main's log: readable through main too.
    const merge = ok(await t.request(CcMergeBranchDocument, { projectId: f.projectId, source: 'b' })).mergeBranch;
    expect(merge.status).toBe('MERGED');
    expect(heads((await log('main')).edges.map((e) => e.node))[f.onBranch.id]).toEqual(['main', 'b']);
    const throughMain = ok(await t.request(CommitReadTreeDocument, { id: f.projectId, commit: f.onBranch.id })).project;
    expect(throughMain).toMatchObject({ branch: 'b', budget: '175.00' });
  });
});
