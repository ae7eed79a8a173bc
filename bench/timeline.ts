import 'reflect-metadata';
import { parseArgs } from 'node:util';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { Sql } from '../src/db/sql.js';
import { ExecutionBudget } from '../src/graphql/execution-budget.js';
import { startEnvironment, type EngineName } from './environment.js';
import { drawSamples } from './measure.js';
import { SqlFloor } from './floor.js';
import { startFloorServer } from './floor-server.js';
import { GraphQLClient } from './http.js';
import { treeQuery } from './queries.js';
import { collectGarbage, elapsedMs, round, summarize } from './stats.js';
import { loadWorkload, workloadOf, type SizeName } from './workload.js';

/**
 * Where one uncached tree read spends its wall time (issue 15): loads a workload on a fresh
 * database, then reads trees one after the other and prints, for every 20th, a timeline
 * relative to the client's send: Apollo in, each SQL statement (start→end), each kind decoded,
 * the budget snapshot, execution start and end, stringified, res.end, and garbage collections;
 * then the same read points through the HTTP floor. Diagnostic only: it wraps prototypes.
 *
 *   npx tsx bench/timeline.ts --size S --requests 60
 */
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
    engine: { type: 'string', default: 'postgresql' },
    requests: { type: 'string', default: '60' },
    cache: { type: 'string', default: '0' },
  },
});
const size = values.size as SizeName;
const env = await startEnvironment(
  values.engine as EngineName,
  `backcast_trace_${size.toLowerCase()}`,
  'postgres://postgres@127.0.0.1:5432',
  {
    readCacheBytes: Number(values.cache),
  },
);
let t0 = 0n;
let events: string[] = [];
const proto = Sql.prototype as unknown as { execute: (q: { sql: string }) => Promise<unknown[]> };
const original = proto.execute;
const dumped: unknown[] = [];
proto.execute = async function (this: Sql, q: { sql: string }) {
  const s = elapsedMs(t0);
  if (process.env['DUMP'] !== undefined && t0 !== 0n && dumped.length < 200) dumped.push(q);
  try {
    return await original.call(this, q);
  } finally {
    events.push(`${round(s)}→${round(elapsedMs(t0))} ${q.sql.replace(/\s+/g, ' ').slice(0, 70)}`);
  }
};
const mark = (what: string) => events.push(`${round(elapsedMs(t0))} ${what}`);
{
  const start = ExecutionBudget.start.bind(ExecutionBudget);
  ExecutionBudget.start = (c, l, o) => {
    mark('execution starts');
    return start(c, l, o);
  };
  const settle = ExecutionBudget.prototype.settle;
  ExecutionBudget.prototype.settle = function (r) {
    mark('execution ends');
    return settle.call(this, r);
  };
  const exec = ApolloServer.prototype.executeHTTPGraphQLRequest;
  ApolloServer.prototype.executeHTTPGraphQLRequest = async function (this: ApolloServer, a) {
    mark('apollo in');
    try {
      return await exec.call(this, a);
    } finally {
      mark('apollo out (stringified)');
    }
  } as typeof exec;
  const lp = (await import('../src/graphql/versioned-loaders.js')).VersionedLoaders.prototype as unknown as {
    load: (k: { type: string }, p: unknown, sel: { by: string }) => Promise<unknown[]>;
  };
  const load = lp.load;
  lp.load = async function (this: unknown, k, p, sel) {
    const r = await load.call(this, k, p, sel);
    mark(`decoded ${k.type} by ${sel.by} (${r.length})`);
    return r;
  };
  const lp2 = (await import('../src/graphql/evm-read-model.js')).EvmReadModel.prototype as unknown as {
    snapshotLoad: (p: unknown) => Promise<unknown>;
  };
  const snap = lp2.snapshotLoad;
  lp2.snapshotLoad = function (this: unknown, p) {
    mark('snapshot asked');
    const r = snap.call(this, p);
    void r.then(() => mark('snapshot ready'));
    return r;
  };
  const { performance, PerformanceObserver } = await import('node:perf_hooks');
  void performance;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (t0 !== 0n)
        mark(`GC ${e.duration.toFixed(2)} ms kind ${(e as unknown as { detail: { kind: number } }).detail.kind}`);
  }).observe({ entryTypes: ['gc'] });
  const end = http.ServerResponse.prototype.end;
  http.ServerResponse.prototype.end = function (this: http.ServerResponse, ...args: unknown[]) {
    mark('res.end in');
    const r = (end as (...a: unknown[]) => unknown).apply(this, args);
    mark('res.end out');
    return r;
  } as typeof end;
}
try {
  const load = await loadWorkload(env.sql, workloadOf(size), env.admin);
  await env.analyze();
  const samples = drawSamples(`trace:${size}`, load.projects, load.endAt, Number(values.requests));
  const query = treeQuery(false);
  const vars = (s: (typeof samples)[number]) => ({ id: s.projectId, branch: s.branch, asOf: s.asOf.toISOString() });
  for (const s of samples.slice(0, 5))
    await env.client.expectOk(query, { ...vars(s), asOf: new Date(s.asOf.getTime() - 7).toISOString() });
  collectGarbage();
  const ms: number[] = [];
  const cpu0 = process.cpuUsage();
  let last: string[] = [];
  for (const s of samples) {
    events = [];
    t0 = process.hrtime.bigint();
    const ex = await env.client.expectOk(query, vars(s));
    ms.push(ex.ms);
    last = events;
    if (ms.length % 20 === 0)
      process.stdout.write(`#${ms.length} ${round(ex.ms)} ms, ${ex.body.length} bytes\n  ${last.join('\n  ')}\n`);
  }
  const cpu = process.cpuUsage(cpu0);
  if (process.env['DUMP'] !== undefined)
    (await import('node:fs')).writeFileSync(process.env['DUMP'], JSON.stringify(dumped.slice(-8)));
  process.stdout.write(
    `API p50 ${summarize(ms).p50} mean ${summarize(ms).mean} ms; CPU ${round((cpu.user + cpu.system) / 1000 / ms.length, 1)} ms/read\n`,
  );
  const traced = async (text: string, params: readonly unknown[]) => {
    const s = elapsedMs(t0);
    try {
      return await env.floorQuery(text, params);
    } finally {
      events.push(`${round(s)}→${round(elapsedMs(t0))} ${text.replace(/\s+/g, ' ').slice(0, 70)}`);
    }
  };
  for (const variant of ['one-statement', 'parallel-per-kind'] as const) {
    const fs = await startFloorServer(new SqlFloor(traced), variant);
    const fc = new GraphQLClient(fs.url);
    const fms: number[] = [];
    const c0 = process.cpuUsage();
    for (const s of samples) {
      events = [];
      t0 = process.hrtime.bigint();
      const ex = await fc.expectOk(query, vars(s));
      fms.push(ex.ms);
      if (fms.length % 30 === 0)
        process.stdout.write(
          `floor ${variant} #${fms.length} ${round(ex.ms)} ms, ${ex.body.length} bytes\n  ${events.join('\n  ')}\n`,
        );
    }
    const c = process.cpuUsage(c0);
    process.stdout.write(
      `floor ${variant} p50 ${summarize(fms).p50} mean ${summarize(fms).mean} ms; CPU ${round((c.user + c.system) / 1000 / fms.length, 1)} ms/read\n`,
    );
    fc.close();
    await fs.close();
  }
} finally {
  await env.close();
}
