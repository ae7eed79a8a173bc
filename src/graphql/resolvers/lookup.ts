import type { EntityTypeName } from '../../versioning/types.js';
import type { Context } from '../context.js';

/** The project of an entity of the given type, or null when no such entity was ever created. */
export async function projectOfOrNull(ctx: Context, id: string, type: EntityTypeName): Promise<string | null> {
  const row = await ctx.sql.one<{ project_id: string }>(
    'SELECT project_id FROM entity WHERE id = $1 AND entity_type = $2',
    [id, type],
  );
  return row?.project_id ?? null;
}
