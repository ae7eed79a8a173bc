import { defineEntity, p } from '@mikro-orm/core';
import { BranchRepository } from '../repositories/branch.repository.js';
import { CommitRepository } from '../repositories/commit.repository.js';
import { User } from './user.entity.js';

/** A commit of a project on a branch: append-only (table project_commit). */
export const Commit = defineEntity({
  name: 'Commit',
  tableName: 'project_commit',
  repository: () => CommitRepository,
  readonly: true,
  properties: {
    id: p.uuid().primary(),
    projectId: p.uuid(),
    branch: p.text(),
    seq: p.integer(),
    committedAt: p.datetime(3),
    author: p.manyToOne(User).fieldName('author_id'),
    message: p.text(),
    kind: p.text(),
    parentIds: p.array().columnType('uuid[]').defaultRaw(`'{}'`),
  },
  uniques: [{ properties: ['projectId', 'branch', 'seq'] }],
  indexes: [{ name: 'project_commit_time_idx', properties: ['projectId', 'branch', 'committedAt'] }],
  checks: [
    { name: 'project_commit_seq_check', expression: 'seq > 0' },
    { name: 'project_commit_kind_check', expression: "kind in ('CREATE', 'EDIT', 'BRANCH', 'MERGE', 'REVERT')" },
  ],
});

/** A branch of a project and its head; the one mutable row of the history (table branch). */
export const Branch = defineEntity({
  name: 'Branch',
  tableName: 'branch',
  repository: () => BranchRepository,
  properties: {
    projectId: p.uuid().primary(),
    name: p.text().primary(),
    status: p.text().default('ACTIVE'),
    headCommit: p.manyToOne(Commit).fieldName('head_commit_id'),
    headSeq: p.integer(),
    headCommittedAt: p.datetime(3),
    forkedFromCommit: p.manyToOne(Commit).fieldName('forked_from_commit_id').nullable().deleteRule('no action'),
    createdAt: p.datetime(3),
    createdBy: p.manyToOne(User).fieldName('created_by'),
    /** True while the branch's change order is SUBMITTED: plan writes are refused. */
    planFrozen: p.boolean().default(false),
  },
  checks: [{ name: 'branch_status_check', expression: "status in ('ACTIVE', 'MERGED', 'ARCHIVED')" }],
});

/** The parent a branch reads through from one of its sequence numbers on: append-only (table branch_base). */
export const BranchBase = defineEntity({
  name: 'BranchBase',
  tableName: 'branch_base',
  readonly: true,
  properties: {
    projectId: p.uuid().primary(),
    branch: p.text().primary(),
    fromSeq: p.integer().primary(),
    parentBranch: p.text(),
    parentSeq: p.integer(),
  },
});
