/**
 * nodeId: the same for two reads of the same state at the same read point, different whenever
 * a field could answer differently; node(nodeId) reads the object again at the point it names,
 * for every versioned type, at a branch's latest state, a past moment, a branch and a commit.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeIdOf } from '../../src/graphql/node-id.js';
import { makeReadPoint } from '../../src/versioning/read-point.js';
import {
  IdentityNodeDocument,
  IdentityTreeDocument,
  IdentityTwoMomentsDocument,
  IdentityUserAtDocument,
  VersioningCreateBranchDocument,
  VersioningCreateCostElementDocument,
  VersioningCreateProjectDocument,
  VersioningCreateWbeDocument,
  VersioningRecordProgressDocument,
  VersioningRegisterCostDocument,
  VersioningUpdateCostElementDocument,
  type IdentityTreeQuery,
  type IdentityTreeQueryVariables,
} from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { expectError, ok, shift } from '../helpers/versioning.js';

let t: TestApp;
/** The fixture: a project on main with a branch b; moments around the writes. */
const f = {
  projectId: '',
  elementId: '',
  /** The commit that set the element's budget to 150 on main (before the branch). */
  budgetCommitId: '',
  /** After the branch was created, before its first write. */
  beforeBranchWrite: '',
  /** After b's write (175), before the next write anywhere. */
  afterBranchWrite: '',
  /** Later, with no commit since afterBranchWrite. */
  quietLater: '',
};

const pause = () => new Promise((resolve) => setTimeout(resolve, 15));
const now = () => new Date().toISOString();

beforeAll(async () => {
  // The identity query selects every field of every level (cost estimate above the default).
  t = await createTestApp({ maxQueryCost: 1_000_000 });
  const today = now().slice(0, 10);
  const project = ok(
    await t.request(VersioningCreateProjectDocument, {
      input: {
        code: `ID-${randomUUID().slice(0, 8)}`,
        name: 'Identity',
        startDate: '2026-01-01',
        endDate: '2027-12-31',
      },
    }),
  ).createProject;
  f.projectId = project.id;
  const top = ok(
    await t.request(VersioningCreateWbeDocument, { projectId: project.id, input: { code: '1', name: 'Top' } }),
  ).createWBE;
  ok(
    await t.request(VersioningCreateWbeDocument, {
      projectId: project.id,
      input: { code: '1.1', name: 'Child', parentId: top.id },
    }),
  );
  const element = ok(
    await t.request(VersioningCreateCostElementDocument, {
      input: {
        wbeId: top.id,
        code: 'E',
        name: 'Element',
        budget: '100.00',
        // Spans today, so that planned value moves from one control date to the next.
        plannedStart: shift(`${today}T00:00:00Z`, -30 * 86_400_000).slice(0, 10),
        plannedEnd: shift(`${today}T00:00:00Z`, 300 * 86_400_000).slice(0, 10),
      },
    }),
  ).createCostElement;
  f.elementId = element.id;
  ok(
    await t.request(VersioningRegisterCostDocument, {
      input: { costElementId: element.id, amount: '12.50', incurredOn: today },
    }),
  );
  ok(
    await t.request(VersioningRecordProgressDocument, {
      input: { costElementId: element.id, percentComplete: 10, measuredOn: today },
    }),
  );
  f.budgetCommitId = ok(
    await t.request(VersioningUpdateCostElementDocument, { id: element.id, input: { budget: '150.00' } }),
  ).updateCostElement.commit.id;
  ok(await t.request(VersioningCreateBranchDocument, { projectId: project.id, name: 'b' }));
  await pause();
  f.beforeBranchWrite = now();
  await pause();
  ok(
    await t.request(VersioningUpdateCostElementDocument, { id: element.id, input: { budget: '175.00' }, branch: 'b' }),
  );
  await pause();
  f.afterBranchWrite = now();
  await pause();
  f.quietLater = now();
});

afterAll(async () => {
  await t?.close();
});

async function tree(variables: Omit<IdentityTreeQueryVariables, 'id'>) {
  const project = ok(await t.request(IdentityTreeDocument, { id: f.projectId, ...variables })).project;
  if (project === null || project === undefined) throw new Error(`no project at ${JSON.stringify(variables)}`);
  return project;
}

type Tree = NonNullable<IdentityTreeQuery['project']>;

function elementOf(project: Tree) {
  const element = project.allWbes.flatMap((w) => w.elements).find((e) => e.id === f.elementId);
  if (element === undefined) throw new Error('element missing');
  return element;
}

/** Every object of a tree as its own fragment selects it, ready to compare with node(nodeId). */
function objectsOf(project: Tree): Record<string, unknown>[] {
  const { allWbes, commit, ...ownProject } = project;
  const objects: Record<string, unknown>[] = [{ ...ownProject, commit: { id: commit.id } }, commit.author];
  for (const { elements, ...wbe } of allWbes) {
    objects.push(wbe);
    for (const { entries, costs, progress, ...element } of elements) {
      objects.push(element, ...entries, ...costs, ...progress);
    }
  }
  return objects;
}

