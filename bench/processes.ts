import { spawn } from 'node:child_process';
import net from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH_ADMIN } from './environment.js';
import { GraphQLClient } from './http.js';
import { timeConcurrent, type ConcurrencyResult, type ReadSample } from './measure.js';

const ROOT = resolve(import.meta.dirname, '..');
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** Throughput of the API as its own process(es) (WEB_CONCURRENCY), read cache off. */
export interface ProcessesResult extends ConcurrencyResult {
  processes: number;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/**
 * Starts `src/main.ts` with WEB_CONCURRENCY=`processes` on the bench's PostgreSQL database
 * (its own processes, so the server no longer shares one with the client), waits until every
 * worker listens, logs in and times `samples` at `clients` clients. READ_CACHE_MB=0: every
 * read executes, these are uncached figures.
 */
export async function timeProcesses(
  databaseUrl: string,
  processes: number,
  samples: readonly ReadSample[],
  clients: number,
): Promise<ProcessesResult> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', TSX_LOADER, join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.json'),
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SEED_DEMO: 'false',
      READ_CACHE_MB: '0',
      WEB_CONCURRENCY: String(processes),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await new Promise<void>((done, fail) => {
      let listening = 0;
      let tail = '';
      const timer = setTimeout(() => fail(new Error(`the API did not start within 90 s:\n${tail}`)), 90_000);
      const read = (chunk: Buffer) => {
        const text = chunk.toString();
        tail = (tail + text).slice(-4000);
        listening += text.split('Backcast EVS is listening').length - 1;
        if (listening >= processes) {
          clearTimeout(timer);
          done();
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.once('exit', (code) => fail(new Error(`the API exited (${code}) before listening:\n${tail}`)));
    });
    const client = new GraphQLClient(new URL(`http://127.0.0.1:${port}/graphql`));
    try {
      await client.login(BENCH_ADMIN.email, BENCH_ADMIN.password);
      // Warm-up: every worker compiles the query and fills its pool before the timed run.
      await timeConcurrent(client, samples.slice(0, clients * 2), clients);
      return { processes, ...(await timeConcurrent(client, samples, clients)) };
    } finally {
      client.close();
    }
  } finally {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
}
