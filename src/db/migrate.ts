import type { Database } from './orm.js';

export class MigrationFailedError extends Error {
  constructor(cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Database migration failed, nothing was applied: ${reason}`, { cause });
    this.name = 'MigrationFailedError';
  }
}

/** Applies every pending migration, all or nothing. Returns the names applied. */
export async function migrateUp(db: Database): Promise<string[]> {
  try {
    const done = await db.orm.migrator.up();
    return done.map((m) => m.name);
  } catch (error) {
    throw new MigrationFailedError(error);
  }
}

/** Reverts the latest applied migration. */
export async function migrateDown(db: Database): Promise<string[]> {
  const done = await db.orm.migrator.down();
  return done.map((m) => m.name);
}
