import 'reflect-metadata';
import { bootstrap } from './app.js';
import { isFirstProcess, isWorker, processCount, runPrimary } from './cluster.js';
import { ConfigError, loadConfig } from './config.js';
import { explainDataFolderFailure } from './db/data-folder-errors.js';
import { loadEnvFile } from './env-file.js';
import { renderFirstRunGuide } from './http/first-run-guide.js';
import { createLogger } from './logger.js';

/** Process entry: `.env`, configuration, bootstrap, the first-run guide, and a graceful stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    loadEnvFile();
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config);
  if (!isWorker()) {
    const count = processCount(config, logger);
    if (count > 1) {
      runPrimary(count, config, logger);
      return;
    }
  }
  let app;
  try {
    app = await bootstrap(config, { logger });
  } catch (error) {
    logger.fatal({ err: error }, error instanceof Error ? error.message : 'start failed');
    const explained = config.databaseUrl === null ? explainDataFolderFailure(config.dataDir, error) : null;
    process.stderr.write(
      `Backcast EVS could not start: ${explained ?? (error instanceof Error ? error.message : String(error))}\n`,
    );
    process.exit(1);
  }
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => {
      logger.error('shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    app
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  logger.info({ url: `${app.url}/graphql`, engine: app.db.engine }, 'Backcast EVS is listening');
  // Plain text for the person at the terminal, once per start (after the signal handlers: a
  // Ctrl+C right after it still stops gracefully); the JSON logs go on beside it.
  if (isFirstProcess())
    process.stdout.write(renderFirstRunGuide({ url: app.url, engine: app.db.engine, config, firstRun: app.firstRun }));
}

await main();
