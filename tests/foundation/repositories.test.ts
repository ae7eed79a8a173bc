import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Commit, LoginThrottle, User } from '../../src/db/entities/index.js';
import { migrateUp } from '../../src/db/migrate.js';
import { openDatabase, type Database } from '../../src/db/orm.js';
import { databaseSchema } from '../../src/domain/database-schema.js';
import { CommitRepository } from '../../src/db/repositories/commit.repository.js';
import { LoginThrottleRepository } from '../../src/db/repositories/login-throttle.repository.js';
import { UserRepository } from '../../src/db/repositories/user.repository.js';
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
