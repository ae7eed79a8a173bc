import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngine, type TestDatabase } from '../helpers/database.js';
import { runEntry, type Running } from '../helpers/processes.js';
import { liveClient, settle, subscribe } from './live-client.js';

const ADMIN = { email: 'admin@live.test', password: 'live-admin-password' };
const workspace = mkdtempSync(join(tmpdir(), 'backcast-live-'));
let database: TestDatabase;
const servers: Running[] = [];

interface Server {
  run: Running;
  url: string;
}

async function startServer(): Promise<Server> {
  const env: Record<string, string> = {
    NODE_ENV: 'development',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    SEED_DEMO: 'false',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JWT_SECRET: 'live-test-secret-of-at-least-thirty-two-characters',
    ...(database.url === null
      ? { DATA_DIR: join(workspace, `data-${servers.length}`) }
      : { DATABASE_URL: database.url }),
  };
  const run = runEntry('src/main.ts', [], env);
  servers.push(run);
  const [, url] = await run.waitFor(/"url":"(http:\/\/[^"]+\/graphql)"/);
  return { run, url: url ?? '' };
}

async function graphql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T | null; errors?: { extensions?: { code?: string } }[] };
}

async function loginAndCreateProject(url: string): Promise<{ token: string; projectId: string }> {
  const login = await graphql<{ login: { token: string } }>(
    url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: ADMIN.email, p: ADMIN.password },
  );
  const token = login.data?.login.token ?? '';
  const created = await graphql<{ createProject: { id: string } }>(
    url,
    'mutation($i: ProjectCreateInput!) { createProject(input: $i) { id } }',
    { i: { code: `P${Date.now() % 100000}`, name: 'Live', startDate: '2026-01-01', endDate: '2026-12-31' } },
    token,
  );
  return { token, projectId: created.data?.createProject.id ?? '' };
}

const RENAME = `mutation($id: UUID!, $name: String!, $v: Int) {
  updateProject(id: $id, input: { name: $name }, expectedVersion: $v, message: $name) { version }
}`;
const COMMITS = 'subscription($p: UUID!) { commitAdded(projectId: $p) { id message branch } }';

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop('SIGKILL')));
  await database?.drop();
  rmSync(workspace, { recursive: true, force: true });
});

describe('a server process', () => {
  it('closes its subscribers cleanly (1001) on SIGTERM, then exits 0', async () => {
    const server = await startServer();
    const { token, projectId } = await loginAndCreateProject(server.url);
    const { client, closed } = liveClient(server.url, { Authorization: `Bearer ${token}` });
    const received = subscribe<{ commitAdded: { message: string } }>(client, COMMITS, { p: projectId });
    await settle(300);
    await graphql(server.url, RENAME, { id: projectId, name: 'before stop', v: 1 }, token);
    await received.count(1);
    const code = server.run.stop('SIGTERM');
    expect((await closed).code).toBe(1001);
    expect(await code).toBe(0);
    await client.dispose();
  });
});

describe.skipIf(testEngine !== 'postgresql')('two server processes on one PostgreSQL', () => {
  let a: Server;
  let b: Server;
  let token = '';
  let projectId = '';

  beforeAll(async () => {
    a = await startServer();
    b = await startServer();
    ({ token, projectId } = await loginAndCreateProject(a.url));
  });

  it('delivers a write through one to a subscriber on the other, and nothing of a rolled-back write', async () => {
    const { client } = liveClient(b.url, { Authorization: `Bearer ${token}` });
    const received = subscribe<{ commitAdded: { message: string; branch: string } }>(client, COMMITS, { p: projectId });
    await settle(300);
    const stale = await graphql(a.url, RENAME, { id: projectId, name: 'rolled back', v: 99 }, token);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const started = performance.now();
    await graphql(a.url, RENAME, { id: projectId, name: 'through A', v: 1 }, token);
    const [event] = await received.count(1, 1_000);
    expect(performance.now() - started).toBeLessThan(1_000);
    await settle(200);
    expect(received.items.map((i) => i.commitAdded)).toEqual([
      { message: 'through A', branch: 'main', id: expect.any(String) },
    ]);
    expect(event?.commitAdded.message).toBe('through A');
    received.stop();
    await client.dispose();
  });

  it('listens again after its LISTEN connection is killed', async () => {
    const admin = new pg.Client({ connectionString: database.url ?? '' });
    await admin.connect();
    try {
      const listeners = async (): Promise<number> =>
        Number(
          (
            await admin.query<{ n: string }>(
              "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'backcast-evs events'",
            )
          ).rows[0]?.n,
        );
      expect(await listeners()).toBe(2);
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'backcast-evs events'",
      );
      const until = Date.now() + 10_000;
      while ((await listeners()) < 2) {
        if (Date.now() > until) throw new Error('the listeners did not come back');
        await settle(50);
      }
    } finally {
      await admin.end();
    }
    const { client } = liveClient(b.url, { Authorization: `Bearer ${token}` });
    const received = subscribe<{ commitAdded: { message: string } }>(client, COMMITS, { p: projectId });
    await settle(300);
    await graphql(a.url, RENAME, { id: projectId, name: 'after reconnect', v: 2 }, token);
    const [event] = await received.count(1, 2_000);
    expect(event?.commitAdded.message).toBe('after reconnect');
    await client.dispose();
  });
});
