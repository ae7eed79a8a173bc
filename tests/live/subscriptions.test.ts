import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import jwt from 'jsonwebtoken';
import { issueToken } from '../../src/auth/tokens.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { liveClient, subscribe } from './live-client.js';

const CREATE_PROJECT = `mutation($input: ProjectCreateInput!) { createProject(input: $input) { id } }`;
const RENAME = `mutation($id: UUID!, $name: String!, $v: Int) {
  updateProject(id: $id, input: { name: $name }, expectedVersion: $v, message: $name) { version }
}`;
const COMMITS = `subscription($projectId: UUID!, $branch: String, $after: UUID) {
  commitAdded(projectId: $projectId, branch: $branch, after: $after) {
    id branch seq kind message author { email } changes { entityType entityId kind }
  }
}`;

interface CommitPayload {
  commitAdded: {
    id: string;
    branch: string;
    seq: number;
    kind: string;
    message: string;
    author: { email: string };
    changes: { entityType: string; entityId: string; kind: string }[];
  };
}

let t: TestApp;
let projectId: string;
let version = 1;

/** The bus's own handler (the structured log): no subscription holds one. */
const IDLE_HANDLERS = 1;

/** Waits until exactly `n` subscriptions hold a bus handler (those of earlier tests are gone). */
async function registered(n = 1): Promise<void> {
  const until = Date.now() + 5_000;
  while (t.app.events.handlerCount !== IDLE_HANDLERS + n) {
    if (Date.now() > until) throw new Error(`${t.app.events.handlerCount - IDLE_HANDLERS} subscriptions, not ${n}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function rename(name: string, token?: string): Promise<void> {
  await t.run(RENAME, { id: projectId, name, v: version }, token);
  version += 1;
}

beforeAll(async () => {
  t = await createTestApp();
  const created = await t.run<{ createProject: { id: string } }, unknown>(CREATE_PROJECT, {
    input: { code: 'LIVE', name: 'Live', startDate: '2026-01-01', endDate: '2026-12-31' },
  });
  projectId = created.createProject.id;
});

// Sockets of the previous test close asynchronously: start from none.
beforeEach(() => registered(0));

afterAll(async () => {
  await t?.close();
});

describe('commitAdded', () => {
  it('delivers a commit made over HTTP within a second, as the API reads it', async () => {
    const { client } = liveClient(t.url, { Authorization: `Bearer ${t.users.EDITOR.token}` });
    const received = subscribe<CommitPayload>(client, COMMITS, { projectId });
    await registered();
    const started = performance.now();
    await rename('Live renamed', t.users.MANAGER.token);
    const [event] = await received.count(1, 1_000);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(event?.commitAdded).toMatchObject({
      branch: 'main',
      seq: 2,
      kind: 'EDIT',
      message: 'Live renamed',
      author: { email: 'manager@test.local' },
      changes: [{ entityType: 'Project', entityId: projectId, kind: 'MODIFIED' }],
    });
    received.stop();
    await client.dispose();
  });

  it('emits nothing for a write that rolls back', async () => {
    const { client } = liveClient(t.url, { authorization: `Bearer ${t.users.VIEWER.token}` });
    const received = subscribe<CommitPayload>(client, COMMITS, { projectId });
    await registered();
    // A stale expectedVersion fails after the commit row (and its event) was written: all rolled back.
    const stale = await t.request(RENAME, { id: projectId, name: 'never', v: version - 1 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await rename('after the rollback', t.users.MANAGER.token);
    await received.count(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received.items.map((i) => i.commitAdded.message)).toEqual(['after the rollback']);
    received.stop();
    await client.dispose();
  });

  it('lets a VIEWER receive events, but not write', async () => {
    const { client } = liveClient(t.url, { token: t.users.VIEWER.token });
    const received = subscribe<CommitPayload>(client, COMMITS, { projectId, branch: 'main' });
    await registered();
    const refused = await t.request(
      RENAME,
      { id: projectId, name: 'viewer', v: version },
      { token: t.users.VIEWER.token },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await rename('by a manager', t.users.MANAGER.token);
    const [event] = await received.count(1);
    expect(event?.commitAdded.message).toBe('by a manager');
    expect(received.items).toHaveLength(1);
    received.stop();
    await client.dispose();
  });

  it('replays exactly the commits missed since `after`, then goes on live', async () => {
    const first = liveClient(t.url, { Authorization: `Bearer ${t.users.VIEWER.token}` });
    const live = subscribe<CommitPayload>(first.client, COMMITS, { projectId });
    await registered();
    await rename('seen', t.users.MANAGER.token);
    const [seen] = await live.count(1);
    live.stop();
    await first.client.dispose();
    await registered(0);

    await rename('missed 1', t.users.MANAGER.token);
    await rename('missed 2', t.users.MANAGER.token);

    const second = liveClient(t.url, { Authorization: `Bearer ${t.users.VIEWER.token}` });
    const resumed = subscribe<CommitPayload>(second.client, COMMITS, { projectId, after: seen?.commitAdded.id });
    // Written while the replay is being read: delivered once, after the replayed ones.
    const during = rename('during', t.users.MANAGER.token);
    await registered();
    await during;
    await rename('after', t.users.MANAGER.token);
    await resumed.count(4);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(resumed.items.map((i) => i.commitAdded.message)).toEqual(['missed 1', 'missed 2', 'during', 'after']);
    const seqs = resumed.items.map((i) => i.commitAdded.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    resumed.stop();
    await second.client.dispose();
  });

  it('refuses an `after` that is not a commit of the project as BAD_USER_INPUT', async () => {
    const { client } = liveClient(t.url, { Authorization: `Bearer ${t.users.VIEWER.token}` });
    const received = subscribe<CommitPayload>(client, COMMITS, {
      projectId,
      after: '00000000-0000-4000-8000-000000000000',
    });
    await received.done;
    expect(JSON.stringify(received.errors)).toContain('BAD_USER_INPUT');
    await client.dispose();
  });
});

describe('branchChanged and changeOrderChanged', () => {
  it('tell of a change order created, submitted and rejected, and of its branch', async () => {
    const { client } = liveClient(t.url, { Authorization: `Bearer ${t.users.VIEWER.token}` });
    const branches = subscribe<{ branchChanged: { name: string; status: string } }>(
      client,
      'subscription($p: UUID!) { branchChanged(projectId: $p) { name status } }',
      { p: projectId },
    );
    const orders = subscribe<{ changeOrderChanged: { code: string; status: string; branch: { name: string } } }>(
      client,
      'subscription($p: UUID!) { changeOrderChanged(projectId: $p) { code status branch { name } } }',
      { p: projectId },
    );
    await registered(2);
    const created = await t.run<{ createChangeOrder: { id: string } }, unknown>(
      'mutation($p: UUID!) { createChangeOrder(input: { projectId: $p, code: "CO1", title: "More scope" }) { id } }',
      { p: projectId },
      t.users.EDITOR.token,
    );
    const id = created.createChangeOrder.id;
    await t.run('mutation($id: UUID!) { submitChangeOrder(id: $id) { id } }', { id }, t.users.EDITOR.token);
    await t.run(
      'mutation($id: UUID!) { rejectChangeOrder(id: $id, reason: "no") { id } }',
      { id },
      t.users.MANAGER.token,
    );
    const statuses = await orders.count(3);
    expect(statuses.map((o) => o.changeOrderChanged.status)).toEqual(['DRAFT', 'SUBMITTED', 'REJECTED']);
    expect(statuses[0]?.changeOrderChanged.branch.name).toBe('co-CO1');
    const [branch] = await branches.count(1);
    expect(branch?.branchChanged).toEqual({ name: 'co-CO1', status: 'ACTIVE' });
    await client.dispose();
  });
});

describe('the socket', () => {
  it('closes 4401 without a token or with a bad one', async () => {
    const none = liveClient(t.url, null);
    expect((await none.closed).code).toBe(4401);
    const bad = liveClient(t.url, { Authorization: 'Bearer not-a-token' });
    expect((await bad.closed).code).toBe(4401);
    await Promise.all([none.client.dispose(), bad.client.dispose()]);
  });

  it('closes 4401 for an expired token, and when the token expires while connected', async () => {
    const expired = jwt.sign({ exp: Math.floor(Date.now() / 1000) - 10 }, t.app.config.jwtSecret, {
      algorithm: 'HS256',
      subject: t.users.VIEWER.id,
    });
    const late = liveClient(t.url, { Authorization: `Bearer ${expired}` });
    expect((await late.closed).code).toBe(4401);
    const { token } = issueToken({ jwtSecret: t.app.config.jwtSecret, jwtExpiresIn: '1s' }, t.users.VIEWER.id);
    const brief = liveClient(t.url, { Authorization: `Bearer ${token}` });
    await brief.connected;
    const closed = await brief.closed;
    expect(closed).toMatchObject({ code: 4401, reason: expect.stringContaining('expired') });
    await Promise.all([late.client.dispose(), brief.client.dispose()]);
  });

  it('refuses a browser page from an origin outside CORS_ORIGINS', async () => {
    const evil = liveClient(t.url, { token: t.users.VIEWER.token }, { origin: 'https://evil.example' });
    const closed = await evil.closed;
    expect(closed.code).not.toBe(1000);
    const local = liveClient(t.url, { token: t.users.VIEWER.token }, { origin: 'http://localhost:5173' });
    await local.connected;
    await Promise.all([evil.client.dispose(), local.client.dispose()]);
  });

  it('serves only subscriptions; over HTTP a subscription is a request error', async () => {
    const { client } = liveClient(t.url, { token: t.users.VIEWER.token });
    const query = subscribe(client, '{ me { email } }', {});
    await query.done;
    expect(JSON.stringify(query.errors)).toContain('POST /graphql');
    await client.dispose();
    const overHttp = await t.request(`subscription { commitAdded(projectId: "${projectId}") { id } }`);
    expect(overHttp.status).toBe(400);
    expect(overHttp.errors?.[0]?.message).toContain('WebSocket');
  });

  it('applies the static limits and the input guard to a subscribe message', async () => {
    const { client } = liveClient(t.url, { token: t.users.VIEWER.token });
    const deep = subscribe(
      client,
      `subscription($p: UUID!) { commitAdded(projectId: $p) { ${'parents { '.repeat(25)}id${' }'.repeat(25)} } }`,
      { p: projectId },
    );
    await deep.done;
    expect(JSON.stringify(deep.errors)).toContain('MAX_QUERY_DEPTH');
    const control = subscribe(client, COMMITS, { projectId, branch: 'ma\u0000in' });
    await control.done;
    expect(JSON.stringify(control.errors)).toContain('BAD_USER_INPUT');
    await client.dispose();
  });
});
