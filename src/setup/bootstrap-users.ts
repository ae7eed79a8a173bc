import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import type { Actor, Role } from '../auth/roles.js';
import { countUsers, insertUser } from '../domain/user/user.service.js';
import type { Logger } from '../logger.js';
import type { Database } from '../db/orm.js';
import { User } from '../db/entities/index.js';
import { Sql } from '../db/sql.js';

export const DEMO_ADMIN_EMAIL = 'admin@backcast.local';

/** A login created at this start with a generated password: shown once (never logged, never stored in clear). */
export interface CreatedLogin {
  email: string;
  role: Role;
  password: string;
}

/** The table of new logins, one line each, as the first-run guide and `npm run seed` print it. */
export function formatLogins(logins: readonly CreatedLogin[], indent = '    '): string {
  return logins.map((l) => `${indent}${l.email.padEnd(26)} ${l.role.padEnd(8)} ${l.password}`).join('\n');
}

/**
 * On an empty user table: the configured admin, or (embedded engine, nothing configured) a
 * demo admin whose generated password is added to `newLogins` (to be shown once). Returns an
 * admin to seed data as.
 */
export async function ensureInitialUsers(
  db: Database,
  config: Config,
  logger: Logger,
  newLogins: CreatedLogin[],
): Promise<Actor | null> {
  const sql = new Sql(db.em.fork());
  if ((await countUsers(sql)) > 0) {
    const id = await sql.repository(User).firstActiveAdmin();
    return id === null ? null : { id, role: 'ADMIN' };
  }
  if (config.adminEmail !== null && config.adminPassword !== null) {
    const admin = await insertUser(
      sql,
      { email: config.adminEmail, password: config.adminPassword, fullName: 'Administrator', role: 'ADMIN' },
      null,
    );
    logger.info({ email: admin.email }, 'initial admin created from ADMIN_EMAIL');
    return { id: admin.id, role: 'ADMIN' };
  }
  if (db.engine !== 'pglite' || config.nodeEnv === 'test') {
    logger.warn('no users exist: set ADMIN_EMAIL and ADMIN_PASSWORD to create the first admin');
    return null;
  }
  const password = randomBytes(12).toString('base64url');
  const admin = await insertUser(
    sql,
    { email: DEMO_ADMIN_EMAIL, password, fullName: 'Demo Administrator', role: 'ADMIN' },
    null,
  );
  newLogins.push({ email: DEMO_ADMIN_EMAIL, role: 'ADMIN', password });
  return { id: admin.id, role: 'ADMIN' };
}
