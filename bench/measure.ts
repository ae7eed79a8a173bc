import type { GeneratedProject } from '../src/setup/seed/generator.js';
import { Random } from '../src/setup/seed/random.js';
import type { FloorVariant, SqlFloor } from './floor.js';
import type { GraphQLClient } from './http.js';
import {
  CREATE_BRANCH,
  DRY_RUN_MERGE,
  THREE_DOT_DIFF,
  treeQuery,
  UPDATE_COST_ELEMENT,
  UPDATE_ON_BRANCH,
} from './queries.js';
import { distinct, elapsedMs, histogram, round, summarize, type Summary } from './stats.js';
import { countNodes, treeDifference, treeFromGraphQL } from './tree.js';

/** One read point of the timed reads: the same list is read over HTTP and by the SQL floor. */
export interface ReadSample {
  projectId: string;
  branch: string;
  asOf: Date;
}

/** Alternates main and the branch; random project, random moment of its history (of the branch, on the branch). */
export function drawSamples(
  seed: string,
  projects: readonly GeneratedProject[],
  endAt: Date,
  count: number,
): ReadSample[] {
  const rng = new Random(seed);
  return Array.from({ length: count }, (_, i) => {
    const project = rng.pick(projects);
    const branch = i % 2 === 1 && project.branch !== null ? project.branch : null;
    // After the baseline (main) or the fork (branch): every read sees a whole tree.
    const from = branch === null ? project.baselineAt.getTime() + 3_600_000 : branch.forkedAt.getTime() + 60_000;
    return {
      projectId: project.projectId,
      branch: branch?.name ?? 'main',
      asOf: new Date(Math.round(rng.between(from, endAt.getTime()))),
    };
  });
}

function earlier(sample: ReadSample): ReadSample {
  return { ...sample, asOf: new Date(sample.asOf.getTime() - 1) };
}

function variables(sample: ReadSample): Record<string, unknown> {
  return { id: sample.projectId, branch: sample.branch, asOf: sample.asOf.toISOString() };
}

export interface TreeTiming {
  all: Summary;
  main: Summary;
  branch: Summary;
  /** Distinct x-sql-statements values seen: one value means "independent of the read point". */
  statements: number[];
  /** How many requests took each number of statements. */
  statementCounts: Record<string, number>;
  responseKb: number;
}

/** Sequential tree reads, one client: latency as a user sees it. The first `warmup` are not counted. */
export async function timeTree(
  client: GraphQLClient,
  samples: readonly ReadSample[],
  withEvm: boolean,
  warmup: number,
): Promise<TreeTiming> {
  const query = treeQuery(withEvm);
  // Warm-up reads a millisecond earlier than the timed ones: another read point for the read
  // cache (src/graphql/read-cache.ts), so that no timed read is answered from it.
  for (const sample of samples.slice(0, warmup)) await client.expectOk(query, variables(earlier(sample)));
  const all: number[] = [];
  const main: number[] = [];
  const branch: number[] = [];
  const statements: number[] = [];
  let bytes = 0;
  for (const sample of samples) {
    const exchange = await client.expectOk(query, variables(sample));
    all.push(exchange.ms);
    (sample.branch === 'main' ? main : branch).push(exchange.ms);
    statements.push(exchange.statements);
    bytes += exchange.body.length;
  }
  return {
    all: summarize(all),
    main: summarize(main),
    branch: summarize(branch),
    statements: distinct(statements),
    statementCounts: histogram(statements),
    responseKb: round(bytes / samples.length / 1024, 0),
  };
}

/**
 * Repeat reads: every sample is read once (a cache miss that stores the answer), then the
 * same samples `rounds` times over, timed: what a client re-reading history sees.
 */
export async function timeRepeatedTree(
  client: GraphQLClient,
  samples: readonly ReadSample[],
  rounds: number,
): Promise<TreeTiming> {
  const query = treeQuery(false);
  for (const sample of samples) await client.expectOk(query, variables(sample));
  const repeated = Array.from({ length: rounds }, () => samples).flat();
  return timeTree(client, repeated, false, 0);
}

export interface FloorTiming {
  variant: FloorVariant;
  summary: Summary;
}

/** The SQL floor over the same read points; the first `warmup` are not counted. */
export async function timeFloor(
  floor: SqlFloor,
  samples: readonly ReadSample[],
  variant: FloorVariant,
  warmup: number,
): Promise<FloorTiming> {
  for (const s of samples.slice(0, warmup)) await floor.read(s.projectId, s.branch, s.asOf, variant);
  const ms: number[] = [];
  for (const s of samples) {
    const started = process.hrtime.bigint();
    await floor.read(s.projectId, s.branch, s.asOf, variant);
    ms.push(elapsedMs(started));
  }
  return { variant, summary: summarize(ms) };
}

export interface SameData {
  checked: number;
  nodes: number[];
  /** The first difference found, or null when the API and the floor agree everywhere. */
  difference: string | null;
}

