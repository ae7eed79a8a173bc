import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Where the suite runs: PostgreSQL when TEST_DATABASE_URL is set, else embedded PGlite in memory. */
export const testEngine: 'postgresql' | 'pglite' = process.env['TEST_DATABASE_URL'] ? 'postgresql' : 'pglite';

export interface TestDatabase {
  /** DATABASE_URL for the app, or null for an in-memory PGlite. */
  url: string | null;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A fresh, empty database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (adminUrl === undefined || adminUrl === '') return { url: null, drop: async () => {} };
  const name = `backcast_test_${process.env['VITEST_POOL_ID'] ?? '0'}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: withDatabase(adminUrl, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
