import 'reflect-metadata';
import os from 'node:os';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { BENCH_ADMIN, startEnvironment, type EngineName } from './environment.js';
import { AMPLIFICATIONS, BACK_AND_FORTH, manyReadPoints, TREE_SHAPES } from './limit-queries.js';
import { collectGarbage, round, summarize, type Summary } from './stats.js';
import { loadWorkload, workloadOf, type SizeName } from './workload.js';

const USAGE = `Usage: npm run bench:limits -- [options]

Times the request limits at their default settings on a loaded workload (README "Limits"):
the server time of each refusal (target: under 50 ms), tree reads that must answer in full,
and reads that the execution budget stops, with /health polled meanwhile.

  --size S|L          workload (default L: 200 WBEs, 10,000 cost elements, a year of history)
  --engine NAME       postgresql (default) or pglite
  --repeat N          requests per refusal (default 30)
  --refusals-only     skip the tree reads and the stopped reads
  --pg-url URL        PostgreSQL server, without a database (default postgres://postgres@127.0.0.1:5432)`;

interface Options {
  size: SizeName;
  engine: EngineName;
  repeat: number;
  pgUrl: string;
  refusalsOnly: boolean;
}

function parseOptions(): Options | null {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'L' },
      engine: { type: 'string', default: 'postgresql' },
      repeat: { type: 'string', default: '30' },
      'refusals-only': { type: 'boolean', default: false },
      'pg-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return null;
  const size = values.size.toUpperCase();
  if (size !== 'S' && size !== 'L') throw new Error('--size must be S or L');
  if (values.engine !== 'postgresql' && values.engine !== 'pglite') throw new Error('--engine: postgresql or pglite');
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error('--repeat must be a positive integer');
  return { size, engine: values.engine, repeat, pgUrl: values['pg-url'], refusalsOnly: values['refusals-only'] };
}

/** Server time of each request, read from the access log line that the server writes on `finish`. */
class AccessLog extends Writable {
  private readonly times = new Map<string, number>();

  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.includes('"msg":"request"')) continue;
      const entry = JSON.parse(line) as { requestId?: string; ms?: number };
      if (entry.requestId !== undefined && entry.ms !== undefined) this.times.set(entry.requestId, entry.ms);
    }
    done();
  }

  async timeOf(requestId: string): Promise<number> {
    for (let i = 0; i < 100 && !this.times.has(requestId); i += 1) await new Promise((r) => setTimeout(r, 5));
    const ms = this.times.get(requestId);
    if (ms === undefined) throw new Error(`no access log line for ${requestId}`);
    return ms;
  }
}

interface Answer {
  status: number;
  bytes: number;
  serverMs: number;
  code: string;
  limit: string;
}

let sequence = 0;

