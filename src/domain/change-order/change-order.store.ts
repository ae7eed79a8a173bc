import { ChangeOrder as ChangeOrderEntity } from '../../db/entities/index.js';
import type { ChangeOrderRow } from '../../db/repositories/change-order.repository.js';
import type { Sql } from '../../db/sql.js';
import { BadInputError, NotFoundError } from '../../shared/errors.js';
import { toDate, toInt, toNullableText } from '../../versioning/sql-values.js';

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

const nullableDate = (v: unknown): Date | null => (v === null || v === undefined ? null : toDate(v));

function decode(row: ChangeOrderRow): ChangeOrder {
  return {
    id: row.id,
    projectId: row.project_id,
    code: row.code,
    title: row.title,
    description: row.description,
    status: row.status as ChangeOrderStatus,
    branch: row.branch,
    requestedBy: row.requested_by,
    decidedBy: row.decided_by,
    rejectReason: row.reject_reason,
    decisionReason: row.decision_reason,
    mergeCommitId: row.merge_commit_id,
    createdAt: toDate(row.created_at),
    submittedAt: nullableDate(row.submitted_at),
    decidedAt: nullableDate(row.decided_at),
  };
}

export async function findChangeOrder(sql: Sql, id: string): Promise<ChangeOrder | null> {
  const row = await sql.repository(ChangeOrderEntity).byId(id);
  return row === null ? null : decode(row);
}

export async function requireChangeOrder(sql: Sql, id: string): Promise<ChangeOrder> {
  const order = await findChangeOrder(sql, id);
  if (order === null) throw NotFoundError.entity('ChangeOrder', id);
  return order;
}

export async function changeOrderOfBranch(sql: Sql, projectId: string, branch: string): Promise<ChangeOrder | null> {
  const row = await sql.repository(ChangeOrderEntity).ofBranch(projectId, branch);
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
  const rows = await sql.repository(ChangeOrderEntity).list({ projectId, ...filter });
  return rows.map(decode);
}

/** Locks the order for a status transition; transitions of one order serialize. */
export async function lockChangeOrder(tx: Sql, id: string): Promise<ChangeOrder> {
  const row = await tx.repository(ChangeOrderEntity).byId(id, true);
  if (row === null) throw NotFoundError.entity('ChangeOrder', id);
  return decode(row);
}

/** Appends one step to the order's trail, numbered after the last; call under the order's lock. */
export async function appendTransition(tx: Sql, step: Omit<ChangeOrderTransition, 'seq' | 'at'>): Promise<void> {
  await tx.repository(ChangeOrderEntity).appendTransition(step);
}

/** The trails of several orders, each oldest first. */
export async function loadTransitions(
  sql: Sql,
  orderIds: readonly string[],
): Promise<Map<string, ChangeOrderTransition[]>> {
  const rows = await sql.repository(ChangeOrderEntity).transitions(orderIds);
  const byOrder = new Map<string, ChangeOrderTransition[]>(orderIds.map((id) => [id, []]));
  for (const row of rows) {
    const step: ChangeOrderTransition = {
      changeOrderId: row.change_order_id,
      seq: toInt(row.seq),
      from: row.from_status === null ? null : (row.from_status as ChangeOrderStatus),
      to: row.to_status as ChangeOrderStatus,
      actorId: row.actor_id,
      at: toDate(row.at),
      headCommitId: toNullableText(row.head_commit_id),
      note: toNullableText(row.note),
    };
    byOrder.get(step.changeOrderId)?.push(step);
  }
  return byOrder;
}
