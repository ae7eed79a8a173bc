import pg from 'pg';
import { bootstrap, type App } from '../src/app.js';
import type { Actor } from '../src/auth/roles.js';
import { loadConfig } from '../src/config.js';
import { Sql } from '../src/db/sql.js';
import type { Logger } from '../src/logger.js';
import type { QueryFn } from './floor.js';
import { GraphQLClient } from './http.js';

export type EngineName = 'postgresql' | 'pglite';

export const BENCH_ADMIN = { email: 'bench-admin@backcast.local', password: 'bench-admin-password' };

/**
 * The real server (src/app.ts bootstrap) on a fresh database, a logged-in client, and a
 * direct SQL handle for the floor: the pg driver on PostgreSQL, the app's own handle on PGlite
 * (one in-process connection, so nothing else could reach it).
 */
export interface BenchEnvironment {
  engine: EngineName;
  /** The bench database on PostgreSQL; null on PGlite (in memory, this process's only). */
  databaseUrl: string | null;
  app: App;
  client: GraphQLClient;
  /** Bound to the server's database, for loading the workload through the engine. */
  sql: Sql;
  admin: Actor;
  floorQuery: QueryFn;
  /** Lets the planner see the bulk-loaded tables, as autovacuum would after such a load. */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function startEnvironment(
  engine: EngineName,
  databaseName: string,
  pgBaseUrl: string,
  options: { logger?: Logger; readCacheBytes?: number } = {},
): Promise<BenchEnvironment> {
  let url: string | null = null;
  if (engine === 'postgresql') {
    const maintenance = new pg.Client({ connectionString: databaseUrl(pgBaseUrl, 'postgres') });
    await maintenance.connect();
    try {
      await maintenance.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      await maintenance.query(`CREATE DATABASE ${databaseName}`);
    } finally {
      await maintenance.end();
    }
    url = databaseUrl(pgBaseUrl, databaseName);
  }
  const config = {
    ...loadConfig({
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      ADMIN_EMAIL: BENCH_ADMIN.email,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
    }),
    databaseUrl: url,
    dataDir: ':memory:',
    port: 0,
    host: '127.0.0.1',
    ...(options.readCacheBytes === undefined ? {} : { readCacheBytes: options.readCacheBytes }),
  };
  const app = await bootstrap(config, options.logger === undefined ? {} : { logger: options.logger });
  const sql = new Sql(app.db.em.fork());
  const row = await sql.one<{ id: string }>('SELECT id FROM app_user WHERE lower(email) = lower($1)', [
    BENCH_ADMIN.email,
  ]);
  if (row === null) throw new Error('the bench admin was not created');
  const client = new GraphQLClient(new URL(`${app.url}/graphql`));
  await client.login(BENCH_ADMIN.email, BENCH_ADMIN.password);
  // As many connections as the API's pool (DB_POOL_SIZE default): the floor runs 8 clients too.
  const pool = url === null ? null : new pg.Pool({ connectionString: url, max: 10 });
  const floorQuery: QueryFn =
    pool === null
      ? (text, params) => sql.query(text, params)
      : async (text, params) => (await pool.query(text, [...params])).rows;
  return {
    engine,
    databaseUrl: url,
    app,
    client,
    sql,
    admin: { id: row.id, role: 'ADMIN' },
    floorQuery,
    analyze: async () => {
      await floorQuery('VACUUM ANALYZE', []);
    },
    close: async () => {
      client.close();
      await pool?.end();
      await app.close();
      if (url !== null) {
        const maintenance = new pg.Client({ connectionString: databaseUrl(pgBaseUrl, 'postgres') });
        await maintenance.connect();
        await maintenance.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
        await maintenance.end();
      }
    },
  };
}
