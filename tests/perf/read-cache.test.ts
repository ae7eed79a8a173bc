/**
 * The read cache (docs/decisions/0018) never answers with what a commit has replaced: reads
 * at a branch head miss after every commit, reads of the past hit for ever, branches and roles
 * have answers of their own, and only versioned reads of queries without errors are stored.
 * Every read is checked against a fresh execution of the same read (the document with a
 * comment of its own, which no stored answer matches), so a wrong hit could not pass for a
 * right one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { actorOf, bulkTree, ok, seedProject, type BulkTree } from '../helpers/versioning.js';

let t: TestApp;
let fresh = 0;
let project: { id: string };
let tree: BulkTree;

const TREE = `query CacheTree($id: UUID!, $branch: String!, $asOf: DateTime) {
  project(id: $id, branch: $branch, asOf: $asOf) {
    id name version budget commit { id committedAt }
    allWbes { id code budget costElements { id code budget version evm { bac ac } costRegistrations { id amount } } }
  }
}`;

const UPDATE = `mutation CacheUpdate($id: UUID!, $budget: Decimal!, $branch: String!) {
  updateCostElement(id: $id, branch: $branch, input: { budget: $budget }) { id version }
}`;

interface Read {
  body: unknown;
  cache: string | null;
}

async function read(
  variables: { id: string; branch: string; asOf?: string | null },
  options: { token?: string; query?: string } = {},
): Promise<Read> {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${options.token ?? t.users.ADMIN.token}`,
    },
    body: JSON.stringify({ query: options.query ?? TREE, variables }),
  });
  return { body: await response.json(), cache: response.headers.get('x-read-cache') };
}

/** The same read executed now (a document text never sent before): what a hit must equal. */
async function truth(
  variables: { id: string; branch: string; asOf?: string | null },
  token?: string,
): Promise<unknown> {
  fresh += 1;
  const answer = await read(variables, {
    query: `${TREE}\n# fresh ${fresh}`,
    ...(token === undefined ? {} : { token }),
  });
  expect(answer.cache).toBe('miss');
  return answer.body;
}

/** The budget of one cost element in a tree answer. */
function budgetOf(body: unknown, elementId: string): string | undefined {
  const project = (body as { data?: { project?: { allWbes: { costElements: { id: string; budget: string }[] }[] } } })
    .data?.project;
  return project?.allWbes.flatMap((w) => w.costElements).find((e) => e.id === elementId)?.budget;
}

async function metric(name: string): Promise<number> {
  const text = await (await fetch(t.url.replace(/\/graphql$/, '/metrics'))).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return Number(line?.split(' ')[1]);
}

beforeAll(async () => {
  t = await createTestApp({ readCacheBytes: 8 * 1_048_576 });
  const admin = actorOf(t, 'ADMIN');
  project = await seedProject(t.sql, admin);
  tree = await bulkTree(t.sql, admin, {
    projectId: project.id,
    topWbes: 2,
    childWbes: 1,
    elementsPerWbe: 3,
    actualsEvery: 2,
  });
  ok(
    await t.request('mutation B($p: UUID!) { createBranch(projectId: $p, name: "cache-co") { name } }', {
      p: project.id,
    }),
  );
});

afterAll(async () => {
  await t?.close();
});

