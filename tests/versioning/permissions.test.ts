/**
 * Versioned project data: who may write what, where. A refused write is FORBIDDEN and
 * leaves no commit behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/auth/roles.js';
import { recordProgress, registerCost } from '../../src/domain/actuals/actuals.service.js';
import { createBranch } from '../../src/domain/branch/branch.service.js';
import { createCostElement } from '../../src/domain/cost-element/cost-element.service.js';
import { createWbe } from '../../src/domain/wbs/wbe.service.js';
import {
  VersioningArchiveBranchDocument,
  VersioningBranchesDocument,
  VersioningCreateBranchDocument,
  VersioningCreateCostElementDocument,
  VersioningCreateProjectDocument,
  VersioningCreateWbeDocument,
  VersioningDeleteCostElementDocument,
  VersioningDeleteWbeDocument,
  VersioningRecordProgressDocument,
  VersioningRegisterCostDocument,
  VersioningUpdateCostElementDocument,
  VersioningUpdateProjectDocument,
  VersioningUpdateWbeDocument,
} from '../graphql/generated/graphql.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../helpers/test-app.js';
import { actorOf, commitCount, expectError, seedProject } from '../helpers/versioning.js';

let t: TestApp;
let projectId: string;
const BRANCH = 'perm';

beforeAll(async () => {
  t = await createTestApp();
  projectId = (await seedProject(t.sql, actorOf(t, 'ADMIN'))).id;
  await createBranch(t.sql, actorOf(t, 'ADMIN'), { projectId, name: BRANCH, from: null });
});

afterAll(async () => {
  await t?.close();
});

let counter = 0;
function code(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}`;
}

/** Fresh targets on `branch`, created as ADMIN through the services, so each case starts clean. */
async function freshWbe(branch: string): Promise<string> {
  return (
    await createWbe(t.sql, actorOf(t, 'ADMIN'), {
      projectId,
      input: { code: code('PW'), name: 'w' },
      branch,
      message: null,
    })
  ).id;
}

async function freshElement(branch: string): Promise<string> {
  const wbeId = await freshWbe(branch);
  const element = await createCostElement(t.sql, actorOf(t, 'ADMIN'), {
    input: {
      wbeId,
      code: code('PCE'),
      name: 'e',
      budget: '1.00',
      plannedStart: '2026-01-01',
      plannedEnd: '2026-01-31',
    },
    branch,
    message: null,
  });
  return element.id;
}

type Write = (token: string) => Promise<GraphQLResponse<unknown>>;

interface Operation {
  name: string;
  /** Whether the write targets a branch (then it is tried on main and on a branch). */
  onBranch: boolean;
  /** Commits a successful write makes. */
  commits: number;
  /** Roles allowed on main (or anywhere, for operations that take no branch) and on a branch. */
  allowed: { main: Role[]; branch: Role[] };
  prepare: (branch: string) => Promise<Write>;
}

const MANAGERS: Role[] = ['ADMIN', 'MANAGER'];
const EDITORS: Role[] = ['ADMIN', 'MANAGER', 'EDITOR'];
const PLAN = { main: MANAGERS, branch: EDITORS };
const ACTUALS = { main: EDITORS, branch: EDITORS };

const operations: Operation[] = [
  {
    name: 'createProject',
    onBranch: false,
    commits: 1,
    allowed: { main: MANAGERS, branch: MANAGERS },
    prepare: async () => (token) =>
      t.request(
        VersioningCreateProjectDocument,
        { input: { code: code('PP'), name: 'p', startDate: '2026-01-01', endDate: '2026-12-31' } },
        { token },
      ),
  },
  {
    name: 'updateProject',
    onBranch: true,
    commits: 1,
    allowed: PLAN,
    prepare: async (branch) => (token) =>
      t.request(VersioningUpdateProjectDocument, { id: projectId, input: { name: code('name ') }, branch }, { token }),
  },
  {
    name: 'createWBE',
    onBranch: true,
    commits: 1,
    allowed: PLAN,
    prepare: async (branch) => (token) =>
      t.request(VersioningCreateWbeDocument, { projectId, input: { code: code('NW'), name: 'n' }, branch }, { token }),
  },
  {
    name: 'updateWBE',
    onBranch: true,
    commits: 1,
    allowed: PLAN,
    prepare: async (branch) => {
      const id = await freshWbe(branch);
      return (token) => t.request(VersioningUpdateWbeDocument, { id, input: { name: 'renamed' }, branch }, { token });
    },
  },
  {
    name: 'deleteWBE',
    onBranch: true,
    commits: 1,
    allowed: PLAN,
    prepare: async (branch) => {
      const id = await freshWbe(branch);
      return (token) => t.request(VersioningDeleteWbeDocument, { id, branch }, { token });
    },
  },
  {
    name: 'createCostElement',
    onBranch: true,
    commits: 1,
    allowed: PLAN,
    prepare: async (branch) => {
      const wbeId = await freshWbe(branch);
      return (token) =>
        t.request(
          VersioningCreateCostElementDocument,
          {
            input: {
              wbeId,
              code: code('NCE'),
              name: 'n',
              budget: '2.00',
              plannedStart: '2026-01-01',
              plannedEnd: '2026-02-01',
            },
            branch,
          },
          { token },
        );
    },
  },
  {
    name: 'updateCostElement',
    onBranch: true,
    commits: 1,
    allowed: PLAN,
    prepare: async (branch) => {
      const id = await freshElement(branch);
      return (token) =>
        t.request(VersioningUpdateCostElementDocument, { id, input: { budget: '3.00' }, branch }, { token });
    },
  },
  {
    name: 'deleteCostElement',
    onBranch: true,
    commits: 1,
    allowed: PLAN,
    prepare: async (branch) => {
      const id = await freshElement(branch);
      return (token) => t.request(VersioningDeleteCostElementDocument, { id, branch }, { token });
    },
  },
  {
    name: 'registerCost',
    onBranch: true,
    commits: 1,
    allowed: ACTUALS,
    prepare: async (branch) => {
      const costElementId = await freshElement(branch);
      return (token) =>
        t.request(
          VersioningRegisterCostDocument,
          { input: { costElementId, amount: '4.00', incurredOn: '2026-01-02' }, branch },
          { token },
        );
    },
  },
  {
    name: 'recordProgress',
    onBranch: true,
    commits: 1,
    allowed: ACTUALS,
    prepare: async (branch) => {
      const costElementId = await freshElement(branch);
      return (token) =>
        t.request(
          VersioningRecordProgressDocument,
          { input: { costElementId, percentComplete: 5, measuredOn: '2026-01-02' }, branch },
          { token },
        );
    },
  },
  {
    name: 'createBranch',
    onBranch: false,
    commits: 1,
    allowed: { main: EDITORS, branch: EDITORS },
    prepare: async () => (token) =>
      t.request(VersioningCreateBranchDocument, { projectId, name: code('nb-') }, { token }),
  },
  {
    name: 'archiveBranch',
    onBranch: false,
    // Archiving changes the branch's status only: no commit.
    commits: 0,
    allowed: { main: MANAGERS, branch: MANAGERS },
    prepare: async () => {
      const name = code('ab-');
      await createBranch(t.sql, actorOf(t, 'ADMIN'), { projectId, name, from: null });
      return (token) => t.request(VersioningArchiveBranchDocument, { projectId, name }, { token });
    },
  },
];

