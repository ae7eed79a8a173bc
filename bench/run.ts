import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startEnvironment, type BenchEnvironment, type EngineName } from './environment.js';
import { SqlFloor } from './floor.js';
import {
  checkSameData,
  drawSamples,
  timeConcurrent,
  timeCreateBranch,
  timeFloor,
  timeTree,
  timeUpdates,
} from './measure.js';
import { checkTargets, formatTables, formatTargets, writeResults, type EngineResult } from './report.js';
import { round } from './stats.js';
import { loadWorkload, SIZES, workloadOf, type SizeName, type Workload } from './workload.js';

const USAGE = `Usage: npm run bench -- [options]

  --sizes S,M,L                 workload sizes to run (default S,M,L)
  --engine postgresql,pglite    engines (default both; the embedded engine runs S only)
  --requests N                  timed tree reads per size and engine (default 200, at least 200 for S and L)
  --evm-requests N              timed tree reads with EVM (default: 200 at S, 100 at L)
  --concurrent N                reads in the 8-client phase (default: 200 at S and M, 48 at L)
  --clients N                   concurrent clients (default 8)
  --pg-url URL                  PostgreSQL server, without a database (default postgres://postgres@127.0.0.1:5432)
  --out DIR                     results folder (default bench/results)`;

interface Options {
  sizes: SizeName[];
  engines: EngineName[];
  requests: number;
  evmRequests: number | null;
  concurrent: number | null;
  clients: number;
  pgUrl: string;
  out: string;
}

function parseOptions(argv: readonly string[]): Options | null {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string', default: 'S,M,L' },
      engine: { type: 'string', default: 'postgresql,pglite' },
      requests: { type: 'string', default: '200' },
      'evm-requests': { type: 'string' },
      concurrent: { type: 'string' },
      clients: { type: 'string', default: '8' },
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
    requests: count(values.requests, 'requests') ?? 200,
    evmRequests: count(values['evm-requests'], 'evm-requests'),
    concurrent: count(values.concurrent, 'concurrent'),
    clients: count(values.clients, 'clients') ?? 8,
    pgUrl: values['pg-url'],
    out: values.out,
  };
}

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function runOne(workload: Workload, engine: EngineName, options: Options): Promise<EngineResult> {
  const { size } = workload;
  log(`${size} on ${engine}: starting the server on a fresh database`);
  const env: BenchEnvironment = await startEnvironment(engine, `backcast_bench_${size.toLowerCase()}`, options.pgUrl);
  try {
    const load = await loadWorkload(env.sql, workload, env.admin);
    await env.analyze();
    log(`${size} on ${engine}: loaded ${load.versionRows} version rows in ${load.commits} commits, ${load.seconds} s`);
    const warmup = Math.min(10, Math.ceil(options.requests / 10));
    const samples = drawSamples(`tree:${size}`, load.projects, load.endAt, options.requests);
    const floor = new SqlFloor(env.floorQuery);
    const sameData = await checkSameData(env.client, floor, samples.slice(0, 2));
    if (sameData.difference !== null) log(`WARNING: API and SQL floor disagree: ${sameData.difference}`);
    const tree = await timeTree(env.client, samples, false, warmup);
    log(`${size} on ${engine}: tree p50 ${tree.all.p50} ms, ${tree.statements.join('/')} statements`);
    const oneStatement = await timeFloor(floor, samples, 'one-statement', warmup);
    const parallelPerKind = await timeFloor(floor, samples, 'parallel-per-kind', warmup);
    const fastest = oneStatement.summary.p50 <= parallelPerKind.summary.p50 ? oneStatement : parallelPerKind;
    log(`${size} on ${engine}: floor p50 ${fastest.summary.p50} ms (${fastest.variant})`);
    let evm = null;
    if (size !== 'M') {
      const n = options.evmRequests ?? (size === 'L' ? 100 : 200);
      evm = await timeTree(
        env.client,
        drawSamples(`evm:${size}`, load.projects, load.endAt, n),
        true,
        Math.min(warmup, 5),
      );
      log(`${size} on ${engine}: EVM tree p50 ${evm.all.p50} ms`);
    }
    const concurrentN = options.concurrent ?? (size === 'L' ? 48 : 200);
    const concurrency = await timeConcurrent(
      env.client,
      drawSamples(`concurrent:${size}`, load.projects, load.endAt, concurrentN),
      options.clients,
    );
    log(
      `${size} on ${engine}: ${concurrency.requestsPerSecond} req/s at ${options.clients} clients, peak RSS ${concurrency.rssPeakMb} MB`,
    );
    const [first] = load.projects;
    if (first === undefined) throw new Error('no project loaded');
    const createBranch = await timeCreateBranch(env.client, first.projectId, 20);
    const update = await timeUpdates(env.client, first.costElementIds, 50, `update:${size}`);
    log(`${size} on ${engine}: createBranch p50 ${createBranch.summary.p50} ms, update p50 ${update.summary.p50} ms`);
    return {
      size,
      engine,
      load: {
        seconds: load.seconds,
        versionRows: load.versionRows,
        commits: load.commits,
        rowsPerSecond: round(load.versionRows / load.seconds, 0),
      },
      nodesPerTree: sameData.nodes,
      sameData,
      tree,
      floor: { oneStatement, parallelPerKind, fastest, ratioP50: round(tree.all.p50 / fastest.summary.p50, 2) },
      evm,
      concurrency,
      createBranch,
      update,
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
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
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
    `\nBackcast EVS benchmark, ${date} (${minutes.toFixed(1)} min)\n\n${formatTables(results)}\n\nTargets:\n${formatTargets(checkTargets(results))}\n`,
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
