import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { lockDataFolder } from './db/data-folder-lock.js';
import { migrateUp } from './db/migrate.js';
import { openDatabase, type Database } from './db/orm.js';
import { databaseSchema } from './domain/database-schema.js';
import { EventBus, logEvents } from './events/event-bus.js';
import { listenForEvents, type EventListener } from './events/pg-listener.js';
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
  /** This process's domain events: its own commits, and on PostgreSQL every other process's. */
  events: EventBus;
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
  let listener: EventListener | null = null;
  try {
    db = await openDatabase(config, databaseSchema);
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
    const events = new EventBus(db.engine === 'postgresql', logger);
    logEvents(events, logger);
    // PostgreSQL is the broker; the embedded engine has one process, and the bus is enough.
    listener = config.databaseUrl === null ? null : listenForEvents(config.databaseUrl, events, logger);
    await listener?.ready;
    const { server, apollo, live } = await createHttpServer(config, db, events, logger);
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
      events,
      logger,
      url,
      firstRun: { newLogins, project },
      close: () => {
        closing ??= (async () => {
          // Subscribers first (1001 Going Away): they would otherwise hold the HTTP drain open.
          await live.close();
          await apollo.stop();
          await listener?.close();
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
    await listener?.close();
    try {
      await db.close();
    } finally {
      lock?.release();
    }
    throw error;
  }
}
