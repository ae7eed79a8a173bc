import { Branch, ChangeOrder as ChangeOrderEntity } from '../../db/entities/index.js';
import type { Sql } from '../../db/sql.js';
import { authorize, MAIN } from '../../auth/policy.js';
import type { Actor } from '../../auth/roles.js';
import { BadInputError, ConflictError } from '../../shared/errors.js';
import { MAX_COMMIT_MESSAGE_LENGTH } from '../../versioning/commit-writer.js';
import { newId } from '../../versioning/ids.js';
import { mergeBranches } from '../../versioning/merge.js';
import { insertBranch } from '../branch/branch.service.js';
import { ALL_KINDS } from '../kinds.js';
import { optionalText, requireCode, requireName, requireText } from '../validation.js';
import {
  appendTransition,
  lockChangeOrder,
  requireChangeOrder,
  type ChangeOrder,
  type ChangeOrderStatus,
} from './change-order.store.js';

export {
  changeOrderOfBranch,
  findChangeOrder,
  listChangeOrders,
  type ChangeOrder,
  type ChangeOrderStatus,
} from './change-order.store.js';

function requireStatus(order: ChangeOrder, expected: ChangeOrderStatus, action: string): void {
  if (order.status !== expected) {
    throw new BadInputError(
      `change order ${order.code} is ${order.status}; only a ${expected} order can be ${action}`,
      { status: order.status },
    );
  }
}

/**
 * Locks the order's branch row (commits on it wait) and sets whether it is frozen for plan
 * writes; returns its head, the state the transition is about.
 */
async function setFrozen(tx: Sql, order: ChangeOrder, frozen: boolean): Promise<string> {
  const head = await tx.repository(Branch).setPlanFrozen(order.projectId, order.branch, frozen);
  if (head === null) throw new Error(`branch ${order.branch} of change order ${order.code} missing`);
  return head;
}

/**
 * Locks the branch and checks that its head is the one the reviewer saw. Without
 * `expectedHead` the decision is about whatever the branch holds now.
 */
async function requireReviewedHead(tx: Sql, order: ChangeOrder, expectedHead: string | null): Promise<string> {
  const head = await tx.repository(Branch).lockHead(order.projectId, order.branch);
  if (head === null) throw new Error(`branch ${order.branch} of change order ${order.code} missing`);
  if (expectedHead !== null && expectedHead !== head) {
    throw new ConflictError(
      `change order ${order.code}'s branch moved on since it was reviewed: its head is ${head}, not ${expectedHead}; review its diff again`,
      { expectedHead, actualHead: head },
    );
  }
  return head;
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
    const orders = tx.repository(ChangeOrderEntity);
    if (await orders.codeTaken(input.projectId, code))
      throw new ConflictError(`change order ${code} already exists in this project`, { field: 'code' });
    const branch = await insertBranch(tx, {
      projectId: input.projectId,
      name: `co-${code}`,
      from: { branch: MAIN },
      authorId: author.id,
      message: `Change order ${code}: ${title}`,
    });
    const id = newId();
    await orders.add({
      id,
      projectId: input.projectId,
      code,
      title,
      description,
      branch: branch.name,
      requestedBy: author.id,
    });
    await appendTransition(tx, {
      changeOrderId: id,
      from: null,
      to: 'DRAFT',
      actorId: author.id,
      headCommitId: branch.headCommitId,
      note: null,
    });
    await tx.emit({ type: 'changeOrder', projectId: input.projectId, changeOrderId: id, status: 'DRAFT' });
    return requireChangeOrder(tx, id);
  });
}

/** DRAFT -> SUBMITTED: the branch is frozen for plan writes until withdrawn or decided. */
export async function submitChangeOrder(sql: Sql, actor: Actor | null, id: string): Promise<ChangeOrder> {
  const author = authorize(actor, { kind: 'submit-change-order' });
  return sql.transaction(async (tx) => {
    const order = await lockChangeOrder(tx, id);
    requireStatus(order, 'DRAFT', 'submitted');
    const head = await setFrozen(tx, order, true);
    await tx.repository(ChangeOrderEntity).submit(id);
    await appendTransition(tx, {
      changeOrderId: id,
      from: 'DRAFT',
      to: 'SUBMITTED',
      actorId: author.id,
      headCommitId: head,
      note: null,
    });
    await tx.emit({ type: 'changeOrder', projectId: order.projectId, changeOrderId: id, status: 'SUBMITTED' });
    return requireChangeOrder(tx, id);
  });
}

