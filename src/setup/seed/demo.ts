import {
  approveChangeOrder,
  createChangeOrder,
  rejectChangeOrder,
  submitChangeOrder,
  withdrawChangeOrder,
} from '../../domain/change-order/change-order.service.js';
import { requireBranch } from '../../domain/branch/branch.service.js';
import { createCostElement, updateCostElement } from '../../domain/cost-element/cost-element.service.js';
import { CostElementKind, ProjectKind } from '../../domain/kinds.js';
import { requireRef } from '../../versioning/read-point.js';
import { loadAt } from '../../versioning/store.js';
import { randomBytes } from 'node:crypto';
import type { Actor, Role } from '../../auth/roles.js';
import { insertUser, loadProfiles } from '../../domain/user/user.service.js';
import type { Logger } from '../../logger.js';
import type { CreatedLogin } from '../bootstrap-users.js';
import type { Database } from '../../db/orm.js';
import { Node, User } from '../../db/entities/index.js';
import { Sql } from '../../db/sql.js';
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
 * so it is safe on every start. New users' passwords go to `newLogins`. Returns what it
 * created, or null.
 */
export async function seedDemo(
  db: Database,
  admin: Actor,
  logger: Logger,
  newLogins: CreatedLogin[],
): Promise<GeneratedProject | null> {
  const sql = new Sql(db.em.fork());
  if (await sql.repository(Node).anyOfType(ProjectKind.type)) {
    logger.debug('demo data not added: the database already has a project');
    return null;
  }
  const started = performance.now();
  const users = await ensureDemoUsers(sql, admin, newLogins);
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
  const changeOrders = await seedChangeOrders(sql, project.projectId, { editor, manager });
  logger.info(
    {
      projectId: project.projectId,
      changeOrders,
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
 * Three change orders on the demo project, each with a coherent review trail: one approved
 * (merged into main, for the head the manager reviewed), one rejected, and one withdrawn for
 * more work and submitted again, waiting for a decision, so reviewers have a diff to look at.
 */
async function seedChangeOrders(
  sql: Sql,
  projectId: string,
  people: { editor: Actor; manager: Actor },
): Promise<string[]> {
  const point = await requireRef(sql, projectId, { branch: 'main' });
  if (point === null) return [];
  const elements = (await loadAt(sql, CostElementKind, point, { by: 'project' })).sort((a, b) =>
    a.state.code.localeCompare(b.state.code),
  );
  const [first, second, third] = elements;
  if (first === undefined || second === undefined || third === undefined) return [];
  const raise = (budget: string, percent: bigint) => {
    const cents = BigInt(budget.replace('.', ''));
    const raised = (cents * (100n + percent)) / 100n;
    return `${raised / 100n}.${(raised % 100n).toString().padStart(2, '0')}`;
  };

  const pumps = await createChangeOrder(sql, people.editor, {
    projectId,
    code: 'CO-001',
    title: 'Upgrade cooling water pumps',
    description: 'Larger pumps after the hydraulic review; budget moves from contingency.',
  });
  await updateCostElement(sql, people.editor, {
    id: first.id,
    input: { budget: raise(first.state.budget, 12n) },
    branch: pumps.branch,
    expectedVersion: null,
    message: 'Pumps: larger motors',
  });
  await submitChangeOrder(sql, people.editor, pumps.id);
  const reviewed = await requireBranch(sql, projectId, pumps.branch);
  await approveChangeOrder(sql, people.manager, pumps.id, 'Approved at the steering committee', reviewed.headCommitId);

  const insulation = await createChangeOrder(sql, people.editor, {
    projectId,
    code: 'CO-002',
    title: 'Thicker pipe insulation',
    description: 'Heavier insulation on the steam lines; the energy audit found it unnecessary.',
  });
  await updateCostElement(sql, people.editor, {
    id: third.id,
    input: { budget: raise(third.state.budget, 3n) },
    branch: insulation.branch,
    expectedVersion: null,
    message: 'Insulation: heavier grade',
  });
  await submitChangeOrder(sql, people.editor, insulation.id);
  await rejectChangeOrder(
    sql,
    people.manager,
    insulation.id,
    'The energy audit shows the current insulation is sufficient',
    (await requireBranch(sql, projectId, insulation.branch)).headCommitId,
  );

  const exchanger = await createChangeOrder(sql, people.editor, {
    projectId,
    code: 'CO-003',
    title: 'Add a heat-recovery exchanger',
    description: 'Recovers heat from the reactor off-gas; adds equipment and installation work.',
  });
  await createCostElement(sql, people.editor, {
    input: {
      wbeId: second.state.wbeId,
      code: `${second.state.code}-HX`,
      name: 'Heat-recovery exchanger',
      costType: 'EQUIPMENT',
      budget: '184500.00',
      plannedStart: second.state.plannedStart,
      plannedEnd: second.state.plannedEnd,
    },
    branch: exchanger.branch,
    message: 'Exchanger: equipment',
  });
  // Submitted without the piping, withdrawn to add it, then submitted again.
  await submitChangeOrder(sql, people.editor, exchanger.id);
  await withdrawChangeOrder(sql, people.editor, exchanger.id, 'The piping to the exchanger is missing');
  await updateCostElement(sql, people.editor, {
    id: third.id,
    input: { budget: raise(third.state.budget, 5n) },
    branch: exchanger.branch,
    expectedVersion: null,
    message: 'Exchanger: extra piping',
  });
  await submitChangeOrder(sql, people.editor, exchanger.id);
  return [pumps.code, insulation.code, exchanger.code];
}

/**
 * Creates the demo users that do not exist yet, adding each new password to `newLogins` (as the
 * demo admin's is). Returns the active users with the demo e-mails by role, new or not.
 */
async function ensureDemoUsers(sql: Sql, admin: Actor, newLogins: CreatedLogin[]): Promise<Map<Role, Actor>> {
  const ids: string[] = [];
  for (const user of DEMO_USERS) {
    const existing = await sql.repository(User).idByEmail(user.email);
    if (existing !== null) {
      ids.push(existing);
      continue;
    }
    const password = randomBytes(12).toString('base64url');
    const profile = await insertUser(sql, { ...user, password }, admin.id);
    ids.push(profile.id);
    newLogins.push({ email: user.email, role: user.role, password });
  }
  const byRole = new Map<Role, Actor>();
  for (const profile of await loadProfiles(sql, ids, null)) {
    if (profile.isActive) byRole.set(profile.role, { id: profile.id, role: profile.role });
  }
  return byRole;
}
