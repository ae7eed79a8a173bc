import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { lockDataFolder } from './db/data-folder-lock.js';
import { migrateUp } from './db/migrate.js';
import { openDatabase, type Database } from './db/orm.js';
import { ensureInitialUsers, type CreatedLogin } from './setup/bootstrap-users.js';
import { seedDemo } from './setup/seed/demo.js';
import { Sql } from './db/sql.js';
import { findFirstProject } from './http/demo-project.js';
import type { FirstRun } from './http/first-run-guide.js';
import { createHttpServer } from './http/server.js';
import { createLogger, type Logger } from './logger.js';

export interface App {
  config: Config;
  db: Database;
  logger: Logger;
  url: string;
  /** For the first-run guide: logins this start created, the project to try. */
  firstRun: FirstRun;
  /** Stops accepting requests, lets in-flight ones finish, then closes the database. */
  close(): Promise<void>;
}

/** Opens the database, migrates, creates the first users and demo data, and starts listening. */
export async function bootstrap(config: Config, options: { logger?: Logger } = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config);
  // The embedded engine's folder is this process's alone until it stops (src/db/data-folder-lock.ts).
  const lock =
    config.databaseUrl === null && config.dataDir !== ':memory:' ? lockDataFolder(config.dataDir, 'server') : null;
  let db: Database;
  try {
    db = await openDatabase(config);
  } catch (error) {
    lock?.release();
    throw error;
  }
  try {
    if (config.migrateOnStart) {
      const applied = await migrateUp(db);
      if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    }
    const newLogins: CreatedLogin[] = [];
    const admin = await ensureInitialUsers(db, config, logger, newLogins);
    if (config.seedDemo && admin !== null) await seedDemo(db, admin, logger, newLogins);
    const project = await findFirstProject(new Sql(db.em.fork()));
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
      firstRun: { newLogins, project },
      close: () => {
        closing ??= (async () => {
          await apollo.stop();
          try {
            await db.close();
          } finally {
            lock?.release();
          }
        })();
        return closing;
      },
    };
  } catch (error) {
    try {
      await db.close();
    } finally {
      lock?.release();
    }
    throw error;
  }
}
