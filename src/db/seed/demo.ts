import type { Actor } from '../../auth/roles.js';
import type { Logger } from '../../logger.js';
import type { Database } from '../orm.js';

/** Placeholder replaced by the demo generator (in progress in this session). */
export async function seedDemo(_db: Database, _admin: Actor, _logger: Logger): Promise<void> {
  throw new Error('demo seeding is not implemented yet');
}
