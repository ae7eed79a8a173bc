import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { migrateUp } from './db/migrate.js';
import { openDatabase, type Database } from './db/orm.js';
import { ensureInitialUsers } from './setup/bootstrap-users.js';
import { seedDemo } from './setup/seed/demo.js';
import { createHttpServer } from './http/server.js';
import { createLogger, type Logger } from './logger.js';

export interface App {
  config: Config;
  db: Database;
  logger: Logger;
  url: string;
  /** Stops accepting requests, lets in-flight ones finish, then closes the database. */
  close(): Promise<void>;
}

/** Opens the database, migrates, creates the first users and demo data, and starts listening. */
export async function bootstrap(config: Config, options: { logger?: Logger } = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config);
  const db = await openDatabase(config);
  try {
    if (config.migrateOnStart) {
      const applied = await migrateUp(db);
      if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    }
    const admin = await ensureInitialUsers(db, config, logger);
    if (config.seedDemo && admin !== null) await seedDemo(db, admin, logger);
    const { server, apollo } = await createHttpServer(config, db, logger);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    let closing: Promise<void> | null = null;
    return {
      config,
      db,
      logger,
      url,
      close: () => {
        closing ??= (async () => {
          await apollo.stop();
          await db.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
