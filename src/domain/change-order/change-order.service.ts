import type { Sql } from '../../db/sql.js';
import { authorize, MAIN } from '../../auth/policy.js';
import type { Actor } from '../../auth/roles.js';
import { BadInputError, ConflictError, NotFoundError } from '../../shared/errors.js';
import { newId } from '../../versioning/ids.js';
import { mergeBranches } from '../../versioning/merge.js';
import { epochMs, toDate } from '../../versioning/sql-values.js';
import { insertBranch } from '../branch/branch.service.js';
import { ALL_KINDS } from '../kinds.js';
import { optionalText, requireCode, requireName, requireText } from '../validation.js';

export type ChangeOrderStatus = 'DRAFT' | 'SUBMITTED' | 'REJECTED' | 'MERGED';

export interface ChangeOrder {
  id: string;
  projectId: string;
  code: string;
  title: string;
  description: string | null;
  status: ChangeOrderStatus;
  branch: string;
  requestedBy: string;
  decidedBy: string | null;
  rejectReason: string | null;
  mergeCommitId: string | null;
  createdAt: Date;
  decidedAt: Date | null;
}

const COLUMNS = `id, project_id, code, title, description, status, branch, requested_by, decided_by, reject_reason, merge_commit_id,
  ${epochMs('created_at')} AS created_at, ${epochMs('decided_at')} AS decided_at`;

function decode(row: Record<string, unknown>): ChangeOrder {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    id: String(row['id']),
    projectId: String(row['project_id']),
    code: String(row['code']),
    title: String(row['title']),
    description: text(row['description']),
    status: String(row['status']) as ChangeOrderStatus,
    branch: String(row['branch']),
    requestedBy: String(row['requested_by']),
    decidedBy: text(row['decided_by']),
    rejectReason: text(row['reject_reason']),
    mergeCommitId: text(row['merge_commit_id']),
    createdAt: toDate(row['created_at']),
    decidedAt: row['decided_at'] === null ? null : toDate(row['decided_at']),
  };
}

export async function findChangeOrder(sql: Sql, id: string): Promise<ChangeOrder | null> {
  const row = await sql.one(`SELECT ${COLUMNS} FROM change_order WHERE id = $1`, [id]);
  return row === null ? null : decode(row);
}

export async function changeOrderOfBranch(sql: Sql, projectId: string, branch: string): Promise<ChangeOrder | null> {
  const row = await sql.one(`SELECT ${COLUMNS} FROM change_order WHERE project_id = $1 AND branch = $2`, [
    projectId,
    branch,
  ]);
  return row === null ? null : decode(row);
}

export async function listChangeOrders(
  sql: Sql,
  projectId: string,
  status: ChangeOrderStatus | null,
): Promise<ChangeOrder[]> {
  const rows = await sql.query(
    `SELECT ${COLUMNS} FROM change_order WHERE project_id = $1 AND ($2::text IS NULL OR status = $2) ORDER BY created_at, code`,
    [projectId, status],
  );
  return rows.map(decode);
}

/** Locks the order for a status transition; transitions of one order serialize. */
async function lockOrder(tx: Sql, id: string): Promise<ChangeOrder> {
  const row = await tx.one(`SELECT ${COLUMNS} FROM change_order WHERE id = $1 FOR UPDATE`, [id]);
  if (row === null) throw NotFoundError.entity('ChangeOrder', id);
  return decode(row);
}

function requireStatus(order: ChangeOrder, expected: ChangeOrderStatus, action: string): void {
  if (order.status !== expected) {
    throw new BadInputError(
      `change order ${order.code} is ${order.status}; only a ${expected} order can be ${action}`,
      { status: order.status },
    );
  }
}

/** Creates the order and its branch co-<code> from main's latest state, in one transaction. */
export async function createChangeOrder(
  sql: Sql,
  actor: Actor | null,
  input: { projectId: string; code: string; title: string; description?: string | null },
): Promise<ChangeOrder> {
  const author = authorize(actor, { kind: 'create-change-order' });
  const code = requireCode('code', input.code);
  const title = requireName('title', input.title);
  const description = optionalText('description', input.description);
  return sql.transaction(async (tx) => {
    const exists = await tx.one('SELECT 1 FROM change_order WHERE project_id = $1 AND code = $2', [
      input.projectId,
      code,
    ]);
    if (exists !== null)
      throw new ConflictError(`change order ${code} already exists in this project`, { field: 'code' });
    const branch = `co-${code}`;
    await insertBranch(tx, {
      projectId: input.projectId,
      name: branch,
      from: { branch: MAIN },
      authorId: author.id,
      message: `Change order ${code}: ${title}`,
    });
    const id = newId();
    await tx.query(
      `INSERT INTO change_order (id, project_id, code, title, description, status, branch, requested_by, created_at)
       VALUES ($1, $2, $3, $4, $5, 'DRAFT', $6, $7, now())`,
      [id, input.projectId, code, title, description, branch, author.id],
    );
    await tx.emit({ type: 'changeOrder', projectId: input.projectId, changeOrderId: id, status: 'DRAFT' });
    const created = await findChangeOrder(tx, id);
    if (created === null) throw new Error('change order vanished');
    return created;
  });
}

