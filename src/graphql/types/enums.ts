import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  MANAGER = 'MANAGER',
  EDITOR = 'EDITOR',
  VIEWER = 'VIEWER',
}
registerEnumType(Role, {
  name: 'Role',
  valuesConfig: {
    ADMIN: { description: 'everything, including user administration' },
    MANAGER: { description: 'writes anywhere, including the protected branch main; merges into main' },
    EDITOR: { description: 'writes on branches other than main; registers costs and progress' },
    VIEWER: { description: 'reads only' },
  },
});

export enum CommitKind {
  CREATE = 'CREATE',
  EDIT = 'EDIT',
  BRANCH = 'BRANCH',
  MERGE = 'MERGE',
  REVERT = 'REVERT',
}
registerEnumType(CommitKind, { name: 'CommitKind' });

export enum ProjectStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  ON_HOLD = 'ON_HOLD',
  CLOSED = 'CLOSED',
}
registerEnumType(ProjectStatus, { name: 'ProjectStatus' });

export enum CostType {
  LABOR = 'LABOR',
  MATERIAL = 'MATERIAL',
  EQUIPMENT = 'EQUIPMENT',
  SUBCONTRACT = 'SUBCONTRACT',
  OTHER = 'OTHER',
}
registerEnumType(CostType, { name: 'CostType' });

export enum BranchStatus {
  ACTIVE = 'ACTIVE',
  MERGED = 'MERGED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(BranchStatus, { name: 'BranchStatus' });

export enum ChangeKind {
  ADDED = 'ADDED',
  MODIFIED = 'MODIFIED',
  REMOVED = 'REMOVED',
}
registerEnumType(ChangeKind, { name: 'ChangeKind' });

export enum DiffMode {
  TWO_DOT = 'TWO_DOT',
  THREE_DOT = 'THREE_DOT',
}
registerEnumType(DiffMode, {
  name: 'DiffMode',
  valuesConfig: {
    TWO_DOT: { description: 'state of `from` against state of `to`' },
    THREE_DOT: { description: 'what `to` changed since its merge base with `from` (what a merge would bring)' },
  },
});

export enum MergeStrategy {
  FAIL_ON_CONFLICT = 'FAIL_ON_CONFLICT',
  OURS = 'OURS',
  THEIRS = 'THEIRS',
}
registerEnumType(MergeStrategy, {
  name: 'MergeStrategy',
  valuesConfig: {
    FAIL_ON_CONFLICT: { description: 'report conflicts and change nothing' },
    OURS: { description: "on conflict keep the target's value" },
    THEIRS: { description: "on conflict take the source's value" },
  },
});

export enum MergeStatus {
  MERGED = 'MERGED',
  CONFLICTS = 'CONFLICTS',
  UP_TO_DATE = 'UP_TO_DATE',
}
registerEnumType(MergeStatus, { name: 'MergeStatus' });

export enum ChangeOrderStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  REJECTED = 'REJECTED',
  MERGED = 'MERGED',
}
registerEnumType(ChangeOrderStatus, {
  name: 'ChangeOrderStatus',
  description:
    'DRAFT -> SUBMITTED -> MERGED (approved and merged into main) or REJECTED;\nwithdrawing a SUBMITTED order brings it back to DRAFT',
});
