/**
 * Issue 14's review targets over HTTP on PostgreSQL (`npx tsx bench/review.ts [S] [L]`):
 * `evmSeries` weekly over a year (53 points) against one `evm(at:)` of the same project at the
 * same read point, and the readable diff of a 10-element change order (without and with its
 * per-WBE and schedule impact), each size on a fresh
 * database loaded with the standard workload. `BENCH_ONLY=diff` times the diff part alone
 * (the EVM reads of the whole tree are the heavy part at L on a shared machine). The impact is
 * timed twice: uncached (the per-process memo of subtree sums off, every request sums its
 * merge base again) and memoized (the memo on: after the warm-ups, the merge base's sums are
 * remembered, as for every review after the first of an order). `BENCH_DB_PREFIX` names the
 * databases (default backcast_review).
 */
import { impactSumsCache } from '../src/graphql/impact-sums-cache.js';
import { startEnvironment } from './environment.js';
import type { GraphQLClient } from './http.js';
import { distinct, summarize, type Summary } from './stats.js';
import { loadWorkload, workloadOf, type SizeName } from './workload.js';

const PG_URL = process.env['BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432';
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 20);
const DIFF_ONLY = process.env['BENCH_ONLY'] === 'diff';
const DB_PREFIX = process.env['BENCH_DB_PREFIX'] ?? 'backcast_review';
const MEMO_ENTRIES = 20_000;

const FIGURES = 'controlDate bac pv ev ac cv sv cpi spi eac etc vac tcpi percentComplete';
const SINGLE = `query($id: UUID!, $asOf: DateTime) { project(id: $id, asOf: $asOf) { evm(at: "2026-06-30") { ${FIGURES} } } }`;
const SERIES = `query($id: UUID!, $asOf: DateTime, $from: Date!, $to: Date!) { project(id: $id, asOf: $asOf) {
  evmSeries(from: $from, to: $to, interval: WEEK) { ${FIGURES} } } }`;

const SIDE = 'label code name path costElement { id code name }';
const READABLE_DIFF = `query($projectId: UUID!, $branch: String!) {
  diff(projectId: $projectId, from: { branch: "main" }, to: { branch: $branch }, mode: THREE_DOT) {
    changes { entityType entityId kind fields { field before after } before { ${SIDE} } after { ${SIDE} } }
  }
}`;
const REVIEW_WITH_IMPACT = `query($projectId: UUID!, $branch: String!) {
  diff(projectId: $projectId, from: { branch: "main" }, to: { branch: $branch }, mode: THREE_DOT) {
    changes { entityType entityId kind fields { field before after } before { ${SIDE} } after { ${SIDE} } }
    wbeImpact(at: "2026-06-30") { wbeId code path bacBefore bacAfter bacDelta eacBefore eacAfter eacDelta pvBefore pvAfter pvDelta }
    scheduleImpact { elements { costElementId plannedEndBefore plannedEndAfter } projectStartBefore projectEndAfter }
  }
}`;

const REVIEW_WITH_EVM_IMPACT = REVIEW_WITH_IMPACT.replace(
  'wbeImpact(',
  'evmImpact { bacBefore bacAfter bacDelta eacBefore eacAfter eacDelta }\n    wbeImpact(',
);

interface Timing {
  summary: Summary;
  statements: number[];
}

async function time(client: GraphQLClient, query: string, variables: Record<string, unknown>): Promise<Timing> {
  for (let i = 0; i < 2; i += 1) await client.expectOk(query, variables);
  const ms: number[] = [];
  const statements: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const exchange = await client.expectOk(query, variables);
    ms.push(exchange.ms);
    statements.push(exchange.statements);
  }
  return { summary: summarize(ms), statements: distinct(statements) };
}

/** One `evm(at:)` against the weekly series over a year, at the same read point. */
async function evmFigures(client: GraphQLClient, read: { id: string; asOf: string }): Promise<Record<string, unknown>> {
  const single = await time(client, SINGLE, read);
  const series = await time(client, SERIES, { ...read, from: '2026-01-01', to: '2026-12-31' });
  const points = JSON.parse((await client.expectOk(SERIES, { ...read, from: '2026-01-01', to: '2026-12-31' })).body)
    .data.project.evmSeries.length as number;
  return {
    points,
    singleP50: single.summary.p50,
    singleStatements: single.statements.join('/'),
    seriesP50: series.summary.p50,
    seriesStatements: series.statements.join('/'),
    ratio: Math.round((series.summary.p50 / single.summary.p50) * 100) / 100,
  };
}

async function benchSize(size: SizeName): Promise<Record<string, unknown>> {
  const env = await startEnvironment('postgresql', `${DB_PREFIX}_${size.toLowerCase()}`, PG_URL);
  try {
    const load = await loadWorkload(env.sql, workloadOf(size), env.admin);
    await env.analyze();
    const [project] = load.projects;
    if (project === undefined) throw new Error('no project loaded');
    const read = { id: project.projectId, asOf: load.endAt.toISOString() };
    const evm = DIFF_ONLY ? null : await evmFigures(env.client, read);

    const branch = 'review-10';
    await env.client.expectOk(
      `mutation($projectId: UUID!, $name: String!) { createBranch(projectId: $projectId, name: $name) { name } }`,
      {
        projectId: project.projectId,
        name: branch,
      },
    );
    for (const [i, id] of project.costElementIds.slice(0, 10).entries()) {
      await env.client.expectOk(
        `mutation($id: UUID!, $budget: Decimal!, $branch: String!) { updateCostElement(id: $id, input: { budget: $budget }, branch: $branch) { id } }`,
        { id, budget: `${1000 + i}.00`, branch },
      );
    }
    const variables = { projectId: project.projectId, branch };
    const diff = await time(env.client, READABLE_DIFF, variables);
    impactSumsCache.resize(0);
    const review = await time(env.client, REVIEW_WITH_IMPACT, variables);
    const whole = await time(env.client, REVIEW_WITH_EVM_IMPACT, variables);
    impactSumsCache.resize(MEMO_ENTRIES);
    const reviewMemo = await time(env.client, REVIEW_WITH_IMPACT, variables);
    const wholeMemo = await time(env.client, REVIEW_WITH_EVM_IMPACT, variables);
    return {
      size,
      elements: project.costElementIds.length,
      ...evm,
      diffP50: diff.summary.p50,
      diffStatements: diff.statements.join('/'),
      impactP50: review.summary.p50,
      impactStatements: review.statements.join('/'),
      evmImpactP50: whole.summary.p50,
      evmImpactStatements: whole.statements.join('/'),
      impactMemoP50: reviewMemo.summary.p50,
      impactMemoStatements: reviewMemo.statements.join('/'),
      evmImpactMemoP50: wholeMemo.summary.p50,
      evmImpactMemoStatements: wholeMemo.statements.join('/'),
    };
  } finally {
    await env.close();
  }
}

const sizes = process.argv.slice(2).filter((s): s is SizeName => s === 'S' || s === 'M' || s === 'L');
const rows = [];
for (const size of sizes.length === 0 ? (['S', 'L'] as const) : sizes) rows.push(await benchSize(size));
console.table(rows);
