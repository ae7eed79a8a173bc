import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { startEnvironment, type EngineName } from './environment.js';
import { drawSamples } from './measure.js';
import { treeQuery } from './queries.js';
import { collectGarbage, elapsedMs, round, summarize } from './stats.js';
import { loadWorkload, SIZES, workloadOf, type SizeName } from './workload.js';

/**
 * CPU profile of the uncached tree read (issue 15): loads a workload, boots the server with the
 * read cache off, and profiles `--requests` sequential tree reads only (the inspector's
 * profiler, what `node --cpu-prof` records, started after the load). Writes a .cpuprofile
 * (Chrome DevTools, speedscope) and prints the functions with the most self time.
 *
 *   npx tsx bench/profile.ts --size S --engine postgresql --requests 50 --out /tmp/tree-S.cpuprofile
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'S' },
    engine: { type: 'string', default: 'postgresql' },
    requests: { type: 'string', default: '50' },
    top: { type: 'string', default: '25' },
    out: { type: 'string', default: '/tmp/backcast-tree.cpuprofile' },
    'pg-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
  },
});
const size = SIZES.find((s) => s === values.size.toUpperCase()) as SizeName | undefined;
if (size === undefined) throw new Error(`unknown size ${values.size}`);
const engine = values.engine as EngineName;
const requests = Number(values.requests);

const env = await startEnvironment(engine, `backcast_profile_${size.toLowerCase()}`, values['pg-url'], {
  readCacheBytes: 0,
});
try {
  const load = await loadWorkload(env.sql, workloadOf(size), env.admin);
  await env.analyze();
  const samples = drawSamples(`profile:${size}`, load.projects, load.endAt, requests);
  const query = treeQuery(false);
  const vars = (s: (typeof samples)[number]) => ({ id: s.projectId, branch: s.branch, asOf: s.asOf.toISOString() });
  for (const s of samples.slice(0, 3)) await env.client.expectOk(query, vars(s));
  collectGarbage();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const ms: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (const s of samples) {
    const started = process.hrtime.bigint();
    await env.client.expectOk(query, vars(s));
    ms.push(elapsedMs(started));
  }
  const cpu = process.cpuUsage(cpuBefore);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(values.out, JSON.stringify(profile));
  const nodes = profile.nodes as ProfileNode[];
  const total = nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
  const byFunction = new Map<string, number>();
  for (const n of nodes) {
    const { functionName, url, lineNumber } = n.callFrame;
    const file = url.replace(/^.*\/(node_modules\/)?/, (m) => (m.includes('node_modules') ? 'nm/' : ''));
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (n.hitCount ?? 0));
  }
  const top = [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
  process.stdout.write(
    `${size} on ${engine}: ${requests} tree reads, p50 ${summarize(ms).p50} ms, CPU of this process (server and client) ${round((cpu.user + cpu.system) / 1000 / requests, 1)} ms per read; profile in ${values.out}\n`,
  );
  for (const [name, hits] of top) process.stdout.write(`${round((100 * hits) / total, 1)}%\t${name}\n`);
} finally {
  await env.close();
}
