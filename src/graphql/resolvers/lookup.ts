import { Node } from '../../db/entities/index.js';
import type { EntityTypeName } from '../../versioning/types.js';
import type { Context } from '../context.js';

/** The project of an entity of the given type, or null when no such entity was ever created. */
export async function projectOfOrNull(ctx: Context, id: string, type: EntityTypeName): Promise<string | null> {
  return ctx.sql.repository(Node).projectOf(id, type);
}