export async function submitChangeOrder(sql: Sql, actor: Actor | null, id: string): Promise<ChangeOrder> {
  authorize(actor, { kind: 'submit-change-order' });
  return sql.transaction(async (tx) => {
    const order = await lockOrder(tx, id);
    requireStatus(order, 'DRAFT', 'submitted');
    await tx.query(`UPDATE change_order SET status = 'SUBMITTED' WHERE id = $1`, [id]);
    await tx.emit({ type: 'changeOrder', projectId: order.projectId, changeOrderId: id, status: 'SUBMITTED' });
    return (await findChangeOrder(tx, id)) as ChangeOrder;
  });
}

/**
 * Merges the order's branch into main (FAIL_ON_CONFLICT); conflicts leave it SUBMITTED. A branch
 * that brings nothing (UP_TO_DATE) is approved all the same, without a commit on main.
 */
export async function approveChangeOrder(
  sql: Sql,
  actor: Actor | null,
  id: string,
  message: string | null,
): Promise<ChangeOrder> {
  const manager = authorize(actor, { kind: 'decide-change-order' });
  authorize(actor, { kind: 'write-plan', branch: MAIN });
  return sql.transaction(async (tx) => {
    const order = await lockOrder(tx, id);
    requireStatus(order, 'SUBMITTED', 'approved');
    const result = await mergeBranches(tx, {
      projectId: order.projectId,
      source: order.branch,
      target: MAIN,
      strategy: 'FAIL_ON_CONFLICT',
      resolutions: [],
      dryRun: false,
      message: message ?? `Approve change order ${order.code}: ${order.title}`,
      authorId: manager.id,
      kinds: ALL_KINDS,
    });
    if (result.status === 'CONFLICTS') {
      throw new ConflictError(
        `change order ${order.code} conflicts with main on ${result.conflicts.length} field(s): merge main into ${order.branch}, resolve, then approve again`,
        {
          conflicts: result.conflicts.map((c) => ({ entityType: c.entityType, entityId: c.entityId, field: c.field })),
        },
      );
    }
    await tx.query(
      `UPDATE change_order SET status = 'MERGED', decided_by = $2, decided_at = now(), merge_commit_id = $3 WHERE id = $1`,
      [id, manager.id, result.commit?.id ?? null],
    );
    await tx.query(`UPDATE branch SET status = 'MERGED' WHERE project_id = $1 AND name = $2`, [
      order.projectId,
      order.branch,
    ]);
    // A merge commit has already said so (mergeBranches); an order that brought nothing has not.
    if (result.commit === null) {
      await tx.emit({ type: 'branch', projectId: order.projectId, branch: order.branch, change: 'MERGED' });
    }
    await tx.emit({ type: 'changeOrder', projectId: order.projectId, changeOrderId: id, status: 'MERGED' });
    return (await findChangeOrder(tx, id)) as ChangeOrder;
  });
}

export async function rejectChangeOrder(
  sql: Sql,
  actor: Actor | null,
  id: string,
  reason: string,
): Promise<ChangeOrder> {
  const manager = authorize(actor, { kind: 'decide-change-order' });
  const why = requireText('reason', reason);
  return sql.transaction(async (tx) => {
    const order = await lockOrder(tx, id);
    requireStatus(order, 'SUBMITTED', 'rejected');
    await tx.query(
      `UPDATE change_order SET status = 'REJECTED', decided_by = $2, decided_at = now(), reject_reason = $3 WHERE id = $1`,
      [id, manager.id, why],
    );
    await tx.emit({ type: 'changeOrder', projectId: order.projectId, changeOrderId: id, status: 'REJECTED' });
    return (await findChangeOrder(tx, id)) as ChangeOrder;
  });
}
