import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import type { WorkloadCheck } from './checks.js';
import type { EngineName } from './environment.js';
import type {
  ChangeControlTiming,
  FloorTiming,
  ConcurrencyResult,
  SameData,
  TreeTiming,
  WriteTiming,
} from './measure.js';
import type { ProcessesResult } from './processes.js';
import type { Summary } from './stats.js';
import { round } from './stats.js';
import type { SizeName, Workload } from './workload.js';

/** Everything measured for one size on one engine. */
export interface EngineResult {
  size: SizeName;
  engine: EngineName;
  load: { seconds: number; versionRows: number; commits: number; rowsPerSecond: number };
  /** Invariants of the loaded data (violations per check; all 0 when the workload is sound). */
  checks: WorkloadCheck[];
  nodesPerTree: number[];
  sameData: SameData;
  tree: TreeTiming;
  floor: { oneStatement: FloorTiming; parallelPerKind: FloorTiming; fastest: FloorTiming; ratioP50: number };
  /** The SQL floor's tree behind a bare node:http server (bench/floor-server.ts): 1 client, and `clients`. */
  httpFloor: { variant: FloorTiming['variant']; tree: TreeTiming; concurrency: ConcurrencyResult };
  /** The same read points read again: answered from the read cache. */
  cached: TreeTiming;
  /** The API as its own process(es), WEB_CONCURRENCY = 1, 2…, read cache off (PostgreSQL only). */
  processes: ProcessesResult[];
  evm: TreeTiming | null;
  concurrency: ConcurrencyResult;
  createBranch: WriteTiming;
  update: WriteTiming;
  /** THREE_DOT diff and dryRun merge into main: a 10-element change, and the workload's co-1. */
  changeControl: ChangeControlTiming[];
  /** 1-minute load average of the machine before and after: other work skews every latency. */
  loadAverage: { before: number; after: number };
}

export interface Target {
  name: string;
  met: boolean | null;
  detail: string;
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(v >= 100 ? 0 : 1) : '-');
const stmts = (v: readonly number[]) => (v.length === 1 ? String(v[0]) : v.join('/'));
/** The statement count most requests took. */
const modeOf = (t: TreeTiming): number => {
  const [top] = Object.entries(t.statementCounts).sort((a, b) => b[1] - a[1]);
  return top === undefined ? Number.NaN : Number(top[0]);
};
/** "8" when every request took 8; "8 (10: 4x)" when 4 of them took 10. */
const stmtsOf = (t: TreeTiming) => {
  const entries = Object.entries(t.statementCounts).sort((a, b) => b[1] - a[1]);
  const [main, ...others] = entries;
  if (main === undefined) return '-';
  return others.length === 0 ? main[0] : `${main[0]} (${others.map(([n, count]) => `${n}: ${count}x`).join(', ')})`;
};
const lat = (s: Summary) => `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)} (n=${s.n})`;

