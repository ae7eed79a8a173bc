import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { bootstrap } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { Sql } from '../src/db/sql.js';
import { GraphQLClient } from './http.js';
import { treeQuery } from './queries.js';

/**
 * A/B harness for the uncached tree read (issue 15): `--prepare` loads a workload once into a
 * database that is kept; then each run boots this checkout's server against it (read cache
 * off), reads the same read points sequentially and with `--clients` clients, and prints
 * p50, mean, req/s and this process's CPU per read. Run two checkouts alternately (A B A B)
 * against the same database: same data, same read points, the machine's noise spread over both.
 *
 *   npx tsx bench/ab.ts --prepare --size S
 *   npx tsx bench/ab.ts --requests 100 --label A
 */
const { values } = parseArgs({
  options: {
    prepare: { type: 'boolean', default: false },
    floor: { type: 'boolean', default: false },
    heap: { type: 'boolean', default: false },
    profile: { type: 'string' },
    size: { type: 'string', default: 'S' },
    requests: { type: 'string', default: '100' },
    concurrent: { type: 'string', default: '80' },
    clients: { type: 'string', default: '8' },
    label: { type: 'string', default: '' },
    cache: { type: 'string', default: '0' },
    db: { type: 'string', default: 'backcast_ab_s' },
    samples: { type: 'string', default: '/tmp/backcast-ab-samples.json' },
  },
});
const base = 'postgres://postgres@127.0.0.1:5432';
const url = `${base}/${values.db}`;
const ADMIN = { email: 'bench-admin@backcast.local', password: 'bench-admin-password' };
type Sample = Record<string, unknown> & {
  id: string;
  branch: string;
  asOf: string;
};

async function boot() {
  const config = {
    ...loadConfig({
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    }),
    databaseUrl: url,
    dataDir: ':memory:',
    port: 0,
    host: '127.0.0.1',
    readCacheBytes: Number(values.cache),
  };
  return bootstrap(config);
}

if (values.prepare) {
  const { drawSamples } = await import('./measure.js');
  const { loadWorkload, workloadOf } = await import('./workload.js');
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${values.db} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${values.db}`);
  await admin.end();
  const app = await boot();
  const sql = new Sql(app.db.em.fork());
  const row = await sql.one<{ id: string }>('SELECT id FROM app_user WHERE lower(email) = lower($1)', [ADMIN.email]);
  const size = values.size as 'S' | 'M' | 'L';
  const load = await loadWorkload(sql, workloadOf(size), { id: String(row?.id), role: 'ADMIN' });
  await sql.query('VACUUM ANALYZE');
  const samples: Sample[] = drawSamples(`ab:${size}`, load.projects, load.endAt, 400).map((s) => ({
    id: s.projectId,
    branch: s.branch,
    asOf: s.asOf.toISOString(),
  }));
  writeFileSync(values.samples, JSON.stringify(samples));
  await app.close();
  process.stdout.write(`prepared ${values.db}: ${load.versionRows} version rows, ${samples.length} samples\n`);
} else {
  const samples = JSON.parse(readFileSync(values.samples, 'utf8')) as Sample[];
  let close: () => Promise<void>;
  let client: GraphQLClient;
  if (values.floor) {
    const { SqlFloor } = await import('./floor.js');
    const { startFloorServer } = await import('./floor-server.js');
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const server = await startFloorServer(
      new SqlFloor(async (text, params) => (await pool.query(text, [...params])).rows),
      'one-statement',
    );
    client = new GraphQLClient(server.url);
    close = async () => {
      await server.close();
      await pool.end();
    };
  } else {
    const app = await boot();
    client = new GraphQLClient(new URL(`${app.url}/graphql`));
    await client.login(ADMIN.email, ADMIN.password);
    close = () => app.close();
  }
  try {
    const query = treeQuery(false);
    const n = Number(values.requests);
    for (const s of samples.slice(300, 310)) await client.expectOk(query, s);
    (globalThis as { gc?: () => void }).gc?.();
    const { PerformanceObserver } = await import('node:perf_hooks');
    const gc = { minor: 0, major: 0, n: 0 };
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0;
        if (kind === 1) gc.minor += e.duration;
        else gc.major += e.duration;
        gc.n += 1;
      }
    });
    observer.observe({ entryTypes: ['gc'] });
    const { Session } = await import('node:inspector/promises');
    const session = new Session();
    if (values.profile !== undefined) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 500 });
      await session.post('Profiler.start');
    }
    if (values.heap) {
      if (values.profile === undefined) session.connect();
      await session.post('HeapProfiler.startSampling', {
        samplingInterval: 4096,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
    }
    const ms: number[] = [];
    const cpu0 = process.cpuUsage();
    for (const s of samples.slice(0, n)) ms.push((await client.expectOk(query, s)).ms);
    const cpu = process.cpuUsage(cpu0);
    observer.disconnect();
    if (values.profile !== undefined) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(values.profile, JSON.stringify(profile));
    }
    if (values.heap) {
      const { profile } = await session.post('HeapProfiler.stopSampling');
      const bySite = new Map<string, number>();
      interface HeapNode {
        callFrame: { functionName: string; url: string; lineNumber: number };
        selfSize: number;
        children: HeapNode[];
      }
      const walk = (node: HeapNode, stack: string[]): void => {
        const f = node.callFrame;
        const name = `${f.functionName || '(anon)'} ${f.url.replace(/^.*node_modules\//, 'nm/').replace(/^.*\/src\//, 'src/')}:${f.lineNumber + 1}`;
        const here = [name, ...stack].slice(0, 3).join(' < ');
        bySite.set(here, (bySite.get(here) ?? 0) + node.selfSize);
        for (const c of node.children) walk(c, [name, ...stack]);
      };
      walk(profile.head as unknown as HeapNode, []);
      const total = [...bySite.values()].reduce((a, b) => a + b, 0);
      process.stdout.write(`sampled allocation ${(total / n / 1e6).toFixed(1)} MB per read\n`);
      for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 40))
        process.stdout.write(`${(bytes / n / 1e3).toFixed(0)} KB\t${site.slice(0, 220)}\n`);
      session.disconnect();
    }
    ms.sort((a, b) => a - b);
    const p50 = ms[Math.ceil(ms.length / 2) - 1] ?? 0;
    const mean = ms.reduce((a, b) => a + b, 0) / ms.length;
    const concurrent = samples.slice(n, n + Number(values.concurrent));
    let next = 0;
    const started = process.hrtime.bigint();
    const cpu1 = process.cpuUsage();
    await Promise.all(
      Array.from({ length: Number(values.clients) }, async () => {
        while (next < concurrent.length) {
          const s = concurrent[next];
          next += 1;
          if (s !== undefined) await client.expectOk(query, s);
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpuC = process.cpuUsage(cpu1);
    const f = (x: number) => x.toFixed(1);
    process.stdout.write(
      `${values.label}\tp50 ${f(p50)}\tmean ${f(mean)}\tcpu/read ${f((cpu.user + cpu.system) / 1000 / n)}\tgc/read minor ${f(gc.minor / n)} major ${f(gc.major / n)}\t` +
        `req/s@${values.clients} ${f(concurrent.length / seconds)}\tcpu/read@${values.clients} ${f((cpuC.user + cpuC.system) / 1000 / concurrent.length)}\n`,
    );
  } finally {
    client.close();
    await close();
  }
}
