import 'reflect-metadata';
import os from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startEnvironment, type BenchEnvironment, type EngineName } from './environment.js';
import { checkWorkload } from './checks.js';
import { SqlFloor } from './floor.js';
import { startFloorServer } from './floor-server.js';
import { timeProcesses, type ProcessesResult } from './processes.js';
import { GraphQLClient } from './http.js';
import {
  checkSameData,
  drawSamples,
  timeConcurrent,
  timeCreateBranch,
  timeFloor,
  timeRepeatedTree,
  timeTree,
  timeUpdates,
  timeChangeControl,
} from './measure.js';
import { checkTargets, formatChecks, formatTables, formatTargets, writeResults, type EngineResult } from './report.js';
import { collectGarbage, round } from './stats.js';
import { loadWorkload, SIZES, workloadOf, type SizeName, type Workload } from './workload.js';

const USAGE = `Usage: npm run bench -- [options]

  --sizes S,M,L                 workload sizes to run (default S,M,L)
  --engine postgresql,pglite    engines (default both; the embedded engine runs S only)
  --requests N                  timed tree reads per size and engine (default 200 at S and L, 100 at M)
  --evm-requests N              timed tree reads with EVM (default 50 at S, 20 at L)
  --concurrent N                reads in the concurrent phase (default 80 at S and M, 16 at L)
  --clients N                   concurrent clients (default 8)
  --processes 1,2               WEB_CONCURRENCY values timed as separate servers, PostgreSQL only (default 1,2; 0: none)
  --pg-url URL                  PostgreSQL server, without a database (default postgres://postgres@127.0.0.1:5432)
  --out DIR                     results folder (default bench/results)`;

/** How many of each measurement: sized so that the default run stays near 10 minutes on 2 cores. */
interface Counts {
  tree: number;
  /** SQL floor reads (each variant), over the first of the tree's read points. */
  floor: number;
  evm: number;
  concurrent: number;
  warmup: number;
  /** Distinct read points of the cached phase, and how often each is read again. */
  cachedSamples: number;
  cachedRounds: number;
}

const DEFAULT_COUNTS: Readonly<Record<SizeName, Counts>> = {
  S: { tree: 200, floor: 200, evm: 50, concurrent: 80, warmup: 5, cachedSamples: 20, cachedRounds: 5 },
  M: { tree: 100, floor: 100, evm: 0, concurrent: 80, warmup: 5, cachedSamples: 20, cachedRounds: 5 },
  L: { tree: 200, floor: 60, evm: 20, concurrent: 16, warmup: 2, cachedSamples: 4, cachedRounds: 5 },
};

interface Options {
  sizes: SizeName[];
  engines: EngineName[];
  requests: number | null;
  evmRequests: number | null;
  concurrent: number | null;
  clients: number;
  processes: number[];
  pgUrl: string;
  out: string;
}

function parseOptions(argv: readonly string[]): Options | null {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string', default: 'S,M,L' },
      engine: { type: 'string', default: 'postgresql,pglite' },
      requests: { type: 'string' },
      'evm-requests': { type: 'string' },
      concurrent: { type: 'string' },
      clients: { type: 'string', default: '8' },
      processes: { type: 'string', default: '1,2' },
      'pg-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
      out: { type: 'string', default: resolve(import.meta.dirname, 'results') },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  const list = <T extends string>(raw: string, allowed: readonly T[], what: string): T[] =>
    raw.split(',').map((item) => {
      const found = allowed.find((a) => a.toLowerCase() === item.trim().toLowerCase());
      if (found === undefined) throw new Error(`unknown ${what} "${item}" (expected ${allowed.join(', ')})`);
      return found;
    });
  const count = (raw: string | undefined, name: string): number | null => {
    if (raw === undefined) return null;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
    return n;
  };
  return {
    sizes: list(values.sizes, SIZES, 'size'),
    engines: list(values.engine, ['postgresql', 'pglite'] as const, 'engine'),
    requests: count(values.requests, 'requests'),
    evmRequests: count(values['evm-requests'], 'evm-requests'),
    concurrent: count(values.concurrent, 'concurrent'),
    clients: count(values.clients, 'clients') ?? 8,
    processes:
      values.processes === '0' ? [] : values.processes.split(',').map((p) => count(p.trim(), 'processes') ?? 1),
    pgUrl: values['pg-url'],
    out: values.out,
  };
}

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function countsFor(size: SizeName, options: Options): Counts {
  const defaults = DEFAULT_COUNTS[size];
  const tree = options.requests ?? defaults.tree;
  return {
    tree,
    floor: Math.min(tree, defaults.floor),
    evm: size === 'M' ? 0 : (options.evmRequests ?? defaults.evm),
    concurrent: options.concurrent ?? defaults.concurrent,
    warmup: defaults.warmup,
    cachedSamples: Math.min(tree, defaults.cachedSamples),
    cachedRounds: defaults.cachedRounds,
  };
}