/** Markdown tables, ready to paste into bench/README.md. */
export function formatTables(results: readonly EngineResult[]): string {
  const reads = [
    '| size | engine | nodes | load s (rows/s) | tree p50 / p95 / p99 ms | main p50 | co-1 p50 | stmts | floor p50 ms (variant) | ratio | EVM tree p50 / p99 ms | EVM stmts |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results
      .map((r) =>
        [
          r.size,
          r.engine,
          r.nodesPerTree.join('/'),
          `${r.load.seconds} (${Math.round(r.load.rowsPerSecond)})`,
          lat(r.tree.all),
          ms(r.tree.main.p50),
          ms(r.tree.branch.p50),
          stmtsOf(r.tree),
          `${ms(r.floor.fastest.summary.p50)} (${r.floor.fastest.variant}, n=${r.floor.fastest.summary.n})`,
          `${r.floor.ratioP50.toFixed(1)}x`,
          r.evm === null ? '-' : `${ms(r.evm.all.p50)} / ${ms(r.evm.all.p99)} (n=${r.evm.all.n})`,
          r.evm === null ? '-' : stmtsOf(r.evm),
        ].join(' | '),
      )
      .map((line) => `| ${line} |`),
  ];
  const writes = [
    '| size | engine | req/s @8 | p50 @8 ms | RSS before → peak MB | createBranch p50 / p95 ms (stmts) | update p50 / p95 ms (stmts) | load avg |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...results
      .map((r) =>
        [
          r.size,
          r.engine,
          String(r.concurrency.requestsPerSecond),
          ms(r.concurrency.latency.p50),
          `${r.concurrency.rssBeforeMb} → ${r.concurrency.rssPeakMb}`,
          `${ms(r.createBranch.summary.p50)} / ${ms(r.createBranch.summary.p95)} (${stmts(r.createBranch.statements)})`,
          `${ms(r.update.summary.p50)} / ${ms(r.update.summary.p95)} (${stmts(r.update.statements)})`,
          `${r.loadAverage.before} → ${r.loadAverage.after}`,
        ].join(' | '),
      )
      .map((line) => `| ${line} |`),
  ];
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}x` : '-');
  const http = [
    '| size | engine | HTTP floor p50 ms | API uncached p50 (ratio) | API cached p50 (ratio) | floor req/s @8 | API req/s @8 (ratio) | floor p50 @8 ms | API p50 @8 ms (ratio) | API peak RSS MB @8 |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results
      .map((r) =>
        [
          r.size,
          r.engine,
          `${ms(r.httpFloor.tree.all.p50)} (${r.httpFloor.variant})`,
          `${ms(r.tree.all.p50)} (${ratio(r.tree.all.p50, r.httpFloor.tree.all.p50)})`,
          `${ms(r.cached.all.p50)} (${ratio(r.cached.all.p50, r.httpFloor.tree.all.p50)}, n=${r.cached.all.n})`,
          String(r.httpFloor.concurrency.requestsPerSecond),
          `${r.concurrency.requestsPerSecond} (${ratio(r.concurrency.requestsPerSecond, r.httpFloor.concurrency.requestsPerSecond)})`,
          ms(r.httpFloor.concurrency.latency.p50),
          `${ms(r.concurrency.latency.p50)} (${ratio(r.concurrency.latency.p50, r.httpFloor.concurrency.latency.p50)})`,
          String(r.concurrency.rssPeakMb),
        ].join(' | '),
      )
      .map((line) => `| ${line} |`),
  ];
  const separate = results.filter((r) => r.processes.length > 0);
  const processes = [
    '| size | engine | WEB_CONCURRENCY | req/s @8 (vs 1 process) | p50 @8 ms | HTTP floor req/s @8 (ratio) |',
    '|---|---|---:|---:|---:|---:|',
    ...separate.flatMap((r) => {
      const one = r.processes.find((p) => p.processes === 1)?.requestsPerSecond ?? Number.NaN;
      return r.processes.map(
        (p) =>
          `| ${r.size} | ${r.engine} | ${p.processes} | ${p.requestsPerSecond} (${ratio(p.requestsPerSecond, one)}) | ${ms(p.latency.p50)} | ${r.httpFloor.concurrency.requestsPerSecond} (${ratio(p.requestsPerSecond, r.httpFloor.concurrency.requestsPerSecond)}) |`,
      );
    }),
  ];
  return `${reads.join('\n')}\n\n${writes.join('\n')}\n\n${http.join('\n')}${separate.length > 0 ? `\n\n${processes.join('\n')}` : ''}`;
}

/** The targets, checked on PostgreSQL (and on PGlite where it ran): reported, never adjusted. */
export function checkTargets(results: readonly EngineResult[]): Target[] {
  const targets: Target[] = [];
  for (const engine of ['postgresql', 'pglite'] as const) {
    const of = (size: SizeName) => results.find((r) => r.engine === engine && r.size === size);
    const ran = results.filter((r) => r.engine === engine);
    if (ran.length === 0) continue;
    // The usual count (reads inside the history) and the worst one (reads at or after a branch's
    // head take the read point's wait-for-writers path, two statements more), reported apart.
    const modes = ran.map((r) => ({ size: r.size, mode: modeOf(r.tree), worst: Math.max(...r.tree.statements) }));
    targets.push({
      name: `${engine}: statements per tree query (the usual count) equal across sizes and <= 8`,
      met: new Set(modes.map((m) => m.mode)).size === 1 && modes.every((m) => m.mode <= 8),
      detail: ran.map((r) => `${r.size}: ${stmtsOf(r.tree)}`).join(', '),
    });
    targets.push({
      name: `${engine}: every tree query <= 8 statements, asOf at or after a branch head included`,
      met: modes.every((m) => m.worst <= 8),
      detail: modes.map((m) => `${m.size} worst ${m.worst}`).join(', '),
    });
    for (const size of ['S', 'L'] as const) {
      const r = of(size);
      if (r === undefined) continue;
      targets.push({
        name: `${engine} ${size}: tree p50 within 3x the SQL floor`,
        met: r.floor.ratioP50 <= 3,
        detail: `${ms(r.tree.all.p50)} ms vs ${ms(r.floor.fastest.summary.p50)} ms = ${r.floor.ratioP50.toFixed(2)}x`,
      });
    }
    for (const size of ['S', 'L'] as const) {
      const r = of(size);
      if (r === undefined) continue;
      targets.push(...httpTargets(engine, r));
    }
    const s = of('S');
    const l = of('L');
    if (s !== undefined && l !== undefined) {
      targets.push(
        sameTime(
          `${engine}: createBranch same time at S and L`,
          s.createBranch.summary.p50,
          l.createBranch.summary.p50,
        ),
      );
      targets.push(
        sameTime(`${engine}: single update same time at S and L`, s.update.summary.p50, l.update.summary.p50),
      );
    }
  }
  return targets;
}

/** The HTTP-to-HTTP targets of one size: API against the SQL floor behind a bare node:http server. */
function httpTargets(engine: EngineName, r: EngineResult): Target[] {
  const floor = r.httpFloor;
  const p50 = r.tree.all.p50 / floor.tree.all.p50;
  const cached = r.cached.all.p50 / floor.tree.all.p50;
  const throughput = r.concurrency.requestsPerSecond / floor.concurrency.requestsPerSecond;
  const at8 = r.concurrency.latency.p50 / floor.concurrency.latency.p50;
  const clients = r.concurrency.clients;
  return [
    {
      name: `${engine} ${r.size}: uncached tree p50 at most 2x the HTTP floor (1 client)`,
      met: p50 <= 2,
      detail: `${ms(r.tree.all.p50)} ms vs ${ms(floor.tree.all.p50)} ms = ${p50.toFixed(2)}x`,
    },
    {
      name: `${engine} ${r.size}: requests/s at ${clients} clients at least 0.6x the HTTP floor's`,
      met: throughput >= 0.6,
      detail: `${r.concurrency.requestsPerSecond} vs ${floor.concurrency.requestsPerSecond} req/s = ${throughput.toFixed(2)}x (p50 at ${clients}: ${ms(r.concurrency.latency.p50)} vs ${ms(floor.concurrency.latency.p50)} ms = ${at8.toFixed(2)}x)`,
    },
    {
      name: `${engine} ${r.size}: cached repeat reads p50 at most 1.2x the HTTP floor`,
      met: cached <= 1.2,
      detail: `${ms(r.cached.all.p50)} ms vs ${ms(floor.tree.all.p50)} ms = ${cached.toFixed(2)}x (${stmtsOf(r.cached)} statements)`,
    },
  ];
}

