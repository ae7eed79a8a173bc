import { randomBytes } from 'node:crypto';
import type { Actor, Role } from '../../auth/roles.js';
import { insertUser, loadProfiles } from '../../domain/user/user.service.js';
import type { Logger } from '../../logger.js';
import type { Database } from '../orm.js';
import { Sql } from '../sql.js';
import { generateProject, type GeneratedProject } from './generator.js';
import { DEMO_SHAPE } from './shape.js';

export const DEMO_PROJECT_CODE = 'CHP-120';

/** The demo's users besides the admin: one per role, so each role can be tried out. */
const DEMO_USERS: readonly { email: string; fullName: string; role: Exclude<Role, 'ADMIN'> }[] = [
  { email: 'manager@backcast.local', fullName: 'Maria Manager', role: 'MANAGER' },
  { email: 'editor@backcast.local', fullName: 'Erik Editor', role: 'EDITOR' },
  { email: 'viewer@backcast.local', fullName: 'Vera Viewer', role: 'VIEWER' },
];

/**
 * Fills an empty database with a demo: users for each role and a chemical plant project with
 * a year of history and a branch with pending changes. Does nothing when any project exists,
 * so it is safe on every start. Returns what it created, or null.
 */
export async function seedDemo(db: Database, admin: Actor, logger: Logger): Promise<GeneratedProject | null> {
  const sql = new Sql(db.em.fork());
  const existing = await sql.one(`SELECT 1 AS found FROM entity WHERE entity_type = 'Project' LIMIT 1`);
  if (existing !== null) {
    logger.debug('demo data not added: the database already has a project');
    return null;
  }
  const started = performance.now();
  const users = await ensureDemoUsers(sql, admin);
  const manager = users.get('MANAGER') ?? admin;
  const editor = users.get('EDITOR') ?? admin;
  const project = await generateProject(sql, DEMO_SHAPE, {
    seed: 'backcast-demo',
    code: DEMO_PROJECT_CODE,
    name: 'Specialty chemicals plant, 120 kt/a',
    author: manager,
    actualsAuthorId: editor.id,
    branchAuthorId: editor.id,
  });
  logger.info(
    {
      projectId: project.projectId,
      code: project.code,
      ...project.entities,
      commits: project.commits,
      versionRows: project.versionRows,
      branch: project.branch?.name ?? null,
      users: [...users.values()].length,
      ms: Math.round(performance.now() - started),
    },
    'demo data created',
  );
  return project;
}

/**
 * Creates the demo users that do not exist yet, printing each new password once (as the demo
 * admin's is). Returns the active users with the demo e-mails by role, new or not.
 */
async function ensureDemoUsers(sql: Sql, admin: Actor): Promise<Map<Role, Actor>> {
  const created: string[] = [];
  const ids: string[] = [];
  for (const user of DEMO_USERS) {
    const row = await sql.one<{ id: string }>('SELECT id FROM app_user WHERE lower(email) = lower($1)', [user.email]);
    if (row !== null) {
      ids.push(row.id);
      continue;
    }
    const password = randomBytes(12).toString('base64url');
    const profile = await insertUser(sql, { ...user, password }, admin.id);
    ids.push(profile.id);
    created.push(`    ${user.email.padEnd(24)} ${user.role.padEnd(8)} ${password}`);
  }
  if (created.length > 0) {
    // Printed once, on stdout, never logged: the logs may be shipped elsewhere.
    process.stdout.write(`\n  Demo users created (passwords shown only this once):\n${created.join('\n')}\n\n`);
  }
  const byRole = new Map<Role, Actor>();
  for (const profile of await loadProfiles(sql, ids, null)) {
    if (profile.isActive) byRole.set(profile.role, { id: profile.id, role: profile.role });
  }
  return byRole;
}