async function runOne(workload: Workload, engine: EngineName, options: Options): Promise<EngineResult> {
  const { size } = workload;
  const counts = countsFor(size, options);
  const loadBefore = os.loadavg()[0] ?? 0;
  const say = (message: string) => log(`${size} on ${engine}: ${message}`);
  say('starting the server on a fresh database');
  const env: BenchEnvironment = await startEnvironment(engine, `backcast_bench_${size.toLowerCase()}`, options.pgUrl);
  try {
    const load = await loadWorkload(env.sql, workload, env.admin);
    await env.analyze();
    say(`loaded ${load.versionRows} version rows in ${load.commits} commits, ${load.seconds} s`);
    const checks = await checkWorkload(env.floorQuery);
    for (const c of checks.filter((check) => check.violations !== 0))
      log(`WARNING: workload check failed: ${c.name} (${c.violations})`);
    const samples = drawSamples(`tree:${size}`, load.projects, load.endAt, counts.tree);
    const floor = new SqlFloor(env.floorQuery);
    // Read points of their own: a timed read must not find the check's answer in the read cache.
    const sameData = await checkSameData(env.client, floor, drawSamples(`check:${size}`, load.projects, load.endAt, 2));
    if (sameData.difference !== null) log(`WARNING: API and SQL floor disagree: ${sameData.difference}`);
    collectGarbage();
    const tree = await timeTree(env.client, samples, false, counts.warmup);
    say(`tree p50 ${tree.all.p50} ms, ${tree.statements.join('/')} statements`);
    const floorSamples = samples.slice(0, counts.floor);
    const oneStatement = await timeFloor(floor, floorSamples, 'one-statement', counts.warmup);
    const parallelPerKind = await timeFloor(floor, floorSamples, 'parallel-per-kind', counts.warmup);
    const fastest = oneStatement.summary.p50 <= parallelPerKind.summary.p50 ? oneStatement : parallelPerKind;
    say(`floor p50 ${fastest.summary.p50} ms (${fastest.variant})`);
    const cached = await timeRepeatedTree(env.client, samples.slice(0, counts.cachedSamples), counts.cachedRounds);
    say(`cached repeat reads p50 ${cached.all.p50} ms, ${cached.statements.join('/')} statements`);
    collectGarbage();
    const concurrentSamples = drawSamples(`concurrent:${size}`, load.projects, load.endAt, counts.concurrent);
    const floorServer = await startFloorServer(floor, fastest.variant);
    const floorClient = new GraphQLClient(floorServer.url);
    let httpFloor;
    try {
      const tree = await timeTree(floorClient, samples, false, counts.warmup);
      collectGarbage();
      const concurrency = await timeConcurrent(floorClient, concurrentSamples, options.clients);
      httpFloor = { variant: fastest.variant, tree, concurrency };
    } finally {
      floorClient.close();
      await floorServer.close();
    }
    say(
      `HTTP floor p50 ${httpFloor.tree.all.p50} ms, ${httpFloor.concurrency.requestsPerSecond} req/s at ${options.clients} clients`,
    );
    let evm = null;
    if (counts.evm > 0) {
      evm = await timeTree(
        env.client,
        drawSamples(`evm:${size}`, load.projects, load.endAt, counts.evm),
        true,
        counts.warmup,
      );
      say(`EVM tree p50 ${evm.all.p50} ms, ${evm.statements.join('/')} statements`);
    }
    collectGarbage();
    const concurrency = await timeConcurrent(env.client, concurrentSamples, options.clients);
    say(`${concurrency.requestsPerSecond} req/s at ${options.clients} clients, peak RSS ${concurrency.rssPeakMb} MB`);
    const processes: ProcessesResult[] = [];
    if (env.databaseUrl !== null) {
      for (const n of options.processes) {
        collectGarbage();
        const result = await timeProcesses(env.databaseUrl, n, concurrentSamples, options.clients);
        say(`${result.requestsPerSecond} req/s at ${options.clients} clients with ${n} API process(es) (uncached)`);
        processes.push(result);
      }
    }
    const [first] = load.projects;
    if (first === undefined) throw new Error('no project loaded');
    collectGarbage();
    const createBranch = await timeCreateBranch(env.client, first.projectId, 20);
    const update = await timeUpdates(env.client, first.costElementIds, 50, `update:${size}`);
    say(`createBranch p50 ${createBranch.summary.p50} ms, update p50 ${update.summary.p50} ms`);
    const changeControl = [
      await timeChangeControl(env.client, first.projectId, 'change-10', first.costElementIds.slice(0, 10), 20),
      await timeChangeControl(env.client, first.projectId, 'co-1', null, 20),
    ];
    for (const c of changeControl) {
      say(
        `${c.branch} (${c.changedEntities} changed): THREE_DOT diff p50 ${c.diff.summary.p50} ms (${c.diff.statements.join('/')} stmts), ` +
          `dryRun merge p50 ${c.dryRunMerge.summary.p50} ms (${c.dryRunMerge.statements.join('/')} stmts)`,
      );
    }
    return {
      size,
      engine,
      load: {
        seconds: load.seconds,
        versionRows: load.versionRows,
        commits: load.commits,
        rowsPerSecond: round(load.versionRows / load.seconds, 0),
      },
      checks,
      nodesPerTree: sameData.nodes,
      sameData,
      tree,
      floor: { oneStatement, parallelPerKind, fastest, ratioP50: round(tree.all.p50 / fastest.summary.p50, 2) },
      httpFloor,
      cached,
      processes,
      evm,
      concurrency,
      createBranch,
      update,
      changeControl,
      loadAverage: { before: round(loadBefore, 1), after: round(os.loadavg()[0] ?? 0, 1) },
    };
  } finally {
    await env.close();
  }
}

async function main(): Promise<number> {
  let options: Options | null;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 1;
  }
  if (options === null) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const started = process.hrtime.bigint();
  const date = new Date().toISOString().slice(0, 10);
  const args = process.argv.slice(2).join(' ');
  const command = args === '' ? 'npm run bench' : `npm run bench -- ${args}`;
  const results: EngineResult[] = [];
  for (const size of options.sizes) {
    const workload = workloadOf(size);
    const ran: EngineResult[] = [];
    for (const engine of options.engines) {
      // The embedded engine is a single in-process connection: it is benchmarked at S only.
      if (engine === 'pglite' && size !== 'S') continue;
      ran.push(await runOne(workload, engine, options));
    }
    if (ran.length > 0) log(`wrote ${writeResults(options.out, date, workload, ran, command)}`);
    results.push(...ran);
  }
  const minutes = Number(process.hrtime.bigint() - started) / 6e10;
  process.stdout.write(
    `\nBackcast EVS benchmark, ${date} (${minutes.toFixed(1)} min)\n\n${formatTables(results)}\n\nChecks:\n${formatChecks(results)}\n\nTargets:\n${formatTargets(checkTargets(results))}\n`,
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
