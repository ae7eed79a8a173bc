import type { Sql } from '../db/sql.js';
import { BadInputError, NotFoundError } from '../shared/errors.js';

/** The project an entity belongs to; identities never move between projects. */
export async function projectOf(sql: Sql, entityId: string, field?: string): Promise<string> {
  const row = await sql.one<{ project_id: string }>('SELECT project_id FROM entity WHERE id = $1', [entityId]);
  if (row === null) {
    if (field !== undefined) throw BadInputError.field(field, `${entityId} does not exist`);
    throw NotFoundError.entity('entity', entityId);
  }
  return row.project_id;
}
