import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateUp } from '../../src/db/migrate.js';
import { openDatabase, type Database } from '../../src/db/orm.js';
import { databaseSchema } from '../../src/domain/database-schema.js';
import { ALL_KINDS } from '../../src/domain/kinds.js';
import { Sql } from '../../src/db/sql.js';
import { createTestDatabase, testEngine, type TestDatabase } from '../helpers/database.js';

/** One version table per registered kind (src/domain/kinds.ts). */
const VERSION_TABLES = ALL_KINDS.map((kind) => kind.table);
/** Tables whose rows are history: the migrations give each an append-only and a no-truncate trigger. */
const APPEND_ONLY = [
  'user_version',
  'project_commit',
  'branch_base',
  'entity',
  ...VERSION_TABLES,
  'change_order_transition',
];

/**
 * What the schema comparison proposes although entities and migrations agree, each with why.
 * Anything else it proposes is a real difference: an entity or a migration is wrong.
 */
const EXPECTED_DIFFERENCES = [
  // MikroORM 7.2.1 reads the stored `(0)::double precision` back as `0 precision` (its
  // PostgreSQL schema helper strips only one-word casts), so this check always looks changed.
  'alter table "progress_entry_version" drop constraint "progress_entry_version_percent_complete_check";',
  'alter table "progress_entry_version" add constraint "progress_entry_version_percent_complete_check" check (percent_complete >= (0)::double precision and percent_complete <= (100)::double precision);',
];

/**
 * The triggers entity metadata cannot say (they share the plpgsql functions
 * reject_history_change and check_version_order): they stay in the migrations, the ORM's
 * comparison ignores triggers (src/db/orm.ts), and this list holds them.
 */
const EXPECTED_TRIGGERS = [
  ...APPEND_ONLY.flatMap((table) => [`${table}.${table}_append_only`, `${table}.${table}_no_truncate`]),
  ...VERSION_TABLES.map((table) => `${table}.${table}_order`),
].sort();

describe(`entities describe the migrated ${testEngine} schema`, () => {
  let database: TestDatabase;
  let db: Database;
  let sql: Sql;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDatabase({ databaseUrl: database.url, dataDir: ':memory:', dbPoolSize: 2 }, databaseSchema);
    sql = new Sql(db.em.fork());
    await migrateUp(db);
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  it('has an entity for every table and a table for every entity', async () => {
    const rows = await sql.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_name <> 'schema_migration' ORDER BY 1`,
    );
    const declared = databaseSchema.entities.map((entity) => entity.meta.tableName).sort();
    expect(declared).toEqual(rows.map((r) => r.name));
  });

  it('leaves nothing for the schema comparison to change but the known differences', async () => {
    const diff = await db.orm.schema.getUpdateSchemaSQL({ wrap: false });
    const statements = diff
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    expect(statements).toEqual(EXPECTED_DIFFERENCES);
  });

  it('keeps the triggers the metadata cannot say in the migrations', async () => {
    const rows = await sql.query<{ name: string }>(
      `SELECT c.relname || '.' || t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE NOT t.tgisinternal AND n.nspname = current_schema() ORDER BY 1`,
    );
    expect(rows.map((r) => r.name)).toEqual(EXPECTED_TRIGGERS);
  });

  it('declares the version tables and the other history read-only, as the triggers make them', () => {
    const readOnly = databaseSchema.entities
      .filter((entity) => entity.meta.readonly === true)
      .map((entity) => entity.meta.tableName)
      .sort();
    expect(readOnly).toEqual([...APPEND_ONLY].sort());
  });
});
