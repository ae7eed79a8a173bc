import { coreSchema, type DatabaseSchema } from '../db/orm.js';
import { ALL_KINDS } from './kinds.js';

/**
 * The whole schema the database is opened with: the database layer's own tables and
 * migrations, plus the version table and migrations of every registered kind that the
 * database layer does not declare itself. Migrations run in the order of their names
 * (their timestamps), wherever they are listed.
 */
export const databaseSchema: DatabaseSchema = {
  entities: [...new Set([...coreSchema.entities, ...ALL_KINDS.map((kind) => kind.entity)])],
  migrations: [...coreSchema.migrations, ...ALL_KINDS.flatMap((kind) => kind.migrations ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name),
  ),
};
