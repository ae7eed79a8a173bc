import { defineEntity, p } from '@mikro-orm/core';
import { ChangeOrderRepository } from '../repositories/change-order.repository.js';
import { Commit } from './commit.entity.js';
import { User } from './user.entity.js';

/** A change order: a request to merge a branch, decided once (table change_order). */
export const ChangeOrder = defineEntity({
  name: 'ChangeOrder',
  tableName: 'change_order',
  repository: () => ChangeOrderRepository,
  properties: {
    id: p.uuid().primary(),
    projectId: p.uuid(),
    code: p.text(),
    title: p.text(),
    description: p.text().nullable(),
    status: p.text(),
    branch: p.text(),
    requestedBy: p.manyToOne(User).fieldName('requested_by'),
    decidedBy: p.manyToOne(User).fieldName('decided_by').nullable().deleteRule('no action'),
    rejectReason: p.text().nullable(),
    mergeCommit: p.manyToOne(Commit).fieldName('merge_commit_id').nullable().deleteRule('no action'),
    createdAt: p.datetime(3),
    decidedAt: p.datetime(3).nullable(),
    submittedAt: p.datetime(3).nullable(),
    decisionReason: p.text().nullable(),
  },
  uniques: [{ properties: ['projectId', 'code'] }],
  indexes: [
    { name: 'change_order_created_idx', properties: ['projectId', 'createdAt'] },
    { name: 'change_order_decided_idx', properties: ['projectId', 'decidedAt'] },
  ],
  checks: [{ name: 'change_order_status_check', expression: "status in ('DRAFT', 'SUBMITTED', 'REJECTED', 'MERGED')" }],
});

/** One status transition of a change order: the review's append-only trail (table change_order_transition). */
export const ChangeOrderTransition = defineEntity({
  name: 'ChangeOrderTransition',
  tableName: 'change_order_transition',
  readonly: true,
  properties: {
    changeOrder: p.manyToOne(ChangeOrder).primary().fieldName('change_order_id'),
    seq: p.integer().primary(),
    fromStatus: p.text().nullable(),
    toStatus: p.text(),
    actor: p.manyToOne(User).fieldName('actor_id'),
    at: p.datetime(3),
    headCommit: p.manyToOne(Commit).fieldName('head_commit_id').nullable().deleteRule('no action'),
    note: p.text().nullable(),
  },
  checks: [
    { name: 'change_order_transition_seq_check', expression: 'seq > 0' },
    {
      name: 'change_order_transition_from_status_check',
      expression: "from_status in ('DRAFT', 'SUBMITTED', 'REJECTED', 'MERGED')",
    },
    {
      name: 'change_order_transition_to_status_check',
      expression: "to_status in ('DRAFT', 'SUBMITTED', 'REJECTED', 'MERGED')",
    },
  ],
});
