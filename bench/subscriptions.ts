import 'reflect-metadata';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { runEntry, type Running } from '../tests/helpers/processes.js';
import { BENCH_ADMIN, type EngineName } from './environment.js';
import { GraphQLClient } from './http.js';
import { round, summarize, type Summary } from './stats.js';

const USAGE = `Usage: npm run bench:subscriptions -- [options]

Live updates (docs/decisions/0013): how long a commit takes to reach a graphql-ws subscriber,
in the writing process and (PostgreSQL) in a second server process on the same database;
and the write latency with 0 and with 100 open subscriptions on the written project.

  --engine NAME    postgresql (default) or pglite (no second process then)
  --commits N      commits per measurement (default 200)
  --pg-url URL     PostgreSQL server, without a database (default postgres://postgres@127.0.0.1:5432)`;

const RENAME =
  'mutation($id: UUID!, $name: String!) { updateProject(id: $id, input: { name: $name }, message: $name) { version } }';
const COMMITS = 'subscription($p: UUID!) { commitAdded(projectId: $p) { id message } }';

interface Arrivals {
  /** Resolves when the event of the commit with this message arrives (at performance.now()). */
  waitFor(message: string): Promise<number>;
}

function connect(url: string, token: string): Client {
  return createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
}

/** Subscribes and records when each commit's event arrives; resolves once the server holds the subscription. */
async function listen(client: Client, projectId: string, onEvent?: () => void): Promise<Arrivals> {
  const arrived = new Map<string, number>();
  const waiting = new Map<string, (at: number) => void>();
  client.subscribe<{ commitAdded: { message: string } }>(
    { query: COMMITS, variables: { p: projectId } },
    {
      next: (value) => {
        const at = performance.now();
        onEvent?.();
        const message = value.data?.commitAdded.message;
        if (message === undefined) return;
        const waiter = waiting.get(message);
        if (waiter === undefined) arrived.set(message, at);
        else waiter(at);
      },
      error: (error) => console.error('subscription failed', error),
      complete: () => undefined,
    },
  );
  const arrivals: Arrivals = {
    waitFor: (message) =>
      arrived.has(message)
        ? Promise.resolve(arrived.get(message) ?? 0)
        : new Promise((resolve) => waiting.set(message, resolve)),
  };
  return arrivals;
}

// Unique per run: another bench (or another checkout's) may run beside this one.
const DATABASE = `backcast_bench_live_${process.pid}`;