/** Reads a few samples both ways and compares the data (order-insensitive). */
export async function checkSameData(
  client: GraphQLClient,
  floor: SqlFloor,
  samples: readonly ReadSample[],
): Promise<SameData> {
  const nodes: number[] = [];
  for (const s of samples) {
    const api = treeFromGraphQL(await client.data(treeQuery(false), variables(s)));
    for (const variant of ['one-statement', 'parallel-per-kind'] as const) {
      const difference = treeDifference(api, await floor.read(s.projectId, s.branch, s.asOf, variant));
      if (difference !== null)
        return {
          checked: nodes.length,
          nodes,
          difference: `${s.branch} at ${s.asOf.toISOString()} (${variant}): ${difference}`,
        };
    }
    nodes.push(countNodes(api));
  }
  return { checked: samples.length, nodes, difference: null };
}

export interface ConcurrencyResult {
  clients: number;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latency: Summary;
  /** process.memoryUsage().rss of the bench process, which runs the server (and, on PGlite, the database). */
  rssBeforeMb: number;
  rssPeakMb: number;
}

/** `clients` loops sharing `samples` until all are read; RSS is sampled every 20 ms meanwhile. */
export async function timeConcurrent(
  client: GraphQLClient,
  samples: readonly ReadSample[],
  clients: number,
): Promise<ConcurrencyResult> {
  const query = treeQuery(false);
  const rssBefore = process.memoryUsage.rss();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
  }, 20);
  const latencies: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  try {
    await Promise.all(
      Array.from({ length: clients }, async () => {
        for (let i = next++; i < samples.length; i = next++) {
          const sample = samples[i];
          if (sample === undefined) break;
          latencies.push((await client.expectOk(query, variables(sample))).ms);
          rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
        }
      }),
    );
  } finally {
    clearInterval(sampler);
  }
  const seconds = elapsedMs(started) / 1000;
  return {
    clients,
    requests: samples.length,
    seconds: round(seconds, 1),
    requestsPerSecond: round(samples.length / seconds, 1),
    latency: summarize(latencies),
    rssBeforeMb: round(rssBefore / 2 ** 20, 0),
    rssPeakMb: round(rssPeak / 2 ** 20, 0),
  };
}

export interface WriteTiming {
  summary: Summary;
  statements: number[];
}

/** createBranch from main's latest state, over HTTP: its cost must not depend on the project's size. */
export async function timeCreateBranch(client: GraphQLClient, projectId: string, count: number): Promise<WriteTiming> {
  const ms: number[] = [];
  const statements: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const exchange = await client.expectOk(CREATE_BRANCH, { projectId, name: `bench-${i + 1}` });
    ms.push(exchange.ms);
    statements.push(exchange.statements);
  }
  return { summary: summarize(ms), statements: distinct(statements) };
}

/** One budget change on main per commit (updateCostElement), on random elements. */
export async function timeUpdates(
  client: GraphQLClient,
  elementIds: readonly string[],
  count: number,
  seed: string,
): Promise<WriteTiming> {
  const rng = new Random(seed);
  const ms: number[] = [];
  const statements: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const budget = `${rng.int(10_000, 900_000)}.${String(rng.int(0, 99)).padStart(2, '0')}`;
    const exchange = await client.expectOk(UPDATE_COST_ELEMENT, { id: rng.pick(elementIds), budget });
    ms.push(exchange.ms);
    statements.push(exchange.statements);
  }
  return { summary: summarize(ms), statements: distinct(statements) };
}

export interface ChangeControlTiming {
  /** The branch measured and how many entities its change touches. */
  branch: string;
  changedEntities: number;
  diff: WriteTiming;
  dryRunMerge: WriteTiming;
}

async function timeRequests(
  client: GraphQLClient,
  query: string,
  variables: Record<string, unknown>,
  count: number,
): Promise<WriteTiming> {
  const ms: number[] = [];
  const statements: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const exchange = await client.expectOk(query, variables);
    ms.push(exchange.ms);
    statements.push(exchange.statements);
  }
  return { summary: summarize(ms), statements: distinct(statements) };
}

/**
 * THREE_DOT diff and dryRun merge of a branch into main: their cost must follow the size of
 * the change, not of the project. `prepare` makes a branch changing 10 elements when asked.
 */
export async function timeChangeControl(
  client: GraphQLClient,
  projectId: string,
  branch: string,
  prepare: readonly string[] | null,
  count: number,
): Promise<ChangeControlTiming> {
  if (prepare !== null) {
    await client.expectOk(CREATE_BRANCH, { projectId, name: branch });
    for (const [i, id] of prepare.entries()) {
      await client.expectOk(UPDATE_ON_BRANCH, { id, budget: `${1000 + i}.00`, branch });
    }
  }
  const variables = { projectId, branch };
  const first = await client.data(THREE_DOT_DIFF, variables);
  const changes = (first as { diff?: { changes?: unknown[] } } | null)?.diff?.changes?.length ?? 0;
  const diff = await timeRequests(client, THREE_DOT_DIFF, variables, count);
  const dryRunMerge = await timeRequests(client, DRY_RUN_MERGE, variables, count);
  return {
    branch,
    changedEntities: changes,
    diff,
    dryRunMerge,
  };
}