const ROLES: Role[] = ['ADMIN', 'MANAGER', 'EDITOR', 'VIEWER'];

const cases = operations.flatMap((op) =>
  (op.onBranch ? ['main', BRANCH] : ['-']).flatMap((branch) =>
    ROLES.map((role) => {
      const allowed = (branch === BRANCH ? op.allowed.branch : op.allowed.main).includes(role);
      return { op, name: op.name, role, branch, allowed, outcome: allowed ? 'allowed' : 'FORBIDDEN' };
    }),
  ),
);

describe('write permissions by role and branch', () => {
  it('the table covers the contract: EDITOR plans only on branches, records actuals anywhere; VIEWER writes nothing', () => {
    const outcome = (name: string, role: Role, branch: string) =>
      cases.find((c) => c.name === name && c.role === role && c.branch === branch)?.allowed;
    expect(outcome('updateCostElement', 'EDITOR', 'main')).toBe(false);
    expect(outcome('updateCostElement', 'EDITOR', BRANCH)).toBe(true);
    expect(outcome('registerCost', 'EDITOR', 'main')).toBe(true);
    expect(outcome('recordProgress', 'EDITOR', 'main')).toBe(true);
    expect(cases.filter((c) => c.role === 'VIEWER').every((c) => !c.allowed)).toBe(true);
    expect(cases).toHaveLength(3 * 4 + 9 * 2 * 4);
  });

  it.each(cases)('$role $name on $branch: $outcome', async ({ op, role, branch, allowed }) => {
    const write = await op.prepare(branch === '-' ? 'main' : branch);
    const before = await commitCount(t.sql);
    const result = await write(t.users[role].token);
    if (allowed) {
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(await commitCount(t.sql)).toBe(before + op.commits);
    } else {
      expectError(result, 'FORBIDDEN');
      expect(result.data ?? null).toBeNull();
      expect(await commitCount(t.sql)).toBe(before);
    }
  });

  it('a refused archiveBranch leaves the branch active', async () => {
    const name = code('keep-');
    await createBranch(t.sql, actorOf(t, 'ADMIN'), { projectId, name, from: null });
    for (const role of ['EDITOR', 'VIEWER'] as const) {
      expectError(
        await t.request(VersioningArchiveBranchDocument, { projectId, name }, { token: t.users[role].token }),
        'FORBIDDEN',
      );
    }
    const branches = await t.request(VersioningBranchesDocument, { projectId }, { token: t.users.VIEWER.token });
    expect(branches.data?.branches.find((b) => b.name === name)?.status).toBe('ACTIVE');
  });

  it('actuals recorded by EDITOR on main are readable and attributed to the EDITOR', async () => {
    const costElementId = await freshElement('main');
    const cost = await registerCost(t.sql, actorOf(t, 'EDITOR'), {
      input: { costElementId, amount: '1.00', incurredOn: '2026-01-01' },
      branch: 'main',
      message: null,
    });
    const progress = await recordProgress(t.sql, actorOf(t, 'EDITOR'), {
      input: { costElementId, percentComplete: 1, measuredOn: '2026-01-01' },
      branch: 'main',
      message: null,
    });
    const authors = await t.sql.query<{ author_id: string }>(
      'SELECT author_id FROM project_commit WHERE id = ANY($1::uuid[])',
      [[cost.commitId, progress.commitId]],
    );
    expect(authors.map((a) => a.author_id)).toEqual([t.users.EDITOR.id, t.users.EDITOR.id]);
  });
});
