import { defineEntity, p } from '@mikro-orm/core';
import { Commit } from './commit.entity.js';
import { User } from './user.entity.js';

/** A change order: a request to merge a branch, decided once (table change_order). */
export const ChangeOrder = defineEntity({
  name: 'ChangeOrder',
  tableName: 'change_order',
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
  },
  uniques: [{ properties: ['projectId', 'code'] }],
  checks: [{ name: 'change_order_status_check', expression: "status in ('DRAFT', 'SUBMITTED', 'REJECTED', 'MERGED')" }],
});