function withDatabase(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function maintenance(pgUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(pgUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A server process of its own: the bench's clients (100 sockets) must not share its event loop. */
async function startServer(env: Record<string, string>): Promise<{ run: Running; url: string }> {
  const run = runEntry('src/main.ts', [], {
    NODE_ENV: 'development',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    SEED_DEMO: 'false',
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    ...env,
  });
  const [, url] = await run.waitFor(/"url":"(http:\/\/[^"]+\/graphql)"/);
  return { run, url: url ?? '' };
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends commits one at a time; returns the write latencies and, if watched, commit→event times. */
async function commitSeries(
  writer: GraphQLClient,
  projectId: string,
  count: number,
  label: string,
  watch: Arrivals | null,
): Promise<{ writes: number[]; write: Summary; event: Summary | null; afterResponse: Summary | null }> {
  const writes: number[] = [];
  const events: number[] = [];
  const afterResponse: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = `${label} ${i}`;
    const sent = performance.now();
    const exchange = await writer.post(RENAME, { id: projectId, name });
    const answered = performance.now();
    if (exchange.status !== 200) throw new Error(`write failed: ${exchange.status}`);
    writes.push(answered - sent);
    if (watch !== null) {
      const at = await watch.waitFor(name);
      events.push(at - sent);
      afterResponse.push(at - answered);
    }
  }
  return {
    writes,
    write: summarize(writes),
    event: watch === null ? null : summarize(events),
    afterResponse: watch === null ? null : summarize(afterResponse),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      engine: { type: 'string', default: 'postgresql' },
      commits: { type: 'string', default: '200' },
      'pg-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const engine = values.engine as EngineName;
  if (engine !== 'postgresql' && engine !== 'pglite') throw new Error('--engine: postgresql or pglite');
  const commits = Number(values.commits);
  if (!Number.isInteger(commits) || commits < 1) throw new Error('--commits must be a positive integer');

  const folder = mkdtempSync(join(tmpdir(), 'backcast-bench-live-'));
  const databaseUrl = engine === 'postgresql' ? withDatabase(values['pg-url'], DATABASE) : null;
  if (databaseUrl !== null) {
    await maintenance(values['pg-url'], `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await maintenance(values['pg-url'], `CREATE DATABASE ${DATABASE}`);
  }
  const servers: Running[] = [];
  const clients: Client[] = [];
  try {
    const first = await startServer(
      databaseUrl === null ? { DATA_DIR: join(folder, 'data') } : { DATABASE_URL: databaseUrl },
    );
    servers.push(first.run);
    const url = first.url;
    const writer = new GraphQLClient(new URL(url));
    await writer.login(BENCH_ADMIN.email, BENCH_ADMIN.password);
    const token = writer.currentToken();
    const created = await writer.post('mutation($i: ProjectCreateInput!) { createProject(input: $i) { id } }', {
      i: { code: 'LIVE', name: 'Live bench', startDate: '2026-01-01', endDate: '2026-12-31' },
    });
    const projectId = (JSON.parse(created.body) as { data: { createProject: { id: string } } }).data.createProject.id;

    // Warm-up: compile, connect, fill the caches.
    await commitSeries(writer, projectId, 20, 'warm-up', null);

    const own = connect(url, token);
    clients.push(own);
    const sameProcess = await listen(own, projectId);
    await pause(300);
    const local = await commitSeries(writer, projectId, commits, 'local', sameProcess);

    let remote: Awaited<ReturnType<typeof commitSeries>> | null = null;
    if (databaseUrl !== null) {
      const second = await startServer({ DATABASE_URL: databaseUrl, MIGRATE_ON_START: 'false' });
      servers.push(second.run);
      const other = connect(second.url, token);
      clients.push(other);
      const otherProcess = await listen(other, projectId);
      await pause(500);
      await commitSeries(writer, projectId, 10, 'remote warm-up', otherProcess);
      remote = await commitSeries(writer, projectId, commits, 'remote', otherProcess);
      await other.dispose();
    }
    await own.dispose();

    // Write latency with 0 and with 100 subscriptions on the project (10 sockets of 10, each
    // resolving its payload per commit), in alternating rounds: the machine's other load drifts,
    // and two long series one after the other would measure the drift.
    let delivered = 0;
    const idle: number[] = [];
    const loaded: number[] = [];
    const rounds = 4;
    for (let round = 0; round < rounds; round += 1) {
      idle.push(...(await commitSeries(writer, projectId, Math.ceil(commits / rounds), `idle ${round}`, null)).writes);
      const sockets: Client[] = [];
      for (let s = 0; s < 10; s += 1) {
        const socket = connect(url, token);
        sockets.push(socket);
        for (let k = 0; k < 10; k += 1) await listen(socket, projectId, () => (delivered += 1));
      }
      await pause(500);
      await commitSeries(writer, projectId, 5, `loaded warm-up ${round}`, null);
      loaded.push(
        ...(await commitSeries(writer, projectId, Math.ceil(commits / rounds), `loaded ${round}`, null)).writes,
      );
      await Promise.all(sockets.map((socket) => socket.dispose()));
      await pause(500);
    }
    const none = { write: summarize(idle) };
    const withSubscribers = { write: summarize(loaded) };

    const report = {
      engine,
      cpus: os.cpus().length,
      commits,
      commitToEventSameProcess: local.event,
      eventAfterResponseSameProcess: local.afterResponse,
      commitToEventOtherProcess: remote?.event ?? null,
      eventAfterResponseOtherProcess: remote?.afterResponse ?? null,
      writeLatency0Subscriptions: none.write,
      writeLatency100Subscriptions: withSubscribers.write,
      ratioP50: round(withSubscribers.write.p50 / none.write.p50),
      ratioMean: round(withSubscribers.write.mean / none.write.mean),
      eventsDeliveredTo100: delivered,
    };
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    await Promise.all(servers.map((server) => server.stop('SIGTERM')));
    if (databaseUrl !== null) await maintenance(values['pg-url'], `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
