import cluster, { type Worker } from 'node:cluster';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

/**
 * Several API processes on one port (WEB_CONCURRENCY, docs/decisions/0018): the primary only
 * forks and supervises; every worker is a whole server (src/app.ts) with its own pool, loaders
 * and read cache, and the kernel's connections are handed out among them by node:cluster.
 * The first worker starts alone (it applies migrations and creates the first users), the
 * others once it listens, so that no two processes migrate at once.
 */

/** Set in each worker: its number, 1..N (the first prints the first-run guide). */
export const WORKER_ENV = 'BACKCAST_WORKER';

/** How many processes to run; the embedded engine's database belongs to one process only. */
export function processCount(config: Config, logger: Logger): number {
  if (config.processes > 1 && config.databaseUrl === null) {
    logger.warn(
      { requested: config.processes },
      'WEB_CONCURRENCY > 1 needs PostgreSQL (DATABASE_URL): the embedded PGlite database can be opened by one process only; starting one process',
    );
    return 1;
  }
  return config.processes;
}

export function isWorker(): boolean {
  return cluster.isWorker;
}

/** The first worker (or the only process) is the one that talks to the person at the terminal. */
export function isFirstProcess(): boolean {
  return !cluster.isWorker || process.env[WORKER_ENV] === '1';
}

/** Runs the primary: forks `count` workers, replaces any that dies, forwards SIGTERM/SIGINT. */
export function runPrimary(count: number, config: Config, logger: Logger): void {
  let stopping = false;
  let exitCode = 0;
  const listening = new Set<Worker>();
  const fork = (index: number): Worker => {
    const worker = cluster.fork({ [WORKER_ENV]: String(index) });
    worker.once('listening', () => {
      listening.add(worker);
      if (index === 1 && listening.size === 1) for (let i = 2; i <= count; i += 1) fork(i);
    });
    worker.once('exit', (code, signal) => {
      const served = listening.delete(worker);
      if (stopping) {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
        return;
      }
      if (!served) {
        // It never listened: a bad configuration or an unreachable database; the next would fail alike.
        logger.fatal({ worker: index, code, signal }, 'an API process failed to start; stopping');
        stopping = true;
        exitCode = 1;
        for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
        return;
      }
      logger.error({ worker: index, code, signal }, 'an API process exited; starting another');
      fork(index);
    });
    return worker;
  };
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, processes: count }, 'shutting down the API processes');
    // SIGTERM whatever came in: a Ctrl+C has already sent SIGINT to the workers themselves,
    // and each stops gracefully once per signal name.
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs + 1_000);
    timer.unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  logger.info({ processes: count, port: config.port }, 'starting API processes');
  fork(1);
}
