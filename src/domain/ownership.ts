import { Node } from '../db/entities/index.js';
import type { Sql } from '../db/sql.js';
import { BadInputError, NotFoundError } from '../shared/errors.js';

/** The project an entity belongs to; identities never move between projects. */
export async function projectOf(sql: Sql, entityId: string, field?: string): Promise<string> {
  const projectId = await sql.repository(Node).projectOf(entityId);
  if (projectId === null) {
    if (field !== undefined) throw BadInputError.field(field, `${entityId} does not exist`);
    throw NotFoundError.entity('entity', entityId);
  }
  return projectId;
}
