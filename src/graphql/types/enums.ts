import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  MANAGER = 'MANAGER',
  EDITOR = 'EDITOR',
  VIEWER = 'VIEWER',
}
registerEnumType(Role, {
  name: 'Role',
  description:
    'What a user may do. Every signed-in, active user reads everything; roles decide writes (a refused write is FORBIDDEN).',
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
registerEnumType(CommitKind, {
  name: 'CommitKind',
  description: 'What made a commit.',
  valuesConfig: {
    CREATE: { description: "the project's first commit: createProject on main" },
    EDIT: {
      description:
        'a write to project data: updateProject, a create, update or delete of a WBE or cost element, registerCost, recordProgress',
    },
    BRANCH: { description: 'the creation of a branch (createBranch or createChangeOrder); it changes no data' },
    MERGE: {
      description: 'a merge (mergeBranch or approveChangeOrder); two parents: the target head, the source head',
    },
    REVERT: { description: 'revertCommit: undoes what an earlier commit changed' },
  },
});

export enum ProjectStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  ON_HOLD = 'ON_HOLD',
  CLOSED = 'CLOSED',
}
registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'Where a project is in its life; set by createProject and updateProject, it changes no other rule.',
  valuesConfig: {
    PLANNED: { description: 'not started yet (the default for a new project)' },
    ACTIVE: { description: 'under way' },
    ON_HOLD: { description: 'paused' },
    CLOSED: { description: 'finished or cancelled' },
  },
});

export enum CostType {
  LABOR = 'LABOR',
  MATERIAL = 'MATERIAL',
  EQUIPMENT = 'EQUIPMENT',
  SUBCONTRACT = 'SUBCONTRACT',
  OTHER = 'OTHER',
}
registerEnumType(CostType, {
  name: 'CostType',
  description: 'The kind of resource that a cost element budgets.',
  valuesConfig: {
    LABOR: { description: 'work by people: wages, hours' },
    MATERIAL: { description: 'materials and consumables' },
    EQUIPMENT: { description: 'machines and tools, owned or rented' },
    SUBCONTRACT: { description: 'work bought from another company' },
    OTHER: { description: 'anything else (the default)' },
  },
});

export enum BranchStatus {
  ACTIVE = 'ACTIVE',
  MERGED = 'MERGED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(BranchStatus, {
  name: 'BranchStatus',
  description: 'Whether a branch still takes writes.',
  valuesConfig: {
    ACTIVE: { description: 'takes writes and merges (every branch starts ACTIVE and stays so after mergeBranch)' },
    MERGED: { description: 'its change order was approved and merged into main; read-only' },
    ARCHIVED: { description: 'set by archiveBranch; read-only and cannot be merged' },
  },
});

export enum ChangeKind {
  ADDED = 'ADDED',
  MODIFIED = 'MODIFIED',
  REMOVED = 'REMOVED',
}
registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: 'What happened to one entity between the two sides of a diff or in one commit.',
  valuesConfig: {
    ADDED: { description: 'exists only on the later side (after)' },
    MODIFIED: { description: 'exists on both sides with at least one business field changed' },
    REMOVED: { description: 'exists only on the earlier side (before): deleted since' },
  },
});

export enum DiffMode {
  TWO_DOT = 'TWO_DOT',
  THREE_DOT = 'THREE_DOT',
}
registerEnumType(DiffMode, {
  name: 'DiffMode',
  description: 'How `diff` compares its two refs.',
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
  description:
    'How mergeBranch decides the conflicts that no explicit resolution decides. Fields changed on one side only always take that side.',
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
registerEnumType(MergeStatus, {
  name: 'MergeStatus',
  description: 'The outcome of mergeBranch.',
  valuesConfig: {
    MERGED: { description: 'merged (in a dry run: would merge); commit is the MERGE commit, null in a dry run' },
    CONFLICTS: {
      description:
        'conflicts that neither a resolution nor the strategy decided (with FAIL_ON_CONFLICT every unresolved one; with OURS or THEIRS those that no side can settle, such as a code taken on both sides or a parent deleted on one): nothing was written',
    },
    UP_TO_DATE: { description: 'the source changed nothing since the merge base: nothing to merge, nothing written' },
  },
});

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
  valuesConfig: {
    DRAFT: { description: 'being prepared on its branch; submitChangeOrder moves it to SUBMITTED' },
    SUBMITTED: {
      description:
        'waiting for a MANAGER or ADMIN to approve or reject it; its branch is frozen for\nplan changes until then or until withdrawn (withdrawChangeOrder: back to DRAFT)',
    },
    REJECTED: { description: 'rejected (rejectReason says why); its branch is left as it was, unfrozen' },
    MERGED: { description: 'approved: its branch was merged into main and is now MERGED (read-only)' },
  },
});

export enum SeriesInterval {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(SeriesInterval, {
  name: 'SeriesInterval',
  description: 'The spacing of the control dates of an EVM series, counted from its first date.',
  valuesConfig: {
    DAY: { description: 'every calendar day' },
    WEEK: { description: 'every 7 calendar days' },
    MONTH: {
      description: "the same day of every month, on the month's last day where it has fewer days (Jan 31, Feb 28, …)",
    },
  },
});