describe('read cache', () => {
  it('a head read hits until a commit, and never returns the pre-commit answer after it', async () => {
    const head = { id: project.id, branch: 'main' };
    const first = await read(head);
    expect(first.cache).toBe('miss');
    const again = await read(head);
    expect(again.cache).toBe('hit');
    expect(again.body).toEqual(first.body);
    for (let i = 1; i <= 4; i += 1) {
      const element = tree.elementIds[i % tree.elementIds.length] ?? '';
      ok(await t.request(UPDATE, { id: element, budget: `${500 + i}.25`, branch: 'main' }));
      const after = await read(head);
      expect(after.cache).toBe('miss');
      expect(after.body).not.toEqual(first.body);
      expect(after.body).toEqual(await truth(head));
      expect(JSON.stringify(after.body)).toContain(`${500 + i}.25`);
      const repeated = await read(head);
      expect(repeated.cache).toBe('hit');
      expect(repeated.body).toEqual(after.body);
    }
    expect(await metric('backcast_read_cache_hits_total')).toBeGreaterThanOrEqual(5);
    expect(await metric('backcast_read_cache_stale_total')).toBeGreaterThanOrEqual(4);
  });

  it('asOf reads: a past moment hits for ever; a future moment misses once a commit lands before it', async () => {
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const element = tree.elementIds[0] ?? '';
    ok(await t.request(UPDATE, { id: element, budget: '777.77', branch: 'main' }));
    const past = { id: project.id, branch: 'main', asOf: before };
    const future = { id: project.id, branch: 'main', asOf: new Date(Date.now() + 3_600_000).toISOString() };
    const pastFirst = await read(past);
    const futureFirst = await read(future);
    expect([pastFirst.cache, futureFirst.cache]).toEqual(['miss', 'miss']);
    expect((await read(future)).cache).toBe('hit');
    ok(await t.request(UPDATE, { id: element, budget: '888.88', branch: 'main' }));
    const pastAfter = await read(past);
    expect(pastAfter.cache).toBe('hit');
    expect(pastAfter.body).toEqual(pastFirst.body);
    expect(pastAfter.body).toEqual(await truth(past));
    expect(JSON.stringify(pastAfter.body)).not.toContain('777.77');
    const futureAfter = await read(future);
    expect(futureAfter.cache).toBe('miss');
    expect(JSON.stringify(futureAfter.body)).toContain('888.88');
    expect(futureAfter.body).toEqual(await truth(future));
  });

  it('branches have answers of their own, and a commit on one leaves the other cached', async () => {
    const main = { id: project.id, branch: 'main' };
    const branch = { id: project.id, branch: 'cache-co' };
    await read(main);
    await read(branch);
    expect((await read(main)).cache).toBe('hit');
    expect((await read(branch)).cache).toBe('hit');
    ok(await t.request(UPDATE, { id: tree.elementIds[1] ?? '', budget: '4242.42', branch: 'cache-co' }));
    const onBranch = await read(branch);
    expect(onBranch.cache).toBe('miss');
    expect(JSON.stringify(onBranch.body)).toContain('4242.42');
    expect(onBranch.body).toEqual(await truth(branch));
    const onMain = await read(main);
    expect(onMain.cache).toBe('hit');
    expect(JSON.stringify(onMain.body)).not.toContain('4242.42');
    expect(onMain.body).toEqual(await truth(main));
  });

  it('writes interleaved with concurrent cached reads: every read equals a state that was committed, and the last one is current', async () => {
    const head = { id: project.id, branch: 'main' };
    const element = tree.elementIds[2] ?? '';
    const budgets: string[] = [budgetOf((await read(head)).body, element) ?? ''];
    const reads: Promise<Read>[] = [];
    for (let i = 0; i < 6; i += 1) {
      reads.push(read(head), read(head));
      const budget = `${9000 + i}.01`;
      budgets.push(budget);
      ok(await t.request(UPDATE, { id: element, budget, branch: 'main' }));
      const after = await read(head);
      expect(budgetOf(after.body, element)).toBe(budget);
    }
    for (const answer of await Promise.all(reads)) expect(budgets).toContain(budgetOf(answer.body, element));
    const last = await read(head);
    expect(last.body).toEqual(await truth(head));
    expect(budgetOf(last.body, element)).toBe(budgets.at(-1));
  });

  it('each role has its own answer; a refused or failing read is never stored', async () => {
    const head = { id: project.id, branch: 'main' };
    const viewer = await read(head, { token: t.users.VIEWER.token });
    expect(viewer.cache).toBe('miss');
    expect((await read(head, { token: t.users.VIEWER.token })).cache).toBe('hit');
    expect(viewer.body).toEqual(await truth(head, t.users.VIEWER.token));
    const anonymous = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: TREE, variables: head }),
    });
    expect(anonymous.headers.get('x-read-cache')).toBeNull();
    expect(JSON.stringify(await anonymous.json())).toContain('UNAUTHENTICATED');
    const missing = { id: project.id, branch: 'no-such-branch' };
    for (let i = 0; i < 2; i += 1) {
      const answer = await read(missing);
      expect(answer.cache).toBe('miss');
      expect(JSON.stringify(answer.body)).toContain('NOT_FOUND');
    }
  });

  it('reads that are not purely versioned (branches, authors, users) and mutations are not cached', async () => {
    const withBranches = `query CacheBranches($id: UUID!, $branch: String!) { project(id: $id, branch: $branch) { id branches { name } } }`;
    const withAuthor = `query CacheAuthor($id: UUID!, $branch: String!) { project(id: $id, branch: $branch) { id commit { author { fullName } } } }`;
    for (const query of [withBranches, withAuthor]) {
      for (let i = 0; i < 2; i += 1) {
        const answer = await read({ id: project.id, branch: 'main' }, { query });
        expect(answer.cache).toBeNull();
      }
    }
    const update = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.users.ADMIN.token}` },
      body: JSON.stringify({ query: UPDATE, variables: { id: tree.elementIds[0], budget: '1.00', branch: 'main' } }),
    });
    expect(update.headers.get('x-read-cache')).toBeNull();
  });
});
