import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Branch, ChangeOrder, Commit, LoginThrottle, Node, User } from '../../src/db/entities/index.js';
import { migrateUp } from '../../src/db/migrate.js';
import { openDatabase, type Database } from '../../src/db/orm.js';
import { BranchRepository } from '../../src/db/repositories/branch.repository.js';
import { ChangeOrderRepository } from '../../src/db/repositories/change-order.repository.js';
import { databaseSchema } from '../../src/domain/database-schema.js';
import { CommitRepository } from '../../src/db/repositories/commit.repository.js';
import { LoginThrottleRepository } from '../../src/db/repositories/login-throttle.repository.js';
import { UserRepository } from '../../src/db/repositories/user.repository.js';
import { VersionRepository } from '../../src/db/repositories/version.repository.js';
import { notifyStatement } from '../../src/db/notifications.js';
import { Sql } from '../../src/db/sql.js';
import { newId } from '../../src/versioning/ids.js';
import { createTestDatabase, testEngine, type TestDatabase } from '../helpers/database.js';

describe(`custom repositories on ${testEngine}`, () => {
  let database: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDatabase({ databaseUrl: database.url, dataDir: ':memory:', dbPoolSize: 2 }, databaseSchema);
    await migrateUp(db);
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  it('gives each family its own repository through em.getRepository', () => {
    const sql = new Sql(db.em.fork());
    expect(sql.repository(User)).toBeInstanceOf(UserRepository);
    expect(sql.repository(Commit)).toBeInstanceOf(CommitRepository);
    expect(sql.repository(LoginThrottle)).toBeInstanceOf(LoginThrottleRepository);
    expect(sql.repository(Node)).toBeInstanceOf(VersionRepository);
    expect(sql.repository(Branch)).toBeInstanceOf(BranchRepository);
    expect(sql.repository(ChangeOrder)).toBeInstanceOf(ChangeOrderRepository);
  });

  it('reads a version table the engine names at run time, one counted statement per call', async () => {
    const sql = new Sql(db.em.fork());
    const table = { table: 'wbe_version', fields: [{ name: 'code', column: 'code', type: 'text' as const }] };
    const versions = sql.repository(Node);
    expect(await versions.everHolding(table.table, 'code', ['no-such-code'], newId())).toEqual([]);
    expect(
      await versions.versionsAt(table, newId(), [{ branch: 'main', maxSeq: 10 }], { by: 'ids', ids: [newId()] }, true),
    ).toEqual([]);
    expect(await sql.repository(Branch).lineages([newId()], 'main', new Date())).toEqual([]);
    expect(sql.counter.count).toBe(3);
  });

  it('names a notification channel only as an identifier it has checked', () => {
    expect(() => notifyStatement('events; DROP TABLE entity', '{}')).toThrow(TypeError);
  });

  it("counts a repository's statements as the request's, one per call", async () => {
    const sql = new Sql(db.em.fork());
    await sql.repository(User).userCount();
    await sql.repository(Commit).crossEdges(newId());
    expect(sql.counter.count).toBe(2);
  });

  it("runs a repository's statements in the transaction of the fork it came from", async () => {
    const sql = new Sql(db.em.fork());
    const before = await sql.repository(User).userCount();
    await expect(
      sql.transaction(async (tx) => {
        await tx.repository(User).insertIdentity(newId(), 'rolled-back@example.com', 'x', new Date());
        expect(await tx.repository(User).userCount()).toBe(before + 1);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await sql.repository(User).userCount()).toBe(before);
  });

  it('refuses to run statements for an entity manager that no Sql counts', async () => {
    const repository = db.em.fork().getRepository(User);
    await expect(repository.userCount()).rejects.toThrow(/not opened through Sql/);
  });
});