/** "Same time": medians within 25% (or 2 ms, whichever is larger) of each other. */
function sameTime(name: string, small: number, large: number): Target {
  const tolerance = Math.max(2, small * 0.25);
  return {
    name,
    met: Math.abs(large - small) <= tolerance,
    detail: `S ${ms(small)} ms, L ${ms(large)} ms (L/S ${(large / small).toFixed(2)})`,
  };
}

/** Whether the API and the floor agreed, and whether the loaded data kept its invariants. */
export function formatChecks(results: readonly EngineResult[]): string {
  return results
    .map((r) => {
      const broken = r.checks.filter((c) => c.violations !== 0);
      const data =
        r.sameData.difference === null
          ? `same tree data from API and floor (${r.sameData.checked} read points)`
          : `API and floor DIFFER: ${r.sameData.difference}`;
      const invariants =
        broken.length === 0
          ? `${r.checks.length} workload invariants hold`
          : `BROKEN: ${broken.map((c) => `${c.name} (${c.violations})`).join(', ')}`;
      return `- ${r.size} ${r.engine}: ${data}; ${invariants}`;
    })
    .join('\n');
}

export function formatTargets(targets: readonly Target[]): string {
  return targets
    .map((t) => `- [${t.met === true ? 'met' : t.met === false ? 'MISSED' : 'n/a'}] ${t.name}: ${t.detail}`)
    .join('\n');
}

/** bench/results/<YYYY-MM-DD>-<size>.json, one file per size with every engine that ran it. */
export function writeResults(
  dir: string,
  date: string,
  workload: Workload,
  results: readonly EngineResult[],
  command: string,
): string {
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `${date}-${workload.size}.json`);
  const commit = gitCommit();
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: process.platform,
  };
  writeFileSync(file, `${JSON.stringify({ date, command, commit, machine, workload, results }, null, 2)}\n`);
  return file;
}

/** The code that was measured: HEAD, and whether the working tree had changes on top of it. */
function gitCommit(): string | null {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty =
      // The result files a run writes itself (one size after another) do not count as changes.
      execFileSync('git', ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench/results'], {
        encoding: 'utf8',
      }).trim() !== '';
    return dirty ? `${head}+changes` : head;
  } catch {
    return null;
  }
}
