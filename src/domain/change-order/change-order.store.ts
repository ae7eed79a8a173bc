import type { Sql } from '../../db/sql.js';
import { BadInputError, NotFoundError } from '../../shared/errors.js';
import { epochMs, toDate, toInt, toNullableText } from '../../versioning/sql-values.js';

export type ChangeOrderStatus = 'DRAFT' | 'SUBMITTED' | 'REJECTED' | 'MERGED';

export interface ChangeOrder {
  id: string;
  projectId: string;
  code: string;
  title: string;
  description: string | null;
  /** The current status; how it got there is in the order's transitions. */
  status: ChangeOrderStatus;
  branch: string;
  requestedBy: string;
  decidedBy: string | null;
  rejectReason: string | null;
  decisionReason: string | null;
  mergeCommitId: string | null;
  createdAt: Date;
  /** The submission now under review or decided; null for a draft. */
  submittedAt: Date | null;
  decidedAt: Date | null;
}

/** One step of an order's review trail; rows are never updated or deleted. */
export interface ChangeOrderTransition {
  changeOrderId: string;
  seq: number;
  /** null for the order's creation. */
  from: ChangeOrderStatus | null;
  to: ChangeOrderStatus;
  actorId: string;
  at: Date;
  /** The head of the order's branch at that moment; null only for a backfilled step not known. */
  headCommitId: string | null;
  note: string | null;
}

/** A half-open time range [from, to); either end may be open. */
export interface TimeRange {
  from: Date | null;
  to: Date | null;
}

export interface ChangeOrderFilter {
  status: ChangeOrderStatus | null;
  created: TimeRange | null;
  decided: TimeRange | null;
}

const COLUMNS = `id, project_id, code, title, description, status, branch, requested_by, decided_by, reject_reason,
  decision_reason, merge_commit_id, ${epochMs('created_at')} AS created_at, ${epochMs('submitted_at')} AS submitted_at,
  ${epochMs('decided_at')} AS decided_at`;

const nullableDate = (v: unknown): Date | null => (v === null || v === undefined ? null : toDate(v));

function decode(row: Record<string, unknown>): ChangeOrder {
  return {
    id: String(row['id']),
    projectId: String(row['project_id']),
    code: String(row['code']),
    title: String(row['title']),
    description: toNullableText(row['description']),
    status: String(row['status']) as ChangeOrderStatus,
    branch: String(row['branch']),
    requestedBy: String(row['requested_by']),
    decidedBy: toNullableText(row['decided_by']),
    rejectReason: toNullableText(row['reject_reason']),
    decisionReason: toNullableText(row['decision_reason']),
    mergeCommitId: toNullableText(row['merge_commit_id']),
    createdAt: toDate(row['created_at']),
    submittedAt: nullableDate(row['submitted_at']),
    decidedAt: nullableDate(row['decided_at']),
  };
}

export async function findChangeOrder(sql: Sql, id: string): Promise<ChangeOrder | null> {
  const row = await sql.one(`SELECT ${COLUMNS} FROM change_order WHERE id = $1`, [id]);
  return row === null ? null : decode(row);
}

export async function requireChangeOrder(sql: Sql, id: string): Promise<ChangeOrder> {
  const order = await findChangeOrder(sql, id);
  if (order === null) throw NotFoundError.entity('ChangeOrder', id);
  return order;
}

export async function changeOrderOfBranch(sql: Sql, projectId: string, branch: string): Promise<ChangeOrder | null> {
  const row = await sql.one(`SELECT ${COLUMNS} FROM change_order WHERE project_id = $1 AND branch = $2`, [
    projectId,
    branch,
  ]);
  return row === null ? null : decode(row);
}

function checkRange(field: string, range: TimeRange | null): void {
  if (range !== null && range.from !== null && range.to !== null && range.from.getTime() > range.to.getTime()) {
    throw BadInputError.field(field, '`from` must not be after `to`');
  }
}

/** Orders of a project, oldest first; a decided range leaves out undecided orders. */
export async function listChangeOrders(sql: Sql, projectId: string, filter: ChangeOrderFilter): Promise<ChangeOrder[]> {
  checkRange('created', filter.created);
  checkRange('decided', filter.decided);
  const rows = await sql.query(
    `SELECT ${COLUMNS} FROM change_order WHERE project_id = $1 AND ($2::text IS NULL OR status = $2)
       AND ($3::timestamptz IS NULL OR created_at >= $3) AND ($4::timestamptz IS NULL OR created_at < $4)
       AND ($5::timestamptz IS NULL OR decided_at >= $5) AND ($6::timestamptz IS NULL OR decided_at < $6)
       ${filter.decided === null ? '' : 'AND decided_at IS NOT NULL'}
     ORDER BY created_at, code`,
    [
      projectId,
      filter.status,
      filter.created?.from ?? null,
      filter.created?.to ?? null,
      filter.decided?.from ?? null,
      filter.decided?.to ?? null,
    ],
  );
  return rows.map(decode);
}

/** Locks the order for a status transition; transitions of one order serialize. */
export async function lockChangeOrder(tx: Sql, id: string): Promise<ChangeOrder> {
  const row = await tx.one(`SELECT ${COLUMNS} FROM change_order WHERE id = $1 FOR UPDATE`, [id]);
  if (row === null) throw NotFoundError.entity('ChangeOrder', id);
  return decode(row);
}

/** Appends one step to the order's trail, numbered after the last; call under the order's lock. */
export async function appendTransition(tx: Sql, step: Omit<ChangeOrderTransition, 'seq' | 'at'>): Promise<void> {
  await tx.query(
    `INSERT INTO change_order_transition (change_order_id, seq, from_status, to_status, actor_id, at, head_commit_id, note)
     SELECT $1, coalesce(max(seq), 0) + 1, $2, $3, $4, now(), $5, $6 FROM change_order_transition WHERE change_order_id = $1`,
    [step.changeOrderId, step.from, step.to, step.actorId, step.headCommitId, step.note],
  );
}

/** The trails of several orders, each oldest first. */
export async function loadTransitions(
  sql: Sql,
  orderIds: readonly string[],
): Promise<Map<string, ChangeOrderTransition[]>> {
  const rows = await sql.query(
    `SELECT change_order_id, seq, from_status, to_status, actor_id, ${epochMs('at')} AS at, head_commit_id, note
     FROM change_order_transition WHERE change_order_id = ANY($1::uuid[]) ORDER BY change_order_id, seq`,
    [[...orderIds]],
  );
  const byOrder = new Map<string, ChangeOrderTransition[]>(orderIds.map((id) => [id, []]));
  for (const row of rows) {
    const step: ChangeOrderTransition = {
      changeOrderId: String(row['change_order_id']),
      seq: toInt(row['seq']),
      from: row['from_status'] === null ? null : (String(row['from_status']) as ChangeOrderStatus),
      to: String(row['to_status']) as ChangeOrderStatus,
      actorId: String(row['actor_id']),
      at: toDate(row['at']),
      headCommitId: toNullableText(row['head_commit_id']),
      note: toNullableText(row['note']),
    };
    byOrder.get(step.changeOrderId)?.push(step);
  }
  return byOrder;
}