async function nodeAgain(nodeId: string) {
  return ok(await t.request(IdentityNodeDocument, { nodeId })).node;
}

describe('nodeId', () => {
  it('is the same for two moments with no commit of the project between them, and for an object and its own last history entry', async () => {
    const a = await tree({ asOf: f.afterBranchWrite });
    const b = await tree({ asOf: f.quietLater });
    expect(f.afterBranchWrite.slice(0, 10), 'the two moments share a date').toBe(f.quietLater.slice(0, 10));
    expect(objectsOf(b).map((o) => o['nodeId'])).toEqual(objectsOf(a).map((o) => o['nodeId']));
    expect(b).toEqual(a);
    const { entries, costs: _costs, progress: _progress, ...element } = elementOf(a);
    expect(entries.at(-1)).toEqual(element);
    expect(new Set(entries.map((e) => e.nodeId)).size).toBe(entries.length);
  });

  it('differs between two moments with the same history of main when another branch committed between them: a child naming that branch answers differently', async () => {
    const before = await tree({ asOf: f.beforeBranchWrite });
    const after = await tree({ asOf: f.afterBranchWrite });
    // Everything main shows is the same...
    expect(after.version).toBe(before.version);
    expect(after.budget).toBe(before.budget);
    expect(elementOf(after).budget).toBe(elementOf(before).budget);
    // ...but `wbes(branch: "b")` reads b at the same moment, where the write happened.
    const onBranch = (p: Tree) => p.onBranch.flatMap((w) => w.costElements.map((e) => e.budget));
    expect(onBranch(before)).not.toEqual(onBranch(after));
    expect(after.nodeId).not.toBe(before.nodeId);
    expect(elementOf(after).nodeId).not.toBe(elementOf(before).nodeId);
  });

  it('differs between two dates with the same visible history (the default EVM control date), also within one request', async () => {
    const day = 86_400_000;
    const inOneDay = shift(now(), day);
    const inTwoDays = shift(now(), 2 * day);
    const a = await tree({ asOf: inOneDay });
    const b = await tree({ asOf: inTwoDays });
    expect(b.version).toBe(a.version);
    expect(b.evm.controlDate).not.toBe(a.evm.controlDate);
    expect(elementOf(b).evm.pv).not.toBe(elementOf(a).evm.pv);
    expect(b.nodeId).not.toBe(a.nodeId);
    expect(elementOf(b).nodeId).not.toBe(elementOf(a).nodeId);
    // One request, two moments of one lineage: the loaders share rows, each object keeps its own point.
    const both = ok(await t.request(IdentityTwoMomentsDocument, { id: f.projectId, a: inOneDay, b: inTwoDays }));
    expect(both.a?.nodeId).toBe(a.nodeId);
    expect(both.b?.nodeId).toBe(b.nodeId);
    expect(both.a?.evm.controlDate).toBe(a.evm.controlDate);
    expect(both.b?.evm.controlDate).toBe(b.evm.controlDate);
    expect(both.b?.allWbes.map((w) => w.evm.controlDate)).toEqual(both.b?.allWbes.map(() => b.evm.controlDate));
  });

  it("of a branch's latest state stays while other branches commit, and changes when the branch does", async () => {
    const first = await tree({});
    ok(
      await t.request(VersioningUpdateCostElementDocument, {
        id: f.elementId,
        input: { budget: '176.00' },
        branch: 'b',
      }),
    );
    const second = await tree({});
    expect(objectsOf(second).map((o) => o['nodeId'])).toEqual(objectsOf(first).map((o) => o['nodeId']));
    ok(await t.request(VersioningUpdateCostElementDocument, { id: f.elementId, input: { budget: '151.00' } }));
    const third = await tree({});
    expect(third.nodeId).not.toBe(second.nodeId);
    expect(elementOf(third).budget).toBe('151.00');
    expect(elementOf(third).nodeId).not.toBe(elementOf(second).nodeId);
    // A WBE whose own state did not change is still another object: its budget and children could have.
    expect(third.allWbes.map((w) => w.nodeId)).not.toEqual(second.allWbes.map((w) => w.nodeId));
  });
});