/** SUBMITTED -> DRAFT, by its requester or a manager: the branch takes plan writes again. */
export async function withdrawChangeOrder(
  sql: Sql,
  actor: Actor | null,
  id: string,
  reason: string | null,
): Promise<ChangeOrder> {
  const why = reason === null ? null : requireText('reason', reason);
  return sql.transaction(async (tx) => {
    const order = await lockChangeOrder(tx, id);
    const author = authorize(actor, { kind: 'withdraw-change-order', requestedBy: order.requestedBy });
    requireStatus(order, 'SUBMITTED', 'withdrawn');
    const head = await setFrozen(tx, order, false);
    await tx.repository(ChangeOrderEntity).withdraw(id);
    await appendTransition(tx, {
      changeOrderId: id,
      from: 'SUBMITTED',
      to: 'DRAFT',
      actorId: author.id,
      headCommitId: head,
      note: why,
    });
    await tx.emit({ type: 'changeOrder', projectId: order.projectId, changeOrderId: id, status: 'DRAFT' });
    return requireChangeOrder(tx, id);
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
  expectedHead: string | null = null,
): Promise<ChangeOrder> {
  const manager = authorize(actor, { kind: 'decide-change-order' });
  authorize(actor, { kind: 'write-plan', branch: MAIN });
  // Checked here too: an approval that merges nothing writes no commit but keeps the message.
  if (message !== null && message.length > MAX_COMMIT_MESSAGE_LENGTH) {
    throw BadInputError.field('message', `must be at most ${MAX_COMMIT_MESSAGE_LENGTH} characters`);
  }
  return sql.transaction(async (tx) => {
    const order = await lockChangeOrder(tx, id);
    requireStatus(order, 'SUBMITTED', 'approved');
    const head = await requireReviewedHead(tx, order, expectedHead);
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
        `change order ${order.code} conflicts with main on ${result.conflicts.length} field(s): withdraw it, merge main into ${order.branch}, resolve, then submit and approve again`,
        {
          conflicts: result.conflicts.map((c) => ({ entityType: c.entityType, entityId: c.entityId, field: c.field })),
        },
      );
    }
    await tx
      .repository(ChangeOrderEntity)
      .markMerged(id, { by: manager.id, mergeCommitId: result.commit?.id ?? null, reason: message });
    await tx.repository(Branch).markMerged(order.projectId, order.branch);
    await appendTransition(tx, {
      changeOrderId: id,
      from: 'SUBMITTED',
      to: 'MERGED',
      actorId: manager.id,
      headCommitId: head,
      note: message,
    });
    // A merge commit has already said so (mergeBranches); an order that brought nothing has not.
    if (result.commit === null) {
      await tx.emit({ type: 'branch', projectId: order.projectId, branch: order.branch, change: 'MERGED' });
    }
    await tx.emit({ type: 'changeOrder', projectId: order.projectId, changeOrderId: id, status: 'MERGED' });
    return requireChangeOrder(tx, id);
  });
}

/** SUBMITTED -> REJECTED; main is untouched and the branch, unfrozen, keeps the proposal. */
export async function rejectChangeOrder(
  sql: Sql,
  actor: Actor | null,
  id: string,
  reason: string,
  expectedHead: string | null = null,
): Promise<ChangeOrder> {
  const manager = authorize(actor, { kind: 'decide-change-order' });
  const why = requireText('reason', reason);
  return sql.transaction(async (tx) => {
    const order = await lockChangeOrder(tx, id);
    requireStatus(order, 'SUBMITTED', 'rejected');
    await requireReviewedHead(tx, order, expectedHead);
    const head = await setFrozen(tx, order, false);
    await tx.repository(ChangeOrderEntity).reject(id, { by: manager.id, reason: why });
    await appendTransition(tx, {
      changeOrderId: id,
      from: 'SUBMITTED',
      to: 'REJECTED',
      actorId: manager.id,
      headCommitId: head,
      note: why,
    });
    await tx.emit({ type: 'changeOrder', projectId: order.projectId, changeOrderId: id, status: 'REJECTED' });
    return requireChangeOrder(tx, id);
  });
}