async function send(
  url: string,
  log: AccessLog,
  token: string | null,
  query: string,
  variables: Record<string, unknown>,
): Promise<Answer> {
  const requestId = `limits-${(sequence += 1)}`;
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-request-id': requestId };
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  const error = /"extensions":\{"code":"([A-Z_]+)"(?:,"limit":"([A-Z_]+)")?/.exec(text);
  return {
    status: response.status,
    bytes: text.length,
    serverMs: await log.timeOf(requestId),
    code: error?.[1] ?? (response.status === 200 ? 'answered' : '?'),
    limit: error?.[2] ?? '',
  };
}

/**
 * Polls /health every 20 ms while `work` runs (how long the server kept others waiting), and
 * samples the process's RSS.
 */
async function whilePolling<T>(
  healthUrl: string,
  work: Promise<T>,
): Promise<{ result: T; health: Summary; peakRssMb: number }> {
  const latencies: number[] = [];
  let done = false;
  const poll = (async () => {
    while (!done) {
      const started = performance.now();
      await fetch(healthUrl).then((r) => r.text());
      latencies.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  try {
    const result = await work;
    return { result, health: summarize(latencies), peakRssMb: round(peakRss / 1e6, 0) };
  } finally {
    done = true;
    clearInterval(sampler);
    await poll;
  }
}

async function main(): Promise<void> {
  const options = parseOptions();
  if (options === null) {
    console.log(USAGE);
    return;
  }
  const log = new AccessLog();
  const logger = pino({ level: 'info' }, log);
  const say = (m: string) => process.stderr.write(`[limits ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
  say(`${options.size} on ${options.engine}: starting the server, loading the workload`);
  const env = await startEnvironment(
    options.engine,
    `backcast_bench_limits_${options.size.toLowerCase()}`,
    options.pgUrl,
    {
      logger,
    },
  );
  try {
    const load = await loadWorkload(env.sql, workloadOf(options.size), env.admin);
    await env.analyze();
    const [project] = load.projects;
    if (project === undefined) throw new Error('no project loaded');
    const url = `${env.app.url}/graphql`;
    const token = await login(url);
    const id = project.projectId;
    say(`loaded ${load.versionRows} version rows in ${load.seconds} s; load average ${os.loadavg()[0]?.toFixed(1)}`);

    console.log(`\n## Refusals (${options.size}, ${options.engine}, ${options.repeat} requests each, server ms)\n`);
    console.log('| request | body KB | status | code (limit) | server p50 / p95 / max | CPU p50 / max | under 50 ms |');
    console.log('|---|---:|---:|---|---:|---:|---|');
    for (const [name, amplification] of Object.entries(AMPLIFICATIONS)) {
      const times: number[] = [];
      const cpu: number[] = [];
      let last: Answer | null = null;
      for (let i = 0; i < options.repeat; i += 1) {
        const before = process.cpuUsage();
        last = await send(url, log, amplification.anonymous === true ? null : token, amplification.query, {
          id,
          ...amplification.variables,
        });
        const used = process.cpuUsage(before);
        cpu.push((used.user + used.system) / 1000);
        times.push(last.serverMs);
      }
      const s = summarize(times);
      const c = summarize(cpu);
      const body = round(Buffer.byteLength(amplification.query) / 1024, 0);
      const code = `${last?.code}${last?.limit ? ` (${last.limit})` : ''}`;
      console.log(
        `| ${name} | ${body} | ${last?.status} | ${code} | ${s.p50} / ${s.p95} / ${s.max} | ${c.p50} / ${c.max} | ` +
          `${s.p95 < 50 ? 'yes' : 'no'}${s.max < 50 ? '' : ' (max no)'} |`,
      );
    }
    console.log(
      '\nServer = from the request arriving to the response sent (the access log). CPU = the whole bench ' +
        "process (server and client) per request: what the server's wall time would be on an idle machine.",
    );

    if (options.refusalsOnly) return;
    console.log(`\n## Tree reads (must answer in full) and reads the budget stops\n`);
    console.log('| request | status | code (limit) | server ms | response MB | /health p50 / max ms | peak RSS MB |');
    console.log('|---|---:|---|---:|---:|---:|---:|');
    const day = 86_400_000;
    // Weekly commits: five moments a week apart are five read points of nearly the whole project.
    const moments = [1, 2, 3, 4, 5].map((i) => new Date(load.endAt.getTime() - i * 7 * day).toISOString());
    const reads: [string, string][] = [
      ...Object.entries(TREE_SHAPES),
      ['BACK_AND_FORTH', BACK_AND_FORTH],
      ['manyReadPoints(5)', manyReadPoints(moments)],
    ];
    for (const [name, query] of reads) {
      collectGarbage();
      const { result, health, peakRssMb } = await whilePolling(
        `${env.app.url}/health`,
        send(url, log, token, query, { id }),
      );
      const code = `${result.code}${result.limit ? ` (${result.limit})` : ''}`;
      console.log(
        `| ${name} | ${result.status} | ${code} | ${result.serverMs} | ${round(result.bytes / 1e6, 1)} | ` +
          `${health.p50} / ${health.max} | ${peakRssMb} |`,
      );
    }
    console.log(
      `\nPeak RSS is the whole bench process (server and client). Load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}.`,
    );
  } finally {
    await env.close();
  }
}

async function login(url: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: BENCH_ADMIN.email, p: BENCH_ADMIN.password },
    }),
  });
  const body = (await response.json()) as { data?: { login?: { token?: string } } };
  const token = body.data?.login?.token;
  if (token === undefined) throw new Error('login failed');
  return token;
}

await main();