describe('node(nodeId)', () => {
  it.each([
    { point: "main's latest state", variables: () => ({}) },
    { point: 'a past moment on main', variables: () => ({ asOf: f.beforeBranchWrite }) },
    { point: 'the branch b', variables: () => ({ branch: 'b' }) },
    { point: 'b at a past moment', variables: () => ({ branch: 'b', asOf: f.afterBranchWrite }) },
    { point: 'a commit', variables: () => ({ commit: f.budgetCommitId }) },
  ])('reads every versioned object of a tree at $point again, field for field', async ({ variables }) => {
    const objects = objectsOf(await tree(variables()));
    const types = new Set(objects.map((o) => o['__typename']));
    expect([...types].sort()).toEqual(['CostElement', 'CostRegistration', 'ProgressEntry', 'Project', 'User', 'WBE']);
    for (const object of objects) {
      const again = await nodeAgain(String(object['nodeId']));
      expect(again, `${String(object['__typename'])} ${String(object['nodeId'])}`).toEqual(object);
    }
  });

  it("reads a user's profile states again: at a moment, in its history, and as a commit's author", async () => {
    const viewer = t.users.VIEWER.id;
    const rename = `mutation Rename($id: UUID!, $fullName: String!) { updateUser(id: $id, input: { fullName: $fullName }) { nodeId version } }`;
    const v2 = ok(
      await t.request<{ updateUser: { nodeId: string; version: number } }, { id: string; fullName: string }>(rename, {
        id: viewer,
        fullName: 'Viewer Two',
      }),
    ).updateUser;
    await pause();
    const between = now();
    await pause();
    ok(await t.request(rename, { id: viewer, fullName: 'Viewer Three' }));
    const atMoment = ok(await t.request(IdentityUserAtDocument, { id: viewer, asOf: between })).user;
    expect(atMoment?.version).toBe(2);
    expect(atMoment?.nodeId).toBe(v2.nodeId);
    expect(atMoment?.entries.map((e) => e.version)).toEqual([1, 2]);
    const latest = ok(await t.request(IdentityUserAtDocument, { id: viewer })).user;
    expect(latest?.entries.map((e) => e.version)).toEqual([1, 2, 3]);
    // The state of version 2 read now is another object: its validTo and history differ.
    expect(latest?.entries[1]?.nodeId).not.toBe(atMoment?.nodeId);
    expect(latest?.entries[1]?.validTo).not.toBeNull();
    for (const user of [atMoment, ...(atMoment?.entries ?? []), latest, ...(latest?.entries ?? [])]) {
      if (user === null || user === undefined) throw new Error('no user');
      const { entries: _entries, ...own } = user as typeof user & { entries?: unknown };
      expect(await nodeAgain(user.nodeId), `User v${user.version}`).toEqual(own);
    }
  });

  it("reads a mutation's result again at the commit that wrote it", async () => {
    const write = `mutation Write($id: UUID!) { updateCostElement(id: $id, input: { name: "Renamed" }) { nodeId id version name budget branch } }`;
    const result = ok(
      await t.request<{ updateCostElement: Record<string, unknown> }, { id: string }>(write, { id: f.elementId }),
    ).updateCostElement;
    const again = ok(
      await t.request<{ node: Record<string, unknown> }, { nodeId: unknown }>(
        'query Again($nodeId: ID!) { node(nodeId: $nodeId) { ... on CostElement { nodeId id version name budget branch } } }',
        { nodeId: result['nodeId'] },
      ),
    ).node;
    expect(again).toEqual(result);
  });

  it('answers a string that is not a nodeId with BAD_USER_INPUT, and a well-formed one that names nothing here with null', async () => {
    const real = (await tree({})).nodeId;
    const flipped = `${real.slice(0, -2)}${real.at(-2) === 'A' ? 'B' : 'A'}${real.at(-1)}`;
    for (const malformed of ['x', f.projectId, real.slice(0, -3), `${real}AAAA`, 'A'.repeat(real.length)]) {
      expectError(await t.request(IdentityNodeDocument, { nodeId: malformed }), 'BAD_USER_INPUT', 'nodeId');
    }
    // A changed version byte still decodes: that version does not exist there.
    const [flippedAnswer] = [await t.request(IdentityNodeDocument, { nodeId: flipped })];
    if (flippedAnswer.errors === undefined) expect(flippedAnswer.data?.node).toBeNull();
    else expectError(flippedAnswer, 'BAD_USER_INPUT', 'nodeId');
    const point = (projectId: string) => makeReadPoint(projectId, 'main', null, null, [{ branch: 'main', maxSeq: 1 }]);
    const foreign = nodeIdOf({ type: 'Project', id: randomUUID(), version: 1, readPoint: point(randomUUID()) });
    expect(ok(await t.request(IdentityNodeDocument, { nodeId: foreign })).node).toBeNull();
    const noSuchVersion = nodeIdOf({
      type: 'CostElement',
      id: f.elementId,
      version: 99,
      readPoint: point(f.projectId),
    });
    expect(ok(await t.request(IdentityNodeDocument, { nodeId: noSuchVersion })).node).toBeNull();
    const beyondHead = makeReadPoint(f.projectId, 'main', null, null, [{ branch: 'main', maxSeq: 10_000 }]);
    const future = nodeIdOf({ type: 'Project', id: f.projectId, version: 1, readPoint: beyondHead });
    expect(ok(await t.request(IdentityNodeDocument, { nodeId: future })).node).toBeNull();
  });
});
