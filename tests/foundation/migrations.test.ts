import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDown, migrateUp } from '../../src/db/migrate.js';
import { openDatabase, type Database } from '../../src/db/orm.js';
import { databaseSchema } from '../../src/domain/database-schema.js';
import { Sql } from '../../src/db/sql.js';
import { insertUser } from '../../src/domain/user/user.service.js';
import { createTestDatabase, testEngine, type TestDatabase } from '../helpers/database.js';

describe('migrations on a fresh database', () => {
  let database: TestDatabase;
  let db: Database;
  let sql: Sql;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDatabase({ databaseUrl: database.url, dataDir: ':memory:', dbPoolSize: 2 }, databaseSchema);
    sql = new Sql(db.em.fork());
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  async function tables(): Promise<string[]> {
    const rows = await sql.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name <> 'schema_migration' ORDER BY 1`,
    );
    return rows.map((r) => r.name);
  }

  async function functions(): Promise<string[]> {
    const rows = await sql.query<{ name: string }>(
      `SELECT routine_name AS name FROM information_schema.routines WHERE routine_schema = current_schema() ORDER BY 1`,
    );
    return rows.map((r) => r.name);
  }

  let schemaAfterFirstUp: string[];

  it(`goes up on an empty ${testEngine} database`, async () => {
    expect(await tables()).toEqual([]);
    const applied = await migrateUp(db);
    expect(applied.length).toBeGreaterThan(0);
    schemaAfterFirstUp = await tables();
    expect(schemaAfterFirstUp).toEqual(
      expect.arrayContaining([
        'app_user',
        'user_version',
        'project_commit',
        'branch',
        'entity',
        'project_version',
        'wbe_version',
        'cost_element_version',
      ]),
    );
    expect(await migrateUp(db)).toEqual([]);
  });

  it('goes down to an empty schema', async () => {
    for (let step = 0; step < 100; step += 1) {
      if ((await migrateDown(db)).length === 0) break;
    }
    expect(await tables()).toEqual([]);
    expect(await functions()).toEqual([]);
  });

  it('goes up again to the same schema', async () => {
    expect((await migrateUp(db)).length).toBeGreaterThan(0);
    expect(await tables()).toEqual(schemaAfterFirstUp);
  });

  it('refuses to UPDATE or DELETE a version row, in the database itself', async () => {
    const user = await insertUser(
      sql,
      { email: 'history@test.local', password: 'long-enough-password', fullName: 'History', role: 'VIEWER' },
      null,
    );
    await expect(
      sql.query('UPDATE user_version SET full_name = $1 WHERE user_id = $2', ['Rewritten', user.id]),
    ).rejects.toThrow(/history/);
    await expect(sql.query('DELETE FROM user_version WHERE user_id = $1', [user.id])).rejects.toThrow(/history/);
    const rows = await sql.query('SELECT full_name, version FROM user_version WHERE user_id = $1', [user.id]);
    expect(rows).toEqual([{ full_name: 'History', version: 1 }]);
  });
});
