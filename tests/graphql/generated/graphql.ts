import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Calendar date, YYYY-MM-DD (graphql-scalars Date / LocalDate). */
  Date: { input: string; output: string; }
  /** ISO-8601 instant with offset, e.g. 2026-03-01T12:00:00Z (graphql-scalars DateTime). */
  DateTime: { input: string; output: string; }
  /** Exact decimal, serialized as a JSON string such as "1250000.00". Never a float. */
  Decimal: { input: string; output: string; }
  /** Any JSON value, used for field values in diffs and conflicts. */
  JSON: { input: unknown; output: unknown; }
  UUID: { input: string; output: string; }
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  expiresAt: Scalars['DateTime']['output'];
  /** a signed JWT for the Authorization: Bearer header */
  token: Scalars['String']['output'];
  user: User;
};

/**
 * A named line of history within one project. Every project has the
 * protected branch main. Creating a branch copies no rows.
 */
export type Branch = {
  __typename?: 'Branch';
  changeOrder?: Maybe<ChangeOrder>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  /** the commit that the branch was created from; null for main */
  forkedFrom?: Maybe<Commit>;
  head: Commit;
  name: Scalars['String']['output'];
  projectId: Scalars['UUID']['output'];
  status: BranchStatus;
};

export type BranchStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'MERGED';

export type ChangeKind =
  | 'ADDED'
  | 'MODIFIED'
  | 'REMOVED';

/**
 * A proposed change to a project's scope, budget or schedule. It owns a branch
 * where the change is prepared; approval merges that branch into main.
 */
export type ChangeOrder = {
  __typename?: 'ChangeOrder';
  branch: Branch;
  code: Scalars['String']['output'];
  decidedBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  /** THREE_DOT diff of the change order's branch against main */
  diff: ProjectDiff;
  id: Scalars['UUID']['output'];
  projectId: Scalars['UUID']['output'];
  /** why it was rejected */
  rejectReason?: Maybe<Scalars['String']['output']>;
  requestedBy: User;
  status: ChangeOrderStatus;
  title: Scalars['String']['output'];
};

export type ChangeOrderCreateInput = {
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['UUID']['input'];
  title: Scalars['String']['input'];
};

/** DRAFT -> SUBMITTED -> MERGED (approved and merged into main) or REJECTED */
export type ChangeOrderStatus =
  | 'DRAFT'
  | 'MERGED'
  | 'REJECTED'
  | 'SUBMITTED';

/**
 * One atomic change to one project's data on one branch. Every mutation that
 * changes project data makes exactly one commit.
 */
export type Commit = {
  __typename?: 'Commit';
  author: User;
  branch: Scalars['String']['output'];
  /** what this commit changed, against its first parent */
  changes: Array<EntityChange>;
  committedAt: Scalars['DateTime']['output'];
  /** the branches whose head contains this commit (it is in their log, `commits`), main first; its own branch's among them. Answered for a whole page of commits with two statements per project */
  containedInBranches: Array<Branch>;
  id: Scalars['UUID']['output'];
  kind: CommitKind;
  message: Scalars['String']['output'];
  /** one parent; two for a merge; none for the first commit of a project */
  parents: Array<Commit>;
  projectId: Scalars['UUID']['output'];
  /** position on its branch: 1, 2, 3, … (monotonic per branch) */
  seq: Scalars['Int']['output'];
};

export type CommitConnection = {
  __typename?: 'CommitConnection';
  edges: Array<CommitEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommitEdge = {
  __typename?: 'CommitEdge';
  cursor: Scalars['String']['output'];
  node: Commit;
};

export type CommitKind =
  | 'BRANCH'
  | 'CREATE'
  | 'EDIT'
  | 'MERGE'
  | 'REVERT';

export type ConflictResolution = {
  entityId: Scalars['UUID']['input'];
  field: Scalars['String']['input'];
  value?: InputMaybe<Scalars['JSON']['input']>;
};

export type CostElement = Node & Versioned & {
  __typename?: 'CostElement';
  /** the branch that this object was read from */
  branch: Scalars['String']['output'];
  /** budget at completion of this element */
  budget: Scalars['Decimal']['output'];
  code: Scalars['String']['output'];
  /** the commit that produced this state */
  commit: Commit;
  costRegistrations: Array<CostRegistration>;
  costType: CostType;
  evm: EvmMetrics;
  /** EVM figures at every control date of the range (at most 1,000), each exactly what `evm(at:)` answers at that date at this read point, computed in one pass over data read once; a reversed range or too many dates is BAD_USER_INPUT */
  evmSeries: Array<EvmMetrics>;
  history: Array<CostElement>;
  /** stable identity across versions and branches */
  id: Scalars['UUID']['output'];
  name: Scalars['String']['output'];
  /** Opaque cache key: the same for two reads of the same state at the same read point, different whenever one of its fields could answer differently (see the README, "Using it from a front end"). `id` is the identity of the entity across versions and branches; `Query.node(nodeId)` reads this object again. */
  nodeId: Scalars['ID']['output'];
  plannedEnd: Scalars['Date']['output'];
  plannedStart: Scalars['Date']['output'];
  progressEntries: Array<ProgressEntry>;
  /** when this state was committed: its commit's committedAt */
  validFrom: Scalars['DateTime']['output'];
  /** when it was replaced; null while it is still the latest at the read point */
  validTo?: Maybe<Scalars['DateTime']['output']>;
  /** 1 for the first state; +1 for every later state on this branch's lineage */
  version: Scalars['Int']['output'];
  /** null only where an explicit branch/asOf points where the WBE does not exist */
  wbe?: Maybe<Wbe>;
};


export type CostElementCostRegistrationsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
};


export type CostElementEvmArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


export type CostElementEvmSeriesArgs = {
  from: Scalars['Date']['input'];
  interval?: InputMaybe<SeriesInterval>;
  to: Scalars['Date']['input'];
};


export type CostElementProgressEntriesArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
};


export type CostElementWbeArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
};

export type CostElementCreateInput = {
  budget: Scalars['Decimal']['input'];
  code: Scalars['String']['input'];
  costType?: CostType;
  name: Scalars['String']['input'];
  plannedEnd: Scalars['Date']['input'];
  plannedStart: Scalars['Date']['input'];
  wbeId: Scalars['UUID']['input'];
};

/** A cost element named by id, code and name, as it is at one side of a change. */
export type CostElementRef = {
  __typename?: 'CostElementRef';
  /** its code on that side */
  code: Scalars['String']['output'];
  /** the cost element */
  id: Scalars['UUID']['output'];
  /** its name on that side */
  name: Scalars['String']['output'];
};

export type CostElementUpdateInput = {
  budget?: InputMaybe<Scalars['Decimal']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  costType?: InputMaybe<CostType>;
  name?: InputMaybe<Scalars['String']['input']>;
  plannedEnd?: InputMaybe<Scalars['Date']['input']>;
  plannedStart?: InputMaybe<Scalars['Date']['input']>;
  wbeId?: InputMaybe<Scalars['UUID']['input']>;
};

/** An actual cost incurred on a cost element. */
export type CostRegistration = Node & Versioned & {
  __typename?: 'CostRegistration';
  amount: Scalars['Decimal']['output'];
  /** the branch that this object was read from */
  branch: Scalars['String']['output'];
  /** the commit that produced this state */
  commit: Commit;
  /** null only where an explicit branch/asOf points where the element does not exist */
  costElement?: Maybe<CostElement>;
  description?: Maybe<Scalars['String']['output']>;
  /** stable identity across versions and branches */
  id: Scalars['UUID']['output'];
  incurredOn: Scalars['Date']['output'];
  /** Opaque cache key: the same for two reads of the same state at the same read point, different whenever one of its fields could answer differently (see the README, "Using it from a front end"). `id` is the identity of the entity across versions and branches; `Query.node(nodeId)` reads this object again. */
  nodeId: Scalars['ID']['output'];
  /** when this state was committed: its commit's committedAt */
  validFrom: Scalars['DateTime']['output'];
  /** when it was replaced; null while it is still the latest at the read point */
  validTo?: Maybe<Scalars['DateTime']['output']>;
  /** 1 for the first state; +1 for every later state on this branch's lineage */
  version: Scalars['Int']['output'];
};


/** An actual cost incurred on a cost element. */
export type CostRegistrationCostElementArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
};

export type CostRegistrationInput = {
  amount: Scalars['Decimal']['input'];
  costElementId: Scalars['UUID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  incurredOn: Scalars['Date']['input'];
};

export type CostType =
  | 'EQUIPMENT'
  | 'LABOR'
  | 'MATERIAL'
  | 'OTHER'
  | 'SUBCONTRACT';

export type DiffMode =
  /** what `to` changed since its merge base with `from` (what a merge would bring) */
  | 'THREE_DOT'
  /** state of `from` against state of `to` */
  | 'TWO_DOT';

/**
 * How the project's budget and forecast move between the two sides of a diff:
 * before is the `from` side (THREE_DOT: the merge base), after is the `to`
 * side. EAC is computed at the UTC date of the later side's read point.
 */
export type EvmImpact = {
  __typename?: 'EVMImpact';
  bacAfter: Scalars['Decimal']['output'];
  bacBefore: Scalars['Decimal']['output'];
  bacDelta: Scalars['Decimal']['output'];
  eacAfter?: Maybe<Scalars['Decimal']['output']>;
  eacBefore?: Maybe<Scalars['Decimal']['output']>;
  eacDelta?: Maybe<Scalars['Decimal']['output']>;
};

/**
 * Earned Value Management figures at one control date D, per ANSI/EIA-748.
 * Per cost element: PV = budget x f, where f = 0 before plannedStart, 1 on or
 * after plannedEnd, else (days from plannedStart to D + 1) / (days from
 * plannedStart to plannedEnd + 1), counting calendar days; EV = budget x the
 * latest percentComplete measured on or before D / 100 (0 if none);
 * AC = sum of the amounts incurred on or before D. Roll-ups (WBE: its whole
 * subtree; project: all) sum BAC, PV, EV and AC and derive the other figures
 * from the sums, never by averaging. A figure whose denominator is zero is
 * null (CPI when AC is 0, SPI when PV is 0, EAC when CPI is 0 or null, TCPI
 * when BAC equals AC), and so is any figure derived from a null one. Money is exact and
 * rounded half-even to 2 decimals only when serialized.
 */
export type EvmMetrics = {
  __typename?: 'EVMMetrics';
  ac: Scalars['Decimal']['output'];
  bac: Scalars['Decimal']['output'];
  controlDate: Scalars['Date']['output'];
  /** EV / AC */
  cpi?: Maybe<Scalars['Float']['output']>;
  /** EV - AC */
  cv: Scalars['Decimal']['output'];
  /** BAC / CPI */
  eac?: Maybe<Scalars['Decimal']['output']>;
  /** EAC - AC */
  etc?: Maybe<Scalars['Decimal']['output']>;
  ev: Scalars['Decimal']['output'];
  /** EV / BAC, 0..1; null when BAC is 0 */
  percentComplete?: Maybe<Scalars['Float']['output']>;
  pv: Scalars['Decimal']['output'];
  /** EV / PV */
  spi?: Maybe<Scalars['Float']['output']>;
  /** EV - PV */
  sv: Scalars['Decimal']['output'];
  /** (BAC - EV) / (BAC - AC) */
  tcpi?: Maybe<Scalars['Float']['output']>;
  /** BAC - EAC */
  vac?: Maybe<Scalars['Decimal']['output']>;
};

/** A cost element whose planned dates differ between the diff's two sides. */
export type ElementScheduleChange = {
  __typename?: 'ElementScheduleChange';
  /** its code on the after side (the before side where it was removed) */
  code: Scalars['String']['output'];
  /** the cost element */
  costElementId: Scalars['UUID']['output'];
  /** its name on the after side (the before side where it was removed) */
  name: Scalars['String']['output'];
  /** the codes of its WBE and the WBEs above it, top-level first */
  path: Array<Scalars['String']['output']>;
  /** planned end after; null where it was removed */
  plannedEndAfter?: Maybe<Scalars['Date']['output']>;
  /** planned end before; null where it did not exist */
  plannedEndBefore?: Maybe<Scalars['Date']['output']>;
  /** planned start after; null where it was removed */
  plannedStartAfter?: Maybe<Scalars['Date']['output']>;
  /** planned start before; null where it did not exist */
  plannedStartBefore?: Maybe<Scalars['Date']['output']>;
};

export type EntityChange = {
  __typename?: 'EntityChange';
  /** what the entity is on the after side; null where it does not exist there (REMOVED), and in merge results, which do not read it */
  after?: Maybe<EntitySide>;
  /** what the entity is on the before side (THREE_DOT: the merge base); null where it does not exist there, and in merge results, which do not read it */
  before?: Maybe<EntitySide>;
  entityId: Scalars['UUID']['output'];
  /** Project, WBE, CostElement, CostRegistration or ProgressEntry */
  entityType: Scalars['String']['output'];
  /** MODIFIED: only the fields whose values differ; ADDED and REMOVED: every business field, with null on the missing side */
  fields: Array<FieldChange>;
  kind: ChangeKind;
};

/** What a changed entity is on one side of a change (its state there), so that a review can show it without another query. */
export type EntitySide = {
  __typename?: 'EntitySide';
  /** its code; null for costs and progress, which have none */
  code?: Maybe<Scalars['String']['output']>;
  /** for a cost or progress entry, the cost element it belongs to on that side; null otherwise */
  costElement?: Maybe<CostElementRef>;
  /** how a person names it: "code name" for a project, WBE or cost element; "incurredOn amount description" for a cost; "measuredOn percentComplete%" for progress */
  label: Scalars['String']['output'];
  /** its name; null for costs and progress, which have none */
  name?: Maybe<Scalars['String']['output']>;
  /** the codes of the WBEs above it, top-level first: for a WBE its ancestors, for a cost element its WBE and its ancestors, for a cost or progress entry those of its cost element; empty for a project and a top-level WBE */
  path: Array<Scalars['String']['output']>;
};

/**
 * One field's values on the two sides, in API form (Decimal as a two-decimal
 * string, Date as YYYY-MM-DD, enums by name). Fields are named as in the
 * GraphQL type; references are named parentId, wbeId and costElementId.
 * Version metadata (version, validFrom, commit) never appears.
 */
export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<Scalars['JSON']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  field: Scalars['String']['output'];
};

/**
 * A field that both sides changed, to different values, since the merge base.
 * A delete on one side against an edit on the other is one conflict with
 * field "*", where base, ours and theirs are whole objects (null where deleted).
 */
export type MergeConflict = {
  __typename?: 'MergeConflict';
  base?: Maybe<Scalars['JSON']['output']>;
  entityId: Scalars['UUID']['output'];
  entityType: Scalars['String']['output'];
  field: Scalars['String']['output'];
  ours?: Maybe<Scalars['JSON']['output']>;
  theirs?: Maybe<Scalars['JSON']['output']>;
};

export type MergeResult = {
  __typename?: 'MergeResult';
  /**
   * what the merge brings (in a dry run: would bring) to the target; with
   * CONFLICTS, the part that does not conflict
   */
  changes: Array<EntityChange>;
  /** the merge commit on the target; null when nothing was written */
  commit?: Maybe<Commit>;
  conflicts: Array<MergeConflict>;
  status: MergeStatus;
};

export type MergeStatus =
  | 'CONFLICTS'
  | 'MERGED'
  | 'UP_TO_DATE';

export type MergeStrategy =
  /** report conflicts and change nothing */
  | 'FAIL_ON_CONFLICT'
  /** on conflict keep the target's value */
  | 'OURS'
  /** on conflict take the source's value */
  | 'THEIRS';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * MANAGER or ADMIN. Merges the branch into main with FAIL_ON_CONFLICT and sets
   * MERGED; on conflicts it fails with extensions.code CONFLICT and the change
   * order stays SUBMITTED (bring the branch up to date by merging main into it).
   */
  approveChangeOrder: ChangeOrder;
  /** an archived branch is read-only and cannot be merged; main cannot be archived */
  archiveBranch: Branch;
  /** a new branch of the project at `from` (default: main's latest state); writes no entity rows; a name in use is CONFLICT */
  createBranch: Branch;
  /** creates the change order and its branch, named co-<code> */
  createChangeOrder: ChangeOrder;
  createCostElement: CostElement;
  createProject: Project;
  createUser: User;
  createWBE: Wbe;
  deleteCostElement: Commit;
  /** removes the WBE and everything below it, in one commit */
  deleteWBE: Commit;
  login: AuthPayload;
  /**
   * Three-way merge of source into target against their merge base, field by
   * field. With dryRun nothing is written (status is what a real merge would
   * return; commit is null). A merge writes one MERGE commit with parents
   * [target head, source head], even when it keeps every value of the target.
   * Merging main into a branch brings the branch up to date. Branches stay
   * ACTIVE after a merge; only approving a change order makes its branch MERGED.
   */
  mergeBranch: MergeResult;
  recordProgress: ProgressEntry;
  registerCost: CostRegistration;
  rejectChangeOrder: ChangeOrder;
  /** a new commit on the branch that undoes what the given commit changed; a field changed again since is CONFLICT and nothing is written */
  revertCommit: Commit;
  submitChangeOrder: ChangeOrder;
  updateCostElement: CostElement;
  updateProject: Project;
  updateUser: User;
  updateWBE: Wbe;
};


export type MutationApproveChangeOrderArgs = {
  id: Scalars['UUID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationArchiveBranchArgs = {
  name: Scalars['String']['input'];
  projectId: Scalars['UUID']['input'];
};


export type MutationCreateBranchArgs = {
  from?: InputMaybe<RefInput>;
  name: Scalars['String']['input'];
  projectId: Scalars['UUID']['input'];
};


export type MutationCreateChangeOrderArgs = {
  input: ChangeOrderCreateInput;
};


export type MutationCreateCostElementArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  input: CostElementCreateInput;
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateProjectArgs = {
  input: ProjectCreateInput;
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateUserArgs = {
  input: UserCreateInput;
};


export type MutationCreateWbeArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  input: WbeCreateInput;
  message?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['UUID']['input'];
};


export type MutationDeleteCostElementArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteWbeArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMergeBranchArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['UUID']['input'];
  resolutions?: InputMaybe<Array<ConflictResolution>>;
  source: Scalars['String']['input'];
  strategy?: InputMaybe<MergeStrategy>;
  target?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRecordProgressArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  input: ProgressInput;
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRegisterCostArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  input: CostRegistrationInput;
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRejectChangeOrderArgs = {
  id: Scalars['UUID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRevertCommitArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  commitId: Scalars['UUID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['UUID']['input'];
};


export type MutationSubmitChangeOrderArgs = {
  id: Scalars['UUID']['input'];
};


export type MutationUpdateCostElementArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  input: CostElementUpdateInput;
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateProjectArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  input: ProjectUpdateInput;
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateUserArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  input: UserUpdateInput;
};


export type MutationUpdateWbeArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  input: WbeUpdateInput;
  message?: InputMaybe<Scalars['String']['input']>;
};

/** An object that a normalising cache can key by `nodeId`: one state of one entity, as read at one read point. `Query.node` reads it again. */
export type Node = {
  /** Opaque cache key: the same for two reads of the same state at the same read point, different whenever one of its fields could answer differently (see the README, "Using it from a front end"). `id` is the identity of the entity across versions and branches; `Query.node(nodeId)` reads this object again. */
  nodeId: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Percent complete of a cost element, as measured on a date. */
export type ProgressEntry = Node & Versioned & {
  __typename?: 'ProgressEntry';
  /** the branch that this object was read from */
  branch: Scalars['String']['output'];
  /** the commit that produced this state */
  commit: Commit;
  /** null only where an explicit branch/asOf points where the element does not exist */
  costElement?: Maybe<CostElement>;
  /** stable identity across versions and branches */
  id: Scalars['UUID']['output'];
  measuredOn: Scalars['Date']['output'];
  /** Opaque cache key: the same for two reads of the same state at the same read point, different whenever one of its fields could answer differently (see the README, "Using it from a front end"). `id` is the identity of the entity across versions and branches; `Query.node(nodeId)` reads this object again. */
  nodeId: Scalars['ID']['output'];
  /** 0..100 */
  percentComplete: Scalars['Float']['output'];
  /** when this state was committed: its commit's committedAt */
  validFrom: Scalars['DateTime']['output'];
  /** when it was replaced; null while it is still the latest at the read point */
  validTo?: Maybe<Scalars['DateTime']['output']>;
  /** 1 for the first state; +1 for every later state on this branch's lineage */
  version: Scalars['Int']['output'];
};


/** Percent complete of a cost element, as measured on a date. */
export type ProgressEntryCostElementArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
};

export type ProgressInput = {
  costElementId: Scalars['UUID']['input'];
  measuredOn: Scalars['Date']['input'];
  percentComplete: Scalars['Float']['input'];
};

export type Project = Node & Versioned & {
  __typename?: 'Project';
  /** every WBE of the project, flat */
  allWbes: Array<Wbe>;
  /** the branch that this object was read from */
  branch: Scalars['String']['output'];
  branches: Array<Branch>;
  /** sum of the budgets of the project's cost elements at this point */
  budget: Scalars['Decimal']['output'];
  code: Scalars['String']['output'];
  /** the commit that produced this state */
  commit: Commit;
  /** ISO 4217 code */
  currency: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  endDate: Scalars['Date']['output'];
  /** control date defaults to the read point's date */
  evm: EvmMetrics;
  /** EVM figures at every control date of the range (at most 1,000), each exactly what `evm(at:)` answers at that date at this read point, computed in one pass over data read once; a reversed range or too many dates is BAD_USER_INPUT */
  evmSeries: Array<EvmMetrics>;
  /** every past state on this branch's lineage, oldest first */
  history: Array<Project>;
  /** stable identity across versions and branches */
  id: Scalars['UUID']['output'];
  name: Scalars['String']['output'];
  /** Opaque cache key: the same for two reads of the same state at the same read point, different whenever one of its fields could answer differently (see the README, "Using it from a front end"). `id` is the identity of the entity across versions and branches; `Query.node(nodeId)` reads this object again. */
  nodeId: Scalars['ID']['output'];
  startDate: Scalars['Date']['output'];
  status: ProjectStatus;
  /** when this state was committed: its commit's committedAt */
  validFrom: Scalars['DateTime']['output'];
  /** when it was replaced; null while it is still the latest at the read point */
  validTo?: Maybe<Scalars['DateTime']['output']>;
  /** 1 for the first state; +1 for every later state on this branch's lineage */
  version: Scalars['Int']['output'];
  /** top-level WBEs (no parent WBE) */
  wbes: Array<Wbe>;
};


export type ProjectAllWbesArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
};


export type ProjectEvmArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


export type ProjectEvmSeriesArgs = {
  from: Scalars['Date']['input'];
  interval?: InputMaybe<SeriesInterval>;
  to: Scalars['Date']['input'];
};


export type ProjectWbesArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectCreateInput = {
  code: Scalars['String']['input'];
  currency?: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  endDate: Scalars['Date']['input'];
  name: Scalars['String']['input'];
  startDate: Scalars['Date']['input'];
  status?: InputMaybe<ProjectStatus>;
};

export type ProjectDiff = {
  __typename?: 'ProjectDiff';
  changes: Array<EntityChange>;
  evmImpact: EvmImpact;
  from: ResolvedRef;
  mergeBase?: Maybe<Commit>;
  mode: DiffMode;
  projectId: Scalars['UUID']['output'];
  /** the planned dates that the diff moves, and the planned span of the project on each side */
  scheduleImpact: ScheduleImpact;
  to: ResolvedRef;
  /** every WBE whose BAC, EAC or PV at the control date differ between the two sides, with the WBEs above it, ordered by path */
  wbeImpact: Array<WbeImpact>;
};


export type ProjectDiffWbeImpactArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type ProjectStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'ON_HOLD'
  | 'PLANNED';

export type ProjectUpdateInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<ProjectStatus>;
};

export type Query = {
  __typename?: 'Query';
  branches: Array<Branch>;
  changeOrder?: Maybe<ChangeOrder>;
  changeOrders: Array<ChangeOrder>;
  commit?: Maybe<Commit>;
  /** the log of a branch: every commit reachable from its head through all parents (like git log), newest first */
  commits: CommitConnection;
  costElement?: Maybe<CostElement>;
  /** null when it did not exist at that point (or was deleted), like the other versioned roots */
  costRegistration?: Maybe<CostRegistration>;
  diff: ProjectDiff;
  me?: Maybe<User>;
  /** The object that a nodeId names, read again at the read point it was read at; its children inherit that point. null when no such object is here (e.g. a nodeId of another server or database); a string that is not a nodeId at all is BAD_USER_INPUT. */
  node?: Maybe<Node>;
  /** null when it did not exist at that point (or was deleted), like the other versioned roots */
  progressEntry?: Maybe<ProgressEntry>;
  /**
   * null when the project did not exist at that point (or was deleted);
   * a branch that the project does not have is a NOT_FOUND error
   */
  project?: Maybe<Project>;
  /** projects that exist at the given point; a project without that branch is left out */
  projects: ProjectConnection;
  user?: Maybe<User>;
  users: Array<User>;
  wbe?: Maybe<Wbe>;
};


export type QueryBranchesArgs = {
  projectId: Scalars['UUID']['input'];
};


export type QueryChangeOrderArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryChangeOrdersArgs = {
  projectId: Scalars['UUID']['input'];
  status?: InputMaybe<ChangeOrderStatus>;
};


export type QueryCommitArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryCommitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['UUID']['input'];
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryCostElementArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  commit?: InputMaybe<Scalars['UUID']['input']>;
  id: Scalars['UUID']['input'];
};


export type QueryCostRegistrationArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  commit?: InputMaybe<Scalars['UUID']['input']>;
  id: Scalars['UUID']['input'];
};


export type QueryDiffArgs = {
  from: RefInput;
  mode?: InputMaybe<DiffMode>;
  projectId: Scalars['UUID']['input'];
  to: RefInput;
};


export type QueryNodeArgs = {
  nodeId: Scalars['ID']['input'];
};


export type QueryProgressEntryArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  commit?: InputMaybe<Scalars['UUID']['input']>;
  id: Scalars['UUID']['input'];
};


export type QueryProjectArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  commit?: InputMaybe<Scalars['UUID']['input']>;
  id: Scalars['UUID']['input'];
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['UUID']['input'];
};


export type QueryWbeArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  commit?: InputMaybe<Scalars['UUID']['input']>;
  id: Scalars['UUID']['input'];
};

/**
 * Where in history to read or compare: a branch, and at most one of a moment
 * or a commit on it. Neither: the branch's latest state.
 */
export type RefInput = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: Scalars['String']['input'];
  commit?: InputMaybe<Scalars['UUID']['input']>;
};

/** The point that a ref resolved to. */
export type ResolvedRef = {
  __typename?: 'ResolvedRef';
  asOf?: Maybe<Scalars['DateTime']['output']>;
  branch: Scalars['String']['output'];
  commit?: Maybe<Commit>;
};

export type Role =
  /** everything, including user administration */
  | 'ADMIN'
  /** writes on branches other than main; registers costs and progress */
  | 'EDITOR'
  /** writes anywhere, including the protected branch main; merges into main */
  | 'MANAGER'
  /** reads only */
  | 'VIEWER';

/** The schedule effect of a diff: the planned dates of the cost elements it moves, adds or removes, and the project's planned span (earliest planned start and latest planned end of its cost elements) on each side. */
export type ScheduleImpact = {
  __typename?: 'ScheduleImpact';
  /** cost elements whose planned start or end differ, by path */
  elements: Array<ElementScheduleChange>;
  /** the project's latest planned end after; null without elements */
  projectEndAfter?: Maybe<Scalars['Date']['output']>;
  /** the project's latest planned end before; null without elements */
  projectEndBefore?: Maybe<Scalars['Date']['output']>;
  /** the project's earliest planned start after; null without elements */
  projectStartAfter?: Maybe<Scalars['Date']['output']>;
  /** the project's earliest planned start before; null without elements */
  projectStartBefore?: Maybe<Scalars['Date']['output']>;
};

/** The spacing of the control dates of an EVM series, counted from its first date. */
export type SeriesInterval =
  /** every calendar day */
  | 'DAY'
  /** the same day of every month, on the month's last day where it has fewer days (Jan 31, Feb 28, …) */
  | 'MONTH'
  /** every 7 calendar days */
  | 'WEEK';

/**
 * A user's identity is stable; the profile (fullName, role, isActive) is
 * versioned without branches. Password hashes never appear in any version.
 */
export type User = Node & {
  __typename?: 'User';
  email: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  /** every past state of this user's profile, oldest first */
  history: Array<User>;
  id: Scalars['UUID']['output'];
  isActive: Scalars['Boolean']['output'];
  /** Opaque; see `Node.nodeId`. A profile state together with the latest state visible where it was read, which its `validTo` and `history` depend on. */
  nodeId: Scalars['ID']['output'];
  role: Role;
  validFrom: Scalars['DateTime']['output'];
  /** when this state was replaced; null while it is the latest at the read point */
  validTo?: Maybe<Scalars['DateTime']['output']>;
  version: Scalars['Int']['output'];
};

export type UserCreateInput = {
  email: Scalars['String']['input'];
  fullName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  role: Role;
};

export type UserUpdateInput = {
  fullName?: InputMaybe<Scalars['String']['input']>;
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  role?: InputMaybe<Role>;
};

/**
 * Common to every versioned type. A versioned object is one entity seen at one
 * point of history: the branch and moment it was read at. Fields that return
 * versioned objects take `branch` and `asOf`; where a field leaves them out it
 * inherits the parent's, so a whole tree is read at one consistent point.
 */
export type Versioned = {
  /** the branch that this object was read from */
  branch: Scalars['String']['output'];
  /** the commit that produced this state */
  commit: Commit;
  /** stable identity across versions and branches */
  id: Scalars['UUID']['output'];
  /** when this state was committed: its commit's committedAt */
  validFrom: Scalars['DateTime']['output'];
  /** when it was replaced; null while it is still the latest at the read point */
  validTo?: Maybe<Scalars['DateTime']['output']>;
  /** 1 for the first state; +1 for every later state on this branch's lineage */
  version: Scalars['Int']['output'];
};

/** Work breakdown element: a node of the project's work breakdown structure. */
export type Wbe = Node & Versioned & {
  __typename?: 'WBE';
  /** the branch that this object was read from */
  branch: Scalars['String']['output'];
  /** sum of the budgets of the cost elements below this WBE, at any depth */
  budget: Scalars['Decimal']['output'];
  children: Array<Wbe>;
  code: Scalars['String']['output'];
  /** the commit that produced this state */
  commit: Commit;
  costElements: Array<CostElement>;
  description?: Maybe<Scalars['String']['output']>;
  evm: EvmMetrics;
  /** EVM figures at every control date of the range (at most 1,000), each exactly what `evm(at:)` answers at that date at this read point, computed in one pass over data read once; a reversed range or too many dates is BAD_USER_INPUT */
  evmSeries: Array<EvmMetrics>;
  history: Array<Wbe>;
  /** stable identity across versions and branches */
  id: Scalars['UUID']['output'];
  name: Scalars['String']['output'];
  /** Opaque cache key: the same for two reads of the same state at the same read point, different whenever one of its fields could answer differently (see the README, "Using it from a front end"). `id` is the identity of the entity across versions and branches; `Query.node(nodeId)` reads this object again. */
  nodeId: Scalars['ID']['output'];
  parent?: Maybe<Wbe>;
  /** null only where an explicit branch/asOf points where the project does not exist */
  project?: Maybe<Project>;
  /** when this state was committed: its commit's committedAt */
  validFrom: Scalars['DateTime']['output'];
  /** when it was replaced; null while it is still the latest at the read point */
  validTo?: Maybe<Scalars['DateTime']['output']>;
  /** 1 for the first state; +1 for every later state on this branch's lineage */
  version: Scalars['Int']['output'];
};


/** Work breakdown element: a node of the project's work breakdown structure. */
export type WbeChildrenArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
};


/** Work breakdown element: a node of the project's work breakdown structure. */
export type WbeCostElementsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
};


/** Work breakdown element: a node of the project's work breakdown structure. */
export type WbeEvmArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


/** Work breakdown element: a node of the project's work breakdown structure. */
export type WbeEvmSeriesArgs = {
  from: Scalars['Date']['input'];
  interval?: InputMaybe<SeriesInterval>;
  to: Scalars['Date']['input'];
};


/** Work breakdown element: a node of the project's work breakdown structure. */
export type WbeParentArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
};


/** Work breakdown element: a node of the project's work breakdown structure. */
export type WbeProjectArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
};

export type WbeCreateInput = {
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['UUID']['input']>;
};

/** How one WBE's figures move between the two sides of a diff, at the impact's control date. Figures are over the WBE's whole subtree, exactly as `WBE.evm(at:)` computes them; a WBE missing on one side counts zero there. */
export type WbeImpact = {
  __typename?: 'WBEImpact';
  /** budget at completion after */
  bacAfter: Scalars['Decimal']['output'];
  /** budget at completion before */
  bacBefore: Scalars['Decimal']['output'];
  /** bacAfter - bacBefore */
  bacDelta: Scalars['Decimal']['output'];
  /** its code on the after side (the before side where it was removed) */
  code: Scalars['String']['output'];
  /** estimate at completion after; null where CPI is */
  eacAfter?: Maybe<Scalars['Decimal']['output']>;
  /** estimate at completion before; null where CPI is */
  eacBefore?: Maybe<Scalars['Decimal']['output']>;
  /** eacAfter - eacBefore; null if either is */
  eacDelta?: Maybe<Scalars['Decimal']['output']>;
  /** its name on the after side (the before side where it was removed) */
  name: Scalars['String']['output'];
  /** the codes of the WBEs above it, top-level first */
  path: Array<Scalars['String']['output']>;
  /** planned value at the control date after */
  pvAfter: Scalars['Decimal']['output'];
  /** planned value at the control date before */
  pvBefore: Scalars['Decimal']['output'];
  /** pvAfter - pvBefore */
  pvDelta: Scalars['Decimal']['output'];
  /** the WBE */
  wbeId: Scalars['UUID']['output'];
};

export type WbeUpdateInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** the new parent; null (given explicitly) makes the WBE top-level */
  parentId?: InputMaybe<Scalars['UUID']['input']>;
};

export type CcChangeFragment = { __typename?: 'EntityChange', entityType: string, entityId: string, kind: ChangeKind, fields: Array<{ __typename?: 'FieldChange', field: string, before?: unknown | null, after?: unknown | null }> };

export type CcCommitInfoFragment = { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, message: string, committedAt: string, parents: Array<{ __typename?: 'Commit', id: string }> };

export type CcCostElementStateFragment = { __typename?: 'CostElement', id: string, version: number, branch: string, code: string, name: string, costType: CostType, budget: string, plannedStart: string, plannedEnd: string, validFrom: string, wbe?: { __typename?: 'WBE', id: string } | null };

export type CcChangeOrderStateFragment = { __typename?: 'ChangeOrder', id: string, projectId: string, code: string, title: string, description?: string | null, status: ChangeOrderStatus, rejectReason?: string | null, requestedBy: { __typename?: 'User', id: string }, decidedBy?: { __typename?: 'User', id: string } | null, branch: { __typename?: 'Branch', name: string, status: BranchStatus, head: { __typename?: 'Commit', id: string }, forkedFrom?: { __typename?: 'Commit', id: string } | null, changeOrder?: { __typename?: 'ChangeOrder', id: string, code: string } | null } };

export type CcDiffResultFragment = { __typename?: 'ProjectDiff', projectId: string, mode: DiffMode, from: { __typename?: 'ResolvedRef', branch: string, asOf?: string | null, commit?: { __typename?: 'Commit', id: string } | null }, to: { __typename?: 'ResolvedRef', branch: string, asOf?: string | null, commit?: { __typename?: 'Commit', id: string } | null }, mergeBase?: { __typename?: 'Commit', id: string, branch: string } | null, changes: Array<{ __typename?: 'EntityChange', entityType: string, entityId: string, kind: ChangeKind, fields: Array<{ __typename?: 'FieldChange', field: string, before?: unknown | null, after?: unknown | null }> }> };

export type CcCreateProjectMutationVariables = Exact<{
  input: ProjectCreateInput;
}>;


export type CcCreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string, code: string, version: number, commit: { __typename?: 'Commit', id: string } } };

export type CcUpdateProjectMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  input: ProjectUpdateInput;
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type CcUpdateProjectMutation = { __typename?: 'Mutation', updateProject: { __typename?: 'Project', id: string, version: number, name: string, commit: { __typename?: 'Commit', id: string } } };

export type CcCreateWbeMutationVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  input: WbeCreateInput;
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type CcCreateWbeMutation = { __typename?: 'Mutation', createWBE: { __typename?: 'WBE', id: string, code: string, name: string, version: number, commit: { __typename?: 'Commit', id: string } } };

export type CcUpdateWbeMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  input: WbeUpdateInput;
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type CcUpdateWbeMutation = { __typename?: 'Mutation', updateWBE: { __typename?: 'WBE', id: string, code: string, name: string, version: number, commit: { __typename?: 'Commit', id: string } } };

export type CcDeleteWbeMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type CcDeleteWbeMutation = { __typename?: 'Mutation', deleteWBE: { __typename?: 'Commit', id: string, kind: CommitKind } };

export type CcCreateCostElementMutationVariables = Exact<{
  input: CostElementCreateInput;
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type CcCreateCostElementMutation = { __typename?: 'Mutation', createCostElement: { __typename?: 'CostElement', id: string, version: number, branch: string, code: string, name: string, costType: CostType, budget: string, plannedStart: string, plannedEnd: string, validFrom: string, commit: { __typename?: 'Commit', id: string }, wbe?: { __typename?: 'WBE', id: string } | null } };

export type CcUpdateCostElementMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  input: CostElementUpdateInput;
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type CcUpdateCostElementMutation = { __typename?: 'Mutation', updateCostElement: { __typename?: 'CostElement', id: string, version: number, branch: string, code: string, name: string, costType: CostType, budget: string, plannedStart: string, plannedEnd: string, validFrom: string, commit: { __typename?: 'Commit', id: string }, wbe?: { __typename?: 'WBE', id: string } | null } };

export type CcDeleteCostElementMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type CcDeleteCostElementMutation = { __typename?: 'Mutation', deleteCostElement: { __typename?: 'Commit', id: string, kind: CommitKind } };

export type CcRegisterCostMutationVariables = Exact<{
  input: CostRegistrationInput;
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type CcRegisterCostMutation = { __typename?: 'Mutation', registerCost: { __typename?: 'CostRegistration', id: string, amount: string, commit: { __typename?: 'Commit', id: string } } };

export type CcRecordProgressMutationVariables = Exact<{
  input: ProgressInput;
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type CcRecordProgressMutation = { __typename?: 'Mutation', recordProgress: { __typename?: 'ProgressEntry', id: string, percentComplete: number, commit: { __typename?: 'Commit', id: string } } };

export type CcCreateBranchMutationVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  name: Scalars['String']['input'];
  from?: InputMaybe<RefInput>;
}>;


export type CcCreateBranchMutation = { __typename?: 'Mutation', createBranch: { __typename?: 'Branch', name: string, status: BranchStatus, head: { __typename?: 'Commit', id: string }, forkedFrom?: { __typename?: 'Commit', id: string } | null } };

export type CcArchiveBranchMutationVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  name: Scalars['String']['input'];
}>;


export type CcArchiveBranchMutation = { __typename?: 'Mutation', archiveBranch: { __typename?: 'Branch', name: string, status: BranchStatus } };

export type CcBranchesQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
}>;


export type CcBranchesQuery = { __typename?: 'Query', branches: Array<{ __typename?: 'Branch', name: string, status: BranchStatus, head: { __typename?: 'Commit', id: string }, forkedFrom?: { __typename?: 'Commit', id: string } | null, changeOrder?: { __typename?: 'ChangeOrder', id: string, code: string, status: ChangeOrderStatus } | null }> };

export type CcCommitsQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CcCommitsQuery = { __typename?: 'Query', commits: { __typename?: 'CommitConnection', totalCount: number, edges: Array<{ __typename?: 'CommitEdge', node: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, message: string, committedAt: string, parents: Array<{ __typename?: 'Commit', id: string }> } }> } };

export type CcCommitQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
}>;


export type CcCommitQuery = { __typename?: 'Query', commit?: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, message: string, committedAt: string, changes: Array<{ __typename?: 'EntityChange', entityType: string, entityId: string, kind: ChangeKind, fields: Array<{ __typename?: 'FieldChange', field: string, before?: unknown | null, after?: unknown | null }> }>, parents: Array<{ __typename?: 'Commit', id: string }> } | null };

export type CcProjectTreeQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type CcProjectTreeQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, name: string, version: number, budget: string, allWbes: Array<{ __typename?: 'WBE', id: string, code: string, name: string, version: number, parent?: { __typename?: 'WBE', id: string } | null, costElements: Array<{ __typename?: 'CostElement', id: string, version: number, branch: string, code: string, name: string, costType: CostType, budget: string, plannedStart: string, plannedEnd: string, validFrom: string, wbe?: { __typename?: 'WBE', id: string } | null }> }> } | null };

export type CcCostElementQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type CcCostElementQuery = { __typename?: 'Query', costElement?: { __typename?: 'CostElement', id: string, version: number, branch: string, code: string, name: string, costType: CostType, budget: string, plannedStart: string, plannedEnd: string, validFrom: string, costRegistrations: Array<{ __typename?: 'CostRegistration', id: string, amount: string }>, history: Array<{ __typename?: 'CostElement', version: number, budget: string, name: string, branch: string }>, wbe?: { __typename?: 'WBE', id: string } | null } | null };

export type CcDiffQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  from: RefInput;
  to: RefInput;
  mode?: InputMaybe<DiffMode>;
}>;


export type CcDiffQuery = { __typename?: 'Query', diff: { __typename?: 'ProjectDiff', projectId: string, mode: DiffMode, from: { __typename?: 'ResolvedRef', branch: string, asOf?: string | null, commit?: { __typename?: 'Commit', id: string } | null }, to: { __typename?: 'ResolvedRef', branch: string, asOf?: string | null, commit?: { __typename?: 'Commit', id: string } | null }, mergeBase?: { __typename?: 'Commit', id: string, branch: string } | null, changes: Array<{ __typename?: 'EntityChange', entityType: string, entityId: string, kind: ChangeKind, fields: Array<{ __typename?: 'FieldChange', field: string, before?: unknown | null, after?: unknown | null }> }> } };

export type CcDiffWithImpactQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  from: RefInput;
  to: RefInput;
  mode?: InputMaybe<DiffMode>;
}>;


export type CcDiffWithImpactQuery = { __typename?: 'Query', diff: { __typename?: 'ProjectDiff', projectId: string, mode: DiffMode, evmImpact: { __typename?: 'EVMImpact', bacBefore: string, bacAfter: string, bacDelta: string, eacBefore?: string | null, eacAfter?: string | null, eacDelta?: string | null }, from: { __typename?: 'ResolvedRef', branch: string, asOf?: string | null, commit?: { __typename?: 'Commit', id: string } | null }, to: { __typename?: 'ResolvedRef', branch: string, asOf?: string | null, commit?: { __typename?: 'Commit', id: string } | null }, mergeBase?: { __typename?: 'Commit', id: string, branch: string } | null, changes: Array<{ __typename?: 'EntityChange', entityType: string, entityId: string, kind: ChangeKind, fields: Array<{ __typename?: 'FieldChange', field: string, before?: unknown | null, after?: unknown | null }> }> } };

export type CcMergeBranchMutationVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  source: Scalars['String']['input'];
  target?: InputMaybe<Scalars['String']['input']>;
  strategy?: InputMaybe<MergeStrategy>;
  resolutions?: InputMaybe<Array<ConflictResolution> | ConflictResolution>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type CcMergeBranchMutation = { __typename?: 'Mutation', mergeBranch: { __typename?: 'MergeResult', status: MergeStatus, commit?: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, message: string, committedAt: string, parents: Array<{ __typename?: 'Commit', id: string }> } | null, conflicts: Array<{ __typename?: 'MergeConflict', entityType: string, entityId: string, field: string, base?: unknown | null, ours?: unknown | null, theirs?: unknown | null }>, changes: Array<{ __typename?: 'EntityChange', entityType: string, entityId: string, kind: ChangeKind, fields: Array<{ __typename?: 'FieldChange', field: string, before?: unknown | null, after?: unknown | null }> }> } };

export type CcRevertCommitMutationVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  commitId: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type CcRevertCommitMutation = { __typename?: 'Mutation', revertCommit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, message: string, committedAt: string, changes: Array<{ __typename?: 'EntityChange', entityType: string, entityId: string, kind: ChangeKind, fields: Array<{ __typename?: 'FieldChange', field: string, before?: unknown | null, after?: unknown | null }> }>, parents: Array<{ __typename?: 'Commit', id: string }> } };

export type CcCreateChangeOrderMutationVariables = Exact<{
  input: ChangeOrderCreateInput;
}>;


export type CcCreateChangeOrderMutation = { __typename?: 'Mutation', createChangeOrder: { __typename?: 'ChangeOrder', id: string, projectId: string, code: string, title: string, description?: string | null, status: ChangeOrderStatus, rejectReason?: string | null, requestedBy: { __typename?: 'User', id: string }, decidedBy?: { __typename?: 'User', id: string } | null, branch: { __typename?: 'Branch', name: string, status: BranchStatus, head: { __typename?: 'Commit', id: string }, forkedFrom?: { __typename?: 'Commit', id: string } | null, changeOrder?: { __typename?: 'ChangeOrder', id: string, code: string } | null } } };

export type CcSubmitChangeOrderMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
}>;


export type CcSubmitChangeOrderMutation = { __typename?: 'Mutation', submitChangeOrder: { __typename?: 'ChangeOrder', id: string, projectId: string, code: string, title: string, description?: string | null, status: ChangeOrderStatus, rejectReason?: string | null, requestedBy: { __typename?: 'User', id: string }, decidedBy?: { __typename?: 'User', id: string } | null, branch: { __typename?: 'Branch', name: string, status: BranchStatus, head: { __typename?: 'Commit', id: string }, forkedFrom?: { __typename?: 'Commit', id: string } | null, changeOrder?: { __typename?: 'ChangeOrder', id: string, code: string } | null } } };

export type CcApproveChangeOrderMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type CcApproveChangeOrderMutation = { __typename?: 'Mutation', approveChangeOrder: { __typename?: 'ChangeOrder', id: string, projectId: string, code: string, title: string, description?: string | null, status: ChangeOrderStatus, rejectReason?: string | null, requestedBy: { __typename?: 'User', id: string }, decidedBy?: { __typename?: 'User', id: string } | null, branch: { __typename?: 'Branch', name: string, status: BranchStatus, head: { __typename?: 'Commit', id: string }, forkedFrom?: { __typename?: 'Commit', id: string } | null, changeOrder?: { __typename?: 'ChangeOrder', id: string, code: string } | null } } };

export type CcRejectChangeOrderMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CcRejectChangeOrderMutation = { __typename?: 'Mutation', rejectChangeOrder: { __typename?: 'ChangeOrder', id: string, projectId: string, code: string, title: string, description?: string | null, status: ChangeOrderStatus, rejectReason?: string | null, requestedBy: { __typename?: 'User', id: string }, decidedBy?: { __typename?: 'User', id: string } | null, branch: { __typename?: 'Branch', name: string, status: BranchStatus, head: { __typename?: 'Commit', id: string }, forkedFrom?: { __typename?: 'Commit', id: string } | null, changeOrder?: { __typename?: 'ChangeOrder', id: string, code: string } | null } } };

export type CcChangeOrdersQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  status?: InputMaybe<ChangeOrderStatus>;
}>;


export type CcChangeOrdersQuery = { __typename?: 'Query', changeOrders: Array<{ __typename?: 'ChangeOrder', id: string, code: string, status: ChangeOrderStatus }> };

export type CcChangeOrderWithDiffQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
}>;


export type CcChangeOrderWithDiffQuery = { __typename?: 'Query', changeOrder?: { __typename?: 'ChangeOrder', id: string, projectId: string, code: string, title: string, description?: string | null, status: ChangeOrderStatus, rejectReason?: string | null, diff: { __typename?: 'ProjectDiff', projectId: string, mode: DiffMode, evmImpact: { __typename?: 'EVMImpact', bacBefore: string, bacAfter: string, bacDelta: string }, from: { __typename?: 'ResolvedRef', branch: string, asOf?: string | null, commit?: { __typename?: 'Commit', id: string } | null }, to: { __typename?: 'ResolvedRef', branch: string, asOf?: string | null, commit?: { __typename?: 'Commit', id: string } | null }, mergeBase?: { __typename?: 'Commit', id: string, branch: string } | null, changes: Array<{ __typename?: 'EntityChange', entityType: string, entityId: string, kind: ChangeKind, fields: Array<{ __typename?: 'FieldChange', field: string, before?: unknown | null, after?: unknown | null }> }> }, requestedBy: { __typename?: 'User', id: string }, decidedBy?: { __typename?: 'User', id: string } | null, branch: { __typename?: 'Branch', name: string, status: BranchStatus, head: { __typename?: 'Commit', id: string }, forkedFrom?: { __typename?: 'Commit', id: string } | null, changeOrder?: { __typename?: 'ChangeOrder', id: string, code: string } | null } } | null };

export type CcEntitySideFragment = { __typename?: 'EntitySide', label: string, code?: string | null, name?: string | null, path: Array<string>, costElement?: { __typename?: 'CostElementRef', id: string, code: string, name: string } | null };

export type CcReadableDiffQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  from: RefInput;
  to: RefInput;
  mode?: InputMaybe<DiffMode>;
  at?: InputMaybe<Scalars['Date']['input']>;
}>;


export type CcReadableDiffQuery = { __typename?: 'Query', diff: { __typename?: 'ProjectDiff', changes: Array<{ __typename?: 'EntityChange', entityType: string, entityId: string, kind: ChangeKind, before?: { __typename?: 'EntitySide', label: string, code?: string | null, name?: string | null, path: Array<string>, costElement?: { __typename?: 'CostElementRef', id: string, code: string, name: string } | null } | null, after?: { __typename?: 'EntitySide', label: string, code?: string | null, name?: string | null, path: Array<string>, costElement?: { __typename?: 'CostElementRef', id: string, code: string, name: string } | null } | null }>, wbeImpact: Array<{ __typename?: 'WBEImpact', wbeId: string, code: string, name: string, path: Array<string>, bacBefore: string, bacAfter: string, bacDelta: string, eacBefore?: string | null, eacAfter?: string | null, eacDelta?: string | null, pvBefore: string, pvAfter: string, pvDelta: string }>, scheduleImpact: { __typename?: 'ScheduleImpact', projectStartBefore?: string | null, projectStartAfter?: string | null, projectEndBefore?: string | null, projectEndAfter?: string | null, elements: Array<{ __typename?: 'ElementScheduleChange', costElementId: string, code: string, name: string, path: Array<string>, plannedStartBefore?: string | null, plannedStartAfter?: string | null, plannedEndBefore?: string | null, plannedEndAfter?: string | null }> } } };

export type CcReadableChangesQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  from: RefInput;
  to: RefInput;
  mode?: InputMaybe<DiffMode>;
}>;


export type CcReadableChangesQuery = { __typename?: 'Query', diff: { __typename?: 'ProjectDiff', changes: Array<{ __typename?: 'EntityChange', entityId: string, kind: ChangeKind, before?: { __typename?: 'EntitySide', label: string, code?: string | null, name?: string | null, path: Array<string>, costElement?: { __typename?: 'CostElementRef', id: string, code: string, name: string } | null } | null, after?: { __typename?: 'EntitySide', label: string, code?: string | null, name?: string | null, path: Array<string>, costElement?: { __typename?: 'CostElementRef', id: string, code: string, name: string } | null } | null }> } };

export type CcActualRootsQueryVariables = Exact<{
  costId: Scalars['UUID']['input'];
  progressId: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type CcActualRootsQuery = { __typename?: 'Query', costRegistration?: { __typename?: 'CostRegistration', id: string, amount: string, incurredOn: string, description?: string | null, costElement?: { __typename?: 'CostElement', id: string } | null } | null, progressEntry?: { __typename?: 'ProgressEntry', id: string, percentComplete: number, measuredOn: string } | null };

export type EvmApiCreateProjectMutationVariables = Exact<{
  input: ProjectCreateInput;
}>;


export type EvmApiCreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string, validFrom: string } };

export type EvmApiCreateWbeMutationVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  input: WbeCreateInput;
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvmApiCreateWbeMutation = { __typename?: 'Mutation', createWBE: { __typename?: 'WBE', id: string, validFrom: string } };

export type EvmApiCreateCostElementMutationVariables = Exact<{
  input: CostElementCreateInput;
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvmApiCreateCostElementMutation = { __typename?: 'Mutation', createCostElement: { __typename?: 'CostElement', id: string, validFrom: string } };

export type EvmApiUpdateCostElementMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  input: CostElementUpdateInput;
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvmApiUpdateCostElementMutation = { __typename?: 'Mutation', updateCostElement: { __typename?: 'CostElement', id: string, version: number, budget: string, validFrom: string, commit: { __typename?: 'Commit', committedAt: string } } };

export type EvmApiRegisterCostMutationVariables = Exact<{
  input: CostRegistrationInput;
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvmApiRegisterCostMutation = { __typename?: 'Mutation', registerCost: { __typename?: 'CostRegistration', id: string, validFrom: string } };

export type EvmApiRecordProgressMutationVariables = Exact<{
  input: ProgressInput;
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvmApiRecordProgressMutation = { __typename?: 'Mutation', recordProgress: { __typename?: 'ProgressEntry', id: string, validFrom: string } };

export type EvmApiCreateBranchMutationVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  name: Scalars['String']['input'];
}>;


export type EvmApiCreateBranchMutation = { __typename?: 'Mutation', createBranch: { __typename?: 'Branch', name: string, head: { __typename?: 'Commit', committedAt: string } } };

export type EvmApiMetricsFieldsFragment = { __typename?: 'EVMMetrics', controlDate: string, bac: string, pv: string, ev: string, ac: string, cv: string, sv: string, cpi?: number | null, spi?: number | null, eac?: string | null, etc?: string | null, vac?: string | null, tcpi?: number | null, percentComplete?: number | null };

export type EvmApiCostElementEvmQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  at?: InputMaybe<Scalars['Date']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type EvmApiCostElementEvmQuery = { __typename?: 'Query', costElement?: { __typename?: 'CostElement', id: string, budget: string, evm: { __typename?: 'EVMMetrics', controlDate: string, bac: string, pv: string, ev: string, ac: string, cv: string, sv: string, cpi?: number | null, spi?: number | null, eac?: string | null, etc?: string | null, vac?: string | null, tcpi?: number | null, percentComplete?: number | null } } | null };

export type EvmApiWbeEvmQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  at?: InputMaybe<Scalars['Date']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type EvmApiWbeEvmQuery = { __typename?: 'Query', wbe?: { __typename?: 'WBE', id: string, budget: string, evm: { __typename?: 'EVMMetrics', controlDate: string, bac: string, pv: string, ev: string, ac: string, cv: string, sv: string, cpi?: number | null, spi?: number | null, eac?: string | null, etc?: string | null, vac?: string | null, tcpi?: number | null, percentComplete?: number | null } } | null };

export type EvmApiProjectEvmQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  at?: InputMaybe<Scalars['Date']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type EvmApiProjectEvmQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, budget: string, evm: { __typename?: 'EVMMetrics', controlDate: string, bac: string, pv: string, ev: string, ac: string, cv: string, sv: string, cpi?: number | null, spi?: number | null, eac?: string | null, etc?: string | null, vac?: string | null, tcpi?: number | null, percentComplete?: number | null }, wbes: Array<{ __typename?: 'WBE', id: string, code: string, evm: { __typename?: 'EVMMetrics', controlDate: string, bac: string, pv: string, ev: string, ac: string, cv: string, sv: string, cpi?: number | null, spi?: number | null, eac?: string | null, etc?: string | null, vac?: string | null, tcpi?: number | null, percentComplete?: number | null } }> } | null };

export type EvmApiProjectEvmDefaultDateQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type EvmApiProjectEvmDefaultDateQuery = { __typename?: 'Query', project?: { __typename?: 'Project', evm: { __typename?: 'EVMMetrics', controlDate: string, bac: string, pv: string, ev: string, ac: string, cv: string, sv: string, cpi?: number | null, spi?: number | null, eac?: string | null, etc?: string | null, vac?: string | null, tcpi?: number | null, percentComplete?: number | null }, wbes: Array<{ __typename?: 'WBE', code: string, evm: { __typename?: 'EVMMetrics', controlDate: string, bac: string }, costElements: Array<{ __typename?: 'CostElement', code: string, evm: { __typename?: 'EVMMetrics', controlDate: string, bac: string } }> }> } | null };

export type EvmApiWholeTreeQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  at?: InputMaybe<Scalars['Date']['input']>;
}>;


export type EvmApiWholeTreeQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, evm: { __typename?: 'EVMMetrics', controlDate: string, bac: string, pv: string, ev: string, ac: string, cv: string, sv: string, cpi?: number | null, spi?: number | null, eac?: string | null, etc?: string | null, vac?: string | null, tcpi?: number | null, percentComplete?: number | null }, wbes: Array<{ __typename?: 'WBE', id: string }>, allWbes: Array<{ __typename?: 'WBE', id: string, code: string, budget: string, children: Array<{ __typename?: 'WBE', id: string }>, evm: { __typename?: 'EVMMetrics', controlDate: string, bac: string, pv: string, ev: string, ac: string, cv: string, sv: string, cpi?: number | null, spi?: number | null, eac?: string | null, etc?: string | null, vac?: string | null, tcpi?: number | null, percentComplete?: number | null }, costElements: Array<{ __typename?: 'CostElement', id: string, code: string, budget: string, evm: { __typename?: 'EVMMetrics', controlDate: string, bac: string, pv: string, ev: string, ac: string, cv: string, sv: string, cpi?: number | null, spi?: number | null, eac?: string | null, etc?: string | null, vac?: string | null, tcpi?: number | null, percentComplete?: number | null } }> }> } | null };

export type EvmApiProjectSeriesQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  interval?: InputMaybe<SeriesInterval>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvmApiProjectSeriesQuery = { __typename?: 'Query', project?: { __typename?: 'Project', evmSeries: Array<{ __typename?: 'EVMMetrics', controlDate: string, bac: string, pv: string, ev: string, ac: string, cv: string, sv: string, cpi?: number | null, spi?: number | null, eac?: string | null, etc?: string | null, vac?: string | null, tcpi?: number | null, percentComplete?: number | null }>, allWbes: Array<{ __typename?: 'WBE', id: string, code: string, evmSeries: Array<{ __typename?: 'EVMMetrics', controlDate: string, bac: string, pv: string, ev: string, ac: string, cv: string, sv: string, cpi?: number | null, spi?: number | null, eac?: string | null, etc?: string | null, vac?: string | null, tcpi?: number | null, percentComplete?: number | null }>, costElements: Array<{ __typename?: 'CostElement', id: string, code: string, evmSeries: Array<{ __typename?: 'EVMMetrics', controlDate: string, bac: string, pv: string, ev: string, ac: string, cv: string, sv: string, cpi?: number | null, spi?: number | null, eac?: string | null, etc?: string | null, vac?: string | null, tcpi?: number | null, percentComplete?: number | null }> }> }> } | null };

export type EvmApiProjectSeriesOnlyQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  interval?: InputMaybe<SeriesInterval>;
}>;


export type EvmApiProjectSeriesOnlyQuery = { __typename?: 'Query', project?: { __typename?: 'Project', evmSeries: Array<{ __typename?: 'EVMMetrics', controlDate: string, bac: string, pv: string, ev: string, ac: string }> } | null };

export type EvmApiWbeSeriesQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type EvmApiWbeSeriesQuery = { __typename?: 'Query', wbe?: { __typename?: 'WBE', evmSeries: Array<{ __typename?: 'EVMMetrics', controlDate: string, bac: string, pv: string, ev: string, ac: string, cv: string, sv: string, cpi?: number | null, spi?: number | null, eac?: string | null, etc?: string | null, vac?: string | null, tcpi?: number | null, percentComplete?: number | null }> } | null };

export type LoginAsMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginAsMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string, fullName: string, role: Role, isActive: boolean, version: number } } };

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, email: string, fullName: string, role: Role, isActive: boolean, version: number } | null };

export type WbeAncestorsFortyDeepQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
}>;


export type WbeAncestorsFortyDeepQuery = { __typename?: 'Query', wbe?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', parent?: { __typename?: 'WBE', id: string } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null } | null };

export type CommitPageWithChangesQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CommitPageWithChangesQuery = { __typename?: 'Query', commits: { __typename?: 'CommitConnection', edges: Array<{ __typename?: 'CommitEdge', node: { __typename?: 'Commit', id: string, changes: Array<{ __typename?: 'EntityChange', entityId: string, kind: ChangeKind }> } }> } };

export type LimitsTreeThroughFragmentsQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
}>;


export type LimitsTreeThroughFragmentsQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, wbes: Array<{ __typename?: 'WBE', id: string, code: string, budget: string, children: Array<{ __typename?: 'WBE', id: string, code: string, budget: string, children: Array<{ __typename?: 'WBE', id: string, code: string, budget: string, evm: { __typename?: 'EVMMetrics', bac: string, ev: string }, costElements: Array<{ __typename?: 'CostElement', id: string, budget: string, costRegistrations: Array<{ __typename?: 'CostRegistration', amount: string }>, progressEntries: Array<{ __typename?: 'ProgressEntry', percentComplete: number }>, history: Array<{ __typename?: 'CostElement', version: number, commit: { __typename?: 'Commit', id: string } }> }> }>, evm: { __typename?: 'EVMMetrics', bac: string, ev: string }, costElements: Array<{ __typename?: 'CostElement', id: string, budget: string, costRegistrations: Array<{ __typename?: 'CostRegistration', amount: string }>, progressEntries: Array<{ __typename?: 'ProgressEntry', percentComplete: number }>, history: Array<{ __typename?: 'CostElement', version: number, commit: { __typename?: 'Commit', id: string } }> }> }>, evm: { __typename?: 'EVMMetrics', bac: string, ev: string }, costElements: Array<{ __typename?: 'CostElement', id: string, budget: string, costRegistrations: Array<{ __typename?: 'CostRegistration', amount: string }>, progressEntries: Array<{ __typename?: 'ProgressEntry', percentComplete: number }>, history: Array<{ __typename?: 'CostElement', version: number, commit: { __typename?: 'Commit', id: string } }> }> }> } | null };

export type LimitsWbeLevelFragment = { __typename?: 'WBE', id: string, code: string, budget: string, evm: { __typename?: 'EVMMetrics', bac: string, ev: string }, costElements: Array<{ __typename?: 'CostElement', id: string, budget: string, costRegistrations: Array<{ __typename?: 'CostRegistration', amount: string }>, progressEntries: Array<{ __typename?: 'ProgressEntry', percentComplete: number }>, history: Array<{ __typename?: 'CostElement', version: number, commit: { __typename?: 'Commit', id: string } }> }> };

export type ProjectCodesPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ProjectCodesPageQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', id: string, code: string } }> } };

export type CreateProjectForTestMutationVariables = Exact<{
  input: ProjectCreateInput;
}>;


export type CreateProjectForTestMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string, code: string, branch: string, startDate: string, endDate: string } };

export type ProjectOnBranchQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch: Scalars['String']['input'];
}>;


export type ProjectOnBranchQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, code: string, branch: string } | null };

export type CreateWbeInProjectMutationVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  input: WbeCreateInput;
}>;


export type CreateWbeInProjectMutation = { __typename?: 'Mutation', createWBE: { __typename?: 'WBE', id: string, code: string } };

export type CreateCostElementWithBudgetMutationVariables = Exact<{
  input: CostElementCreateInput;
}>;


export type CreateCostElementWithBudgetMutation = { __typename?: 'Mutation', createCostElement: { __typename?: 'CostElement', id: string, budget: string } };

export type WbeParentChainQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
}>;


export type WbeParentChainQuery = { __typename?: 'Query', wbe?: { __typename?: 'WBE', id: string, parent?: { __typename?: 'WBE', id: string, parent?: { __typename?: 'WBE', id: string } | null } | null } | null };

export type ListUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type ListUsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, email: string, fullName: string, role: Role, isActive: boolean, version: number, validFrom: string, validTo?: string | null }> };

export type CreateUserWithRoleMutationVariables = Exact<{
  input: UserCreateInput;
}>;


export type CreateUserWithRoleMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, email: string, fullName: string, role: Role, isActive: boolean, version: number, validFrom: string, validTo?: string | null } };

export type UpdateUserProfileMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  input: UserUpdateInput;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateUserProfileMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, email: string, fullName: string, role: Role, isActive: boolean, version: number, validFrom: string, validTo?: string | null } };

export type UserAsOfQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type UserAsOfQuery = { __typename?: 'Query', user?: { __typename?: 'User', id: string, email: string, fullName: string, role: Role, isActive: boolean, version: number, validFrom: string, validTo?: string | null } | null };

export type UserProfileHistoryQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type UserProfileHistoryQuery = { __typename?: 'Query', user?: { __typename?: 'User', id: string, version: number, history: Array<{ __typename?: 'User', id: string, email: string, fullName: string, role: Role, isActive: boolean, version: number, validFrom: string, validTo?: string | null }> } | null };

export type FrontendElementFragment = { __typename?: 'CostElement', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, budget: string, evm: { __typename?: 'EVMMetrics', pv: string, ev: string, ac: string }, commit: { __typename?: 'Commit', id: string, committedAt: string }, costRegistrations: Array<{ __typename?: 'CostRegistration', nodeId: string, id: string, version: number, amount: string, incurredOn: string }>, progressEntries: Array<{ __typename?: 'ProgressEntry', nodeId: string, id: string, version: number, percentComplete: number, measuredOn: string }>, history: Array<{ __typename?: 'CostElement', nodeId: string, id: string, version: number, budget: string, validFrom: string, validTo?: string | null }> };

export type FrontendTreeQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  commit?: InputMaybe<Scalars['UUID']['input']>;
}>;


export type FrontendTreeQuery = { __typename?: 'Query', project?: { __typename?: 'Project', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, name: string, budget: string, evm: { __typename?: 'EVMMetrics', controlDate: string, bac: string, pv: string, ev: string, ac: string, cpi?: number | null, spi?: number | null, eac?: string | null }, history: Array<{ __typename?: 'Project', nodeId: string, id: string, version: number, name: string, budget: string, validFrom: string, validTo?: string | null }>, wbes: Array<{ __typename?: 'WBE', nodeId: string, id: string, code: string }>, allWbes: Array<{ __typename?: 'WBE', nodeId: string, id: string, version: number, code: string, budget: string, parent?: { __typename?: 'WBE', nodeId: string, id: string } | null, history: Array<{ __typename?: 'WBE', nodeId: string, id: string, version: number, name: string, validTo?: string | null }>, costElements: Array<{ __typename?: 'CostElement', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, budget: string, evm: { __typename?: 'EVMMetrics', pv: string, ev: string, ac: string }, commit: { __typename?: 'Commit', id: string, committedAt: string }, costRegistrations: Array<{ __typename?: 'CostRegistration', nodeId: string, id: string, version: number, amount: string, incurredOn: string }>, progressEntries: Array<{ __typename?: 'ProgressEntry', nodeId: string, id: string, version: number, percentComplete: number, measuredOn: string }>, history: Array<{ __typename?: 'CostElement', nodeId: string, id: string, version: number, budget: string, validFrom: string, validTo?: string | null }> }> }> } | null };

export type FrontendCommitsQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FrontendCommitsQuery = { __typename?: 'Query', commits: { __typename?: 'CommitConnection', totalCount: number, edges: Array<{ __typename?: 'CommitEdge', node: { __typename?: 'Commit', id: string, committedAt: string, kind: CommitKind } }> } };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { __typename: 'Query' };

export type CommitReadTreeQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  commit?: InputMaybe<Scalars['UUID']['input']>;
}>;


export type CommitReadTreeQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, version: number, branch: string, budget: string, commit: { __typename?: 'Commit', id: string }, allWbes: Array<{ __typename?: 'WBE', id: string, code: string, branch: string, budget: string, costElements: Array<{ __typename?: 'CostElement', id: string, code: string, version: number, branch: string, budget: string, commit: { __typename?: 'Commit', id: string }, history: Array<{ __typename?: 'CostElement', version: number, budget: string }> }> }>, onBranch: Array<{ __typename?: 'WBE', costElements: Array<{ __typename?: 'CostElement', code: string, budget: string }> }> } | null };

export type CommitReadWbeQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  commit?: InputMaybe<Scalars['UUID']['input']>;
}>;


export type CommitReadWbeQuery = { __typename?: 'Query', wbe?: { __typename?: 'WBE', id: string, version: number, branch: string, budget: string, costElements: Array<{ __typename?: 'CostElement', code: string, budget: string }> } | null };

export type CommitReadElementQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  commit?: InputMaybe<Scalars['UUID']['input']>;
}>;


export type CommitReadElementQuery = { __typename?: 'Query', costElement?: { __typename?: 'CostElement', id: string, version: number, branch: string, budget: string, commit: { __typename?: 'Commit', id: string }, history: Array<{ __typename?: 'CostElement', version: number, budget: string }> } | null };

export type CommitReadLogQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CommitReadLogQuery = { __typename?: 'Query', commits: { __typename?: 'CommitConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CommitEdge', cursor: string, node: { __typename?: 'Commit', id: string, branch: string, kind: CommitKind, committedAt: string, containedInBranches: Array<{ __typename?: 'Branch', name: string }> } }> } };

export type VersioningCommitRefFragment = { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string };

export type VersioningChangeFragment = { __typename?: 'EntityChange', entityType: string, entityId: string, kind: ChangeKind, fields: Array<{ __typename?: 'FieldChange', field: string, before?: unknown | null, after?: unknown | null }> };

export type VersioningProjectStateFragment = { __typename?: 'Project', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, description?: string | null, currency: string, status: ProjectStatus, startDate: string, endDate: string, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } };

export type VersioningWbeStateFragment = { __typename?: 'WBE', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, description?: string | null, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } };

export type VersioningCostElementStateFragment = { __typename?: 'CostElement', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, costType: CostType, budget: string, plannedStart: string, plannedEnd: string, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } };

export type VersioningCostRegistrationStateFragment = { __typename?: 'CostRegistration', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, amount: string, incurredOn: string, description?: string | null, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } };

export type VersioningProgressEntryStateFragment = { __typename?: 'ProgressEntry', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, percentComplete: number, measuredOn: string, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } };

export type VersioningBranchStateFragment = { __typename?: 'Branch', projectId: string, name: string, status: BranchStatus, createdAt: string, head: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string }, forkedFrom?: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } | null };

export type IdentityProjectFragment = { __typename: 'Project', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, name: string, budget: string, evm: { __typename?: 'EVMMetrics', controlDate: string, pv: string, ev: string, ac: string }, commit: { __typename?: 'Commit', id: string }, history: Array<{ __typename?: 'Project', nodeId: string, version: number, validTo?: string | null }>, wbes: Array<{ __typename?: 'WBE', nodeId: string, id: string }>, onBranch: Array<{ __typename?: 'WBE', nodeId: string, costElements: Array<{ __typename?: 'CostElement', nodeId: string, budget: string }> }> };

export type IdentityWbeFragment = { __typename: 'WBE', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, budget: string, evm: { __typename?: 'EVMMetrics', controlDate: string, pv: string }, parent?: { __typename?: 'WBE', nodeId: string, id: string } | null, children: Array<{ __typename?: 'WBE', nodeId: string, id: string }>, costElements: Array<{ __typename?: 'CostElement', nodeId: string, id: string, budget: string }>, history: Array<{ __typename?: 'WBE', nodeId: string, version: number, validTo?: string | null }> };

export type IdentityElementFragment = { __typename: 'CostElement', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, budget: string, evm: { __typename?: 'EVMMetrics', controlDate: string, pv: string, ev: string, ac: string }, wbe?: { __typename?: 'WBE', nodeId: string, id: string } | null, costRegistrations: Array<{ __typename?: 'CostRegistration', nodeId: string, id: string }>, progressEntries: Array<{ __typename?: 'ProgressEntry', nodeId: string, id: string }>, history: Array<{ __typename?: 'CostElement', nodeId: string, version: number, budget: string, validFrom: string, validTo?: string | null }> };

export type IdentityCostFragment = { __typename: 'CostRegistration', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, amount: string, incurredOn: string, costElement?: { __typename?: 'CostElement', nodeId: string, id: string } | null };

export type IdentityProgressFragment = { __typename: 'ProgressEntry', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, percentComplete: number, measuredOn: string, costElement?: { __typename?: 'CostElement', nodeId: string, id: string } | null };

export type IdentityUserFragment = { __typename: 'User', nodeId: string, id: string, version: number, fullName: string, role: Role, isActive: boolean, validFrom: string, validTo?: string | null, history: Array<{ __typename?: 'User', nodeId: string, version: number, validTo?: string | null }> };

export type IdentityTreeQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  commit?: InputMaybe<Scalars['UUID']['input']>;
}>;


export type IdentityTreeQuery = { __typename?: 'Query', project?: { __typename: 'Project', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, name: string, budget: string, commit: { __typename?: 'Commit', id: string, author: { __typename: 'User', nodeId: string, id: string, version: number, fullName: string, role: Role, isActive: boolean, validFrom: string, validTo?: string | null, history: Array<{ __typename?: 'User', nodeId: string, version: number, validTo?: string | null }> } }, allWbes: Array<{ __typename: 'WBE', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, budget: string, elements: Array<{ __typename: 'CostElement', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, budget: string, entries: Array<{ __typename: 'CostElement', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, budget: string, evm: { __typename?: 'EVMMetrics', controlDate: string, pv: string, ev: string, ac: string }, wbe?: { __typename?: 'WBE', nodeId: string, id: string } | null, costRegistrations: Array<{ __typename?: 'CostRegistration', nodeId: string, id: string }>, progressEntries: Array<{ __typename?: 'ProgressEntry', nodeId: string, id: string }>, history: Array<{ __typename?: 'CostElement', nodeId: string, version: number, budget: string, validFrom: string, validTo?: string | null }> }>, costs: Array<{ __typename: 'CostRegistration', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, amount: string, incurredOn: string, costElement?: { __typename?: 'CostElement', nodeId: string, id: string } | null }>, progress: Array<{ __typename: 'ProgressEntry', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, percentComplete: number, measuredOn: string, costElement?: { __typename?: 'CostElement', nodeId: string, id: string } | null }>, evm: { __typename?: 'EVMMetrics', controlDate: string, pv: string, ev: string, ac: string }, wbe?: { __typename?: 'WBE', nodeId: string, id: string } | null, costRegistrations: Array<{ __typename?: 'CostRegistration', nodeId: string, id: string }>, progressEntries: Array<{ __typename?: 'ProgressEntry', nodeId: string, id: string }>, history: Array<{ __typename?: 'CostElement', nodeId: string, version: number, budget: string, validFrom: string, validTo?: string | null }> }>, evm: { __typename?: 'EVMMetrics', controlDate: string, pv: string }, parent?: { __typename?: 'WBE', nodeId: string, id: string } | null, children: Array<{ __typename?: 'WBE', nodeId: string, id: string }>, costElements: Array<{ __typename?: 'CostElement', nodeId: string, id: string, budget: string }>, history: Array<{ __typename?: 'WBE', nodeId: string, version: number, validTo?: string | null }> }>, evm: { __typename?: 'EVMMetrics', controlDate: string, pv: string, ev: string, ac: string }, history: Array<{ __typename?: 'Project', nodeId: string, version: number, validTo?: string | null }>, wbes: Array<{ __typename?: 'WBE', nodeId: string, id: string }>, onBranch: Array<{ __typename?: 'WBE', nodeId: string, costElements: Array<{ __typename?: 'CostElement', nodeId: string, budget: string }> }> } | null };

export type IdentityUserAtQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type IdentityUserAtQuery = { __typename?: 'Query', user?: { __typename: 'User', nodeId: string, id: string, version: number, fullName: string, role: Role, isActive: boolean, validFrom: string, validTo?: string | null, entries: Array<{ __typename: 'User', nodeId: string, id: string, version: number, fullName: string, role: Role, isActive: boolean, validFrom: string, validTo?: string | null, history: Array<{ __typename?: 'User', nodeId: string, version: number, validTo?: string | null }> }>, history: Array<{ __typename?: 'User', nodeId: string, version: number, validTo?: string | null }> } | null };

export type IdentityNodeQueryVariables = Exact<{
  nodeId: Scalars['ID']['input'];
}>;


export type IdentityNodeQuery = { __typename?: 'Query', node?:
    | { __typename: 'CostElement', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, budget: string, evm: { __typename?: 'EVMMetrics', controlDate: string, pv: string, ev: string, ac: string }, wbe?: { __typename?: 'WBE', nodeId: string, id: string } | null, costRegistrations: Array<{ __typename?: 'CostRegistration', nodeId: string, id: string }>, progressEntries: Array<{ __typename?: 'ProgressEntry', nodeId: string, id: string }>, history: Array<{ __typename?: 'CostElement', nodeId: string, version: number, budget: string, validFrom: string, validTo?: string | null }> }
    | { __typename: 'CostRegistration', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, amount: string, incurredOn: string, costElement?: { __typename?: 'CostElement', nodeId: string, id: string } | null }
    | { __typename: 'ProgressEntry', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, percentComplete: number, measuredOn: string, costElement?: { __typename?: 'CostElement', nodeId: string, id: string } | null }
    | { __typename: 'Project', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, name: string, budget: string, evm: { __typename?: 'EVMMetrics', controlDate: string, pv: string, ev: string, ac: string }, commit: { __typename?: 'Commit', id: string }, history: Array<{ __typename?: 'Project', nodeId: string, version: number, validTo?: string | null }>, wbes: Array<{ __typename?: 'WBE', nodeId: string, id: string }>, onBranch: Array<{ __typename?: 'WBE', nodeId: string, costElements: Array<{ __typename?: 'CostElement', nodeId: string, budget: string }> }> }
    | { __typename: 'User', nodeId: string, id: string, version: number, fullName: string, role: Role, isActive: boolean, validFrom: string, validTo?: string | null, history: Array<{ __typename?: 'User', nodeId: string, version: number, validTo?: string | null }> }
    | { __typename: 'WBE', nodeId: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, budget: string, evm: { __typename?: 'EVMMetrics', controlDate: string, pv: string }, parent?: { __typename?: 'WBE', nodeId: string, id: string } | null, children: Array<{ __typename?: 'WBE', nodeId: string, id: string }>, costElements: Array<{ __typename?: 'CostElement', nodeId: string, id: string, budget: string }>, history: Array<{ __typename?: 'WBE', nodeId: string, version: number, validTo?: string | null }> }
   | null };

export type IdentityTwoMomentsQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  a: Scalars['DateTime']['input'];
  b: Scalars['DateTime']['input'];
}>;


export type IdentityTwoMomentsQuery = { __typename?: 'Query', a?: { __typename?: 'Project', nodeId: string, evm: { __typename?: 'EVMMetrics', controlDate: string, pv: string }, allWbes: Array<{ __typename?: 'WBE', nodeId: string, evm: { __typename?: 'EVMMetrics', controlDate: string, pv: string } }> } | null, b?: { __typename?: 'Project', nodeId: string, evm: { __typename?: 'EVMMetrics', controlDate: string, pv: string }, allWbes: Array<{ __typename?: 'WBE', nodeId: string, evm: { __typename?: 'EVMMetrics', controlDate: string, pv: string } }> } | null };

export type IdentityProjectTreeQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type IdentityProjectTreeQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, nodeId: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, budget: string, commit: { __typename?: 'Commit', id: string }, wbes: Array<{ __typename?: 'WBE', id: string, nodeId: string, code: string, branch: string, children: Array<{ __typename?: 'WBE', id: string, nodeId: string, code: string, branch: string, children: Array<{ __typename?: 'WBE', id: string, nodeId: string, code: string }> }> }>, allWbes: Array<{ __typename?: 'WBE', id: string, nodeId: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, budget: string, commit: { __typename?: 'Commit', id: string }, costElements: Array<{ __typename?: 'CostElement', id: string, nodeId: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, budget: string, commit: { __typename?: 'Commit', id: string }, costRegistrations: Array<{ __typename?: 'CostRegistration', id: string, nodeId: string, version: number, branch: string, amount: string, incurredOn: string, commit: { __typename?: 'Commit', id: string } }>, progressEntries: Array<{ __typename?: 'ProgressEntry', id: string, nodeId: string, version: number, branch: string, percentComplete: number, measuredOn: string, commit: { __typename?: 'Commit', id: string } }> }> }> } | null };

export type VersioningCreateProjectMutationVariables = Exact<{
  input: ProjectCreateInput;
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type VersioningCreateProjectMutation = { __typename?: 'Mutation', createProject: { __typename?: 'Project', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, description?: string | null, currency: string, status: ProjectStatus, startDate: string, endDate: string, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } } };

export type VersioningUpdateProjectMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  input: ProjectUpdateInput;
  branch?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type VersioningUpdateProjectMutation = { __typename?: 'Mutation', updateProject: { __typename?: 'Project', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, description?: string | null, currency: string, status: ProjectStatus, startDate: string, endDate: string, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } } };

export type VersioningCreateWbeMutationVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  input: WbeCreateInput;
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type VersioningCreateWbeMutation = { __typename?: 'Mutation', createWBE: { __typename?: 'WBE', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, description?: string | null, parent?: { __typename?: 'WBE', id: string } | null, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } } };

export type VersioningUpdateWbeMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  input: WbeUpdateInput;
  branch?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type VersioningUpdateWbeMutation = { __typename?: 'Mutation', updateWBE: { __typename?: 'WBE', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, description?: string | null, parent?: { __typename?: 'WBE', id: string, code: string } | null, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } } };

export type VersioningDeleteWbeMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type VersioningDeleteWbeMutation = { __typename?: 'Mutation', deleteWBE: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string, changes: Array<{ __typename?: 'EntityChange', entityType: string, entityId: string, kind: ChangeKind, fields: Array<{ __typename?: 'FieldChange', field: string, before?: unknown | null, after?: unknown | null }> }> } };

export type VersioningCreateCostElementMutationVariables = Exact<{
  input: CostElementCreateInput;
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type VersioningCreateCostElementMutation = { __typename?: 'Mutation', createCostElement: { __typename?: 'CostElement', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, costType: CostType, budget: string, plannedStart: string, plannedEnd: string, wbe?: { __typename?: 'WBE', id: string } | null, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } } };

export type VersioningUpdateCostElementMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  input: CostElementUpdateInput;
  branch?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type VersioningUpdateCostElementMutation = { __typename?: 'Mutation', updateCostElement: { __typename?: 'CostElement', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, costType: CostType, budget: string, plannedStart: string, plannedEnd: string, wbe?: { __typename?: 'WBE', id: string } | null, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } } };

export type VersioningDeleteCostElementMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type VersioningDeleteCostElementMutation = { __typename?: 'Mutation', deleteCostElement: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string, changes: Array<{ __typename?: 'EntityChange', entityType: string, entityId: string, kind: ChangeKind, fields: Array<{ __typename?: 'FieldChange', field: string, before?: unknown | null, after?: unknown | null }> }> } };

export type VersioningRegisterCostMutationVariables = Exact<{
  input: CostRegistrationInput;
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type VersioningRegisterCostMutation = { __typename?: 'Mutation', registerCost: { __typename?: 'CostRegistration', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, amount: string, incurredOn: string, description?: string | null, costElement?: { __typename?: 'CostElement', id: string } | null, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } } };

export type VersioningRecordProgressMutationVariables = Exact<{
  input: ProgressInput;
  branch?: InputMaybe<Scalars['String']['input']>;
}>;


export type VersioningRecordProgressMutation = { __typename?: 'Mutation', recordProgress: { __typename?: 'ProgressEntry', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, percentComplete: number, measuredOn: string, costElement?: { __typename?: 'CostElement', id: string } | null, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } } };

export type VersioningCreateBranchMutationVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  name: Scalars['String']['input'];
  from?: InputMaybe<RefInput>;
}>;


export type VersioningCreateBranchMutation = { __typename?: 'Mutation', createBranch: { __typename?: 'Branch', projectId: string, name: string, status: BranchStatus, createdAt: string, head: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string }, forkedFrom?: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } | null } };

export type VersioningArchiveBranchMutationVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  name: Scalars['String']['input'];
}>;


export type VersioningArchiveBranchMutation = { __typename?: 'Mutation', archiveBranch: { __typename?: 'Branch', projectId: string, name: string, status: BranchStatus, createdAt: string, head: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string }, forkedFrom?: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } | null } };

export type VersioningProjectQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type VersioningProjectQuery = { __typename?: 'Query', project?: { __typename?: 'Project', budget: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, description?: string | null, currency: string, status: ProjectStatus, startDate: string, endDate: string, history: Array<{ __typename?: 'Project', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, description?: string | null, currency: string, status: ProjectStatus, startDate: string, endDate: string, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } }>, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } } | null };

export type VersioningWbeQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type VersioningWbeQuery = { __typename?: 'Query', wbe?: { __typename?: 'WBE', budget: string, id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, description?: string | null, parent?: { __typename?: 'WBE', id: string, code: string } | null, children: Array<{ __typename?: 'WBE', id: string, code: string }>, costElements: Array<{ __typename?: 'CostElement', id: string, code: string }>, history: Array<{ __typename?: 'WBE', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, description?: string | null, parent?: { __typename?: 'WBE', id: string } | null, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } }>, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } } | null };

export type VersioningCostElementQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type VersioningCostElementQuery = { __typename?: 'Query', costElement?: { __typename?: 'CostElement', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, costType: CostType, budget: string, plannedStart: string, plannedEnd: string, wbe?: { __typename?: 'WBE', id: string, code: string } | null, history: Array<{ __typename?: 'CostElement', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, costType: CostType, budget: string, plannedStart: string, plannedEnd: string, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } }>, costRegistrations: Array<{ __typename?: 'CostRegistration', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, amount: string, incurredOn: string, description?: string | null, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } }>, progressEntries: Array<{ __typename?: 'ProgressEntry', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, percentComplete: number, measuredOn: string, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } }>, commit: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } } | null };

export type VersioningProjectTreeQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type VersioningProjectTreeQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, budget: string, commit: { __typename?: 'Commit', id: string }, wbes: Array<{ __typename?: 'WBE', id: string, code: string, branch: string, children: Array<{ __typename?: 'WBE', id: string, code: string, branch: string, children: Array<{ __typename?: 'WBE', id: string, code: string }> }> }>, allWbes: Array<{ __typename?: 'WBE', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, name: string, budget: string, commit: { __typename?: 'Commit', id: string }, costElements: Array<{ __typename?: 'CostElement', id: string, version: number, branch: string, validFrom: string, validTo?: string | null, code: string, budget: string, commit: { __typename?: 'Commit', id: string }, costRegistrations: Array<{ __typename?: 'CostRegistration', id: string, version: number, branch: string, amount: string, incurredOn: string, commit: { __typename?: 'Commit', id: string } }>, progressEntries: Array<{ __typename?: 'ProgressEntry', id: string, version: number, branch: string, percentComplete: number, measuredOn: string, commit: { __typename?: 'Commit', id: string } }> }> }> } | null };

export type VersioningChildReadPointsQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  childBranch?: InputMaybe<Scalars['String']['input']>;
  childAsOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type VersioningChildReadPointsQuery = { __typename?: 'Query', project?: { __typename?: 'Project', id: string, name: string, branch: string, inherited: Array<{ __typename?: 'WBE', id: string, name: string, branch: string, costElements: Array<{ __typename?: 'CostElement', id: string, budget: string, branch: string }> }>, explicit: Array<{ __typename?: 'WBE', id: string, name: string, branch: string, costElements: Array<{ __typename?: 'CostElement', id: string, budget: string, branch: string, wbe?: { __typename?: 'WBE', id: string, name: string, project?: { __typename?: 'Project', id: string, name: string } | null } | null }> }> } | null };

export type VersioningCostElementAtQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  wbeBranch?: InputMaybe<Scalars['String']['input']>;
  wbeAsOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type VersioningCostElementAtQuery = { __typename?: 'Query', costElement?: { __typename?: 'CostElement', id: string, budget: string, commit: { __typename?: 'Commit', projectId: string, message: string, id: string, kind: CommitKind, branch: string, seq: number, committedAt: string, author: { __typename?: 'User', id: string }, parents: Array<{ __typename?: 'Commit', id: string }> }, wbe?: { __typename?: 'WBE', id: string, name: string } | null, explicitWbe?: { __typename?: 'WBE', id: string, name: string, branch: string } | null } | null };

export type VersioningCommitsQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type VersioningCommitsQuery = { __typename?: 'Query', commits: { __typename?: 'CommitConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CommitEdge', cursor: string, node: { __typename?: 'Commit', message: string, id: string, kind: CommitKind, branch: string, seq: number, committedAt: string, parents: Array<{ __typename?: 'Commit', id: string }> } }> } };

export type VersioningCommitQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
}>;


export type VersioningCommitQuery = { __typename?: 'Query', commit?: { __typename?: 'Commit', projectId: string, message: string, id: string, kind: CommitKind, branch: string, seq: number, committedAt: string, author: { __typename?: 'User', id: string }, parents: Array<{ __typename?: 'Commit', id: string }>, changes: Array<{ __typename?: 'EntityChange', entityType: string, entityId: string, kind: ChangeKind, fields: Array<{ __typename?: 'FieldChange', field: string, before?: unknown | null, after?: unknown | null }> }> } | null };

export type VersioningProjectsQueryVariables = Exact<{
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type VersioningProjectsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ProjectEdge', cursor: string, node: { __typename?: 'Project', id: string, code: string, name: string, branch: string } }> } };

export type VersioningBranchesQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
}>;


export type VersioningBranchesQuery = { __typename?: 'Query', branches: Array<{ __typename?: 'Branch', projectId: string, name: string, status: BranchStatus, createdAt: string, head: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string }, forkedFrom?: { __typename?: 'Commit', id: string, kind: CommitKind, branch: string, seq: number, committedAt: string } | null }> };

export type VersioningWbeChildrenQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type VersioningWbeChildrenQuery = { __typename?: 'Query', wbe?: { __typename?: 'WBE', id: string, children: Array<{ __typename?: 'WBE', id: string }>, costElements: Array<{ __typename?: 'CostElement', id: string }> } | null };

export type VersioningCommitEverywhereQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
  wbeId: Scalars['UUID']['input'];
  elementId: Scalars['UUID']['input'];
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type VersioningCommitEverywhereQuery = { __typename?: 'Query', project?: { __typename?: 'Project', commit: { __typename?: 'Commit', id: string }, history: Array<{ __typename?: 'Project', commit: { __typename?: 'Commit', id: string } }>, wbes: Array<{ __typename?: 'WBE', commit: { __typename?: 'Commit', id: string }, project?: { __typename?: 'Project', commit: { __typename?: 'Commit', id: string } } | null, children: Array<{ __typename?: 'WBE', commit: { __typename?: 'Commit', id: string }, parent?: { __typename?: 'WBE', commit: { __typename?: 'Commit', id: string } } | null }> }>, allWbes: Array<{ __typename?: 'WBE', commit: { __typename?: 'Commit', id: string }, history: Array<{ __typename?: 'WBE', commit: { __typename?: 'Commit', id: string } }>, costElements: Array<{ __typename?: 'CostElement', commit: { __typename?: 'Commit', id: string }, wbe?: { __typename?: 'WBE', commit: { __typename?: 'Commit', id: string } } | null, history: Array<{ __typename?: 'CostElement', commit: { __typename?: 'Commit', id: string } }>, costRegistrations: Array<{ __typename?: 'CostRegistration', commit: { __typename?: 'Commit', id: string } }>, progressEntries: Array<{ __typename?: 'ProgressEntry', commit: { __typename?: 'Commit', id: string } }> }> }> } | null, wbe?: { __typename?: 'WBE', commit: { __typename?: 'Commit', id: string }, costElements: Array<{ __typename?: 'CostElement', commit: { __typename?: 'Commit', id: string } }> } | null, costElement?: { __typename?: 'CostElement', commit: { __typename?: 'Commit', id: string }, costRegistrations: Array<{ __typename?: 'CostRegistration', commit: { __typename?: 'Commit', id: string } }> } | null };

export type VersioningListedProjectCommitsQueryVariables = Exact<{
  branch?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type VersioningListedProjectCommitsQuery = { __typename?: 'Query', projects: { __typename?: 'ProjectConnection', edges: Array<{ __typename?: 'ProjectEdge', node: { __typename?: 'Project', id: string, commit: { __typename?: 'Commit', id: string }, history: Array<{ __typename?: 'Project', commit: { __typename?: 'Commit', id: string } }> } }> } };

export const CcCommitInfoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcCommitInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CcCommitInfoFragment, unknown>;
export const CcCostElementStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcCostElementState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostElement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"costType"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"wbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CcCostElementStateFragment, unknown>;
export const CcChangeOrderStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcChangeOrderState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CcChangeOrderStateFragment, unknown>;
export const CcChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<CcChangeFragment, unknown>;
export const CcDiffResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcDiffResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectDiff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergeBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<CcDiffResultFragment, unknown>;
export const CcEntitySideFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcEntitySide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntitySide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"costElement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CcEntitySideFragment, unknown>;
export const EvmApiMetricsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvmApiMetricsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EVMMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"bac"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}},{"kind":"Field","name":{"kind":"Name","value":"cv"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"cpi"}},{"kind":"Field","name":{"kind":"Name","value":"spi"}},{"kind":"Field","name":{"kind":"Name","value":"eac"}},{"kind":"Field","name":{"kind":"Name","value":"etc"}},{"kind":"Field","name":{"kind":"Name","value":"vac"}},{"kind":"Field","name":{"kind":"Name","value":"tcpi"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}}]}}]} as unknown as DocumentNode<EvmApiMetricsFieldsFragment, unknown>;
export const LimitsWbeLevelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LimitsWbeLevel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WBE"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bac"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"costRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LimitsWbeLevelFragment, unknown>;
export const FrontendElementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrontendElement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostElement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"incurredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<FrontendElementFragment, unknown>;
export const VersioningChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<VersioningChangeFragment, unknown>;
export const VersioningCommitRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]} as unknown as DocumentNode<VersioningCommitRefFragment, unknown>;
export const VersioningProjectStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningProjectState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]} as unknown as DocumentNode<VersioningProjectStateFragment, unknown>;
export const VersioningWbeStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningWbeState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WBE"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]} as unknown as DocumentNode<VersioningWbeStateFragment, unknown>;
export const VersioningCostElementStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCostElementState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostElement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"costType"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]} as unknown as DocumentNode<VersioningCostElementStateFragment, unknown>;
export const VersioningCostRegistrationStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCostRegistrationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"incurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]} as unknown as DocumentNode<VersioningCostRegistrationStateFragment, unknown>;
export const VersioningProgressEntryStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningProgressEntryState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]} as unknown as DocumentNode<VersioningProgressEntryStateFragment, unknown>;
export const VersioningBranchStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningBranchState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Branch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]} as unknown as DocumentNode<VersioningBranchStateFragment, unknown>;
export const IdentityProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"onBranch"},"name":{"kind":"Name","value":"wbes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"StringValue","value":"b","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}}]}}]}}]} as unknown as DocumentNode<IdentityProjectFragment, unknown>;
export const IdentityWbeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityWbe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WBE"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<IdentityWbeFragment, unknown>;
export const IdentityElementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityElement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostElement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<IdentityElementFragment, unknown>;
export const IdentityCostFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"incurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"costElement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IdentityCostFragment, unknown>;
export const IdentityProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"costElement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IdentityProgressFragment, unknown>;
export const IdentityUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<IdentityUserFragment, unknown>;
export const CcCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CcCreateProjectMutation, CcCreateProjectMutationVariables>;
export const CcUpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcUpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CcUpdateProjectMutation, CcUpdateProjectMutationVariables>;
export const CcCreateWbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcCreateWbe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WBECreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWBE"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CcCreateWbeMutation, CcCreateWbeMutationVariables>;
export const CcUpdateWbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcUpdateWbe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WBEUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWBE"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CcUpdateWbeMutation, CcUpdateWbeMutationVariables>;
export const CcDeleteWbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcDeleteWbe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWBE"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CcDeleteWbeMutation, CcDeleteWbeMutationVariables>;
export const CcCreateCostElementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcCreateCostElement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostElementCreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCostElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcCostElementState"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcCostElementState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostElement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"costType"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"wbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CcCreateCostElementMutation, CcCreateCostElementMutationVariables>;
export const CcUpdateCostElementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcUpdateCostElement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostElementUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCostElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcCostElementState"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcCostElementState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostElement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"costType"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"wbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CcUpdateCostElementMutation, CcUpdateCostElementMutationVariables>;
export const CcDeleteCostElementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcDeleteCostElement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCostElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CcDeleteCostElementMutation, CcDeleteCostElementMutationVariables>;
export const CcRegisterCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcRegisterCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostRegistrationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CcRegisterCostMutation, CcRegisterCostMutationVariables>;
export const CcRecordProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcRecordProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CcRecordProgressMutation, CcRecordProgressMutationVariables>;
export const CcCreateBranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcCreateBranch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RefInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBranch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CcCreateBranchMutation, CcCreateBranchMutationVariables>;
export const CcArchiveBranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcArchiveBranch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveBranch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CcArchiveBranchMutation, CcArchiveBranchMutationVariables>;
export const CcBranchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CcBranches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CcBranchesQuery, CcBranchesQueryVariables>;
export const CcCommitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CcCommits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcCommitInfo"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcCommitInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CcCommitsQuery, CcCommitsQueryVariables>;
export const CcCommitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CcCommit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcCommitInfo"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcChange"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcCommitInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<CcCommitQuery, CcCommitQueryVariables>;
export const CcProjectTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CcProjectTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"allWbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcCostElementState"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcCostElementState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostElement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"costType"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"wbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CcProjectTreeQuery, CcProjectTreeQueryVariables>;
export const CcCostElementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CcCostElement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcCostElementState"}},{"kind":"Field","name":{"kind":"Name","value":"costRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcCostElementState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostElement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"costType"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"wbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CcCostElementQuery, CcCostElementQueryVariables>;
export const CcDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CcDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DiffMode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcDiffResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcDiffResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectDiff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergeBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcChange"}}]}}]}}]} as unknown as DocumentNode<CcDiffQuery, CcDiffQueryVariables>;
export const CcDiffWithImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CcDiffWithImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DiffMode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcDiffResult"}},{"kind":"Field","name":{"kind":"Name","value":"evmImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bacBefore"}},{"kind":"Field","name":{"kind":"Name","value":"bacAfter"}},{"kind":"Field","name":{"kind":"Name","value":"bacDelta"}},{"kind":"Field","name":{"kind":"Name","value":"eacBefore"}},{"kind":"Field","name":{"kind":"Name","value":"eacAfter"}},{"kind":"Field","name":{"kind":"Name","value":"eacDelta"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcDiffResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectDiff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergeBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcChange"}}]}}]}}]} as unknown as DocumentNode<CcDiffWithImpactQuery, CcDiffWithImpactQueryVariables>;
export const CcMergeBranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcMergeBranch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strategy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeStrategy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolutions"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictResolution"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeBranch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"strategy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strategy"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolutions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolutions"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcCommitInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"ours"}},{"kind":"Field","name":{"kind":"Name","value":"theirs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcChange"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcCommitInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<CcMergeBranchMutation, CcMergeBranchMutationVariables>;
export const CcRevertCommitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcRevertCommit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revertCommit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"commitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcCommitInfo"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcChange"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcCommitInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<CcRevertCommitMutation, CcRevertCommitMutationVariables>;
export const CcCreateChangeOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcCreateChangeOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrderCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChangeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcChangeOrderState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcChangeOrderState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CcCreateChangeOrderMutation, CcCreateChangeOrderMutationVariables>;
export const CcSubmitChangeOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcSubmitChangeOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitChangeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcChangeOrderState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcChangeOrderState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CcSubmitChangeOrderMutation, CcSubmitChangeOrderMutationVariables>;
export const CcApproveChangeOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcApproveChangeOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveChangeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcChangeOrderState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcChangeOrderState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CcApproveChangeOrderMutation, CcApproveChangeOrderMutationVariables>;
export const CcRejectChangeOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CcRejectChangeOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectChangeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcChangeOrderState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcChangeOrderState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CcRejectChangeOrderMutation, CcRejectChangeOrderMutationVariables>;
export const CcChangeOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CcChangeOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrderStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CcChangeOrdersQuery, CcChangeOrdersQueryVariables>;
export const CcChangeOrderWithDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CcChangeOrderWithDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcChangeOrderState"}},{"kind":"Field","name":{"kind":"Name","value":"diff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcDiffResult"}},{"kind":"Field","name":{"kind":"Name","value":"evmImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bacBefore"}},{"kind":"Field","name":{"kind":"Name","value":"bacAfter"}},{"kind":"Field","name":{"kind":"Name","value":"bacDelta"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcChangeOrderState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcDiffResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectDiff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergeBase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcChange"}}]}}]}}]} as unknown as DocumentNode<CcChangeOrderWithDiffQuery, CcChangeOrderWithDiffQueryVariables>;
export const CcReadableDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CcReadableDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DiffMode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcEntitySide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcEntitySide"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"wbeImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wbeId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"bacBefore"}},{"kind":"Field","name":{"kind":"Name","value":"bacAfter"}},{"kind":"Field","name":{"kind":"Name","value":"bacDelta"}},{"kind":"Field","name":{"kind":"Name","value":"eacBefore"}},{"kind":"Field","name":{"kind":"Name","value":"eacAfter"}},{"kind":"Field","name":{"kind":"Name","value":"eacDelta"}},{"kind":"Field","name":{"kind":"Name","value":"pvBefore"}},{"kind":"Field","name":{"kind":"Name","value":"pvAfter"}},{"kind":"Field","name":{"kind":"Name","value":"pvDelta"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduleImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costElementId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartBefore"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStartAfter"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndBefore"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEndAfter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectStartBefore"}},{"kind":"Field","name":{"kind":"Name","value":"projectStartAfter"}},{"kind":"Field","name":{"kind":"Name","value":"projectEndBefore"}},{"kind":"Field","name":{"kind":"Name","value":"projectEndAfter"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcEntitySide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntitySide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"costElement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CcReadableDiffQuery, CcReadableDiffQueryVariables>;
export const CcReadableChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CcReadableChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DiffMode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcEntitySide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CcEntitySide"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CcEntitySide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntitySide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"costElement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CcReadableChangesQuery, CcReadableChangesQueryVariables>;
export const CcActualRootsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CcActualRoots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"costId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"progressId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"costId"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"incurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"costElement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"progressId"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}}]}}]}}]} as unknown as DocumentNode<CcActualRootsQuery, CcActualRootsQueryVariables>;
export const EvmApiCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvmApiCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]} as unknown as DocumentNode<EvmApiCreateProjectMutation, EvmApiCreateProjectMutationVariables>;
export const EvmApiCreateWbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvmApiCreateWbe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WBECreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWBE"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]} as unknown as DocumentNode<EvmApiCreateWbeMutation, EvmApiCreateWbeMutationVariables>;
export const EvmApiCreateCostElementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvmApiCreateCostElement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostElementCreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCostElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]} as unknown as DocumentNode<EvmApiCreateCostElementMutation, EvmApiCreateCostElementMutationVariables>;
export const EvmApiUpdateCostElementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvmApiUpdateCostElement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostElementUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCostElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]}}]}}]} as unknown as DocumentNode<EvmApiUpdateCostElementMutation, EvmApiUpdateCostElementMutationVariables>;
export const EvmApiRegisterCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvmApiRegisterCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostRegistrationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]} as unknown as DocumentNode<EvmApiRegisterCostMutation, EvmApiRegisterCostMutationVariables>;
export const EvmApiRecordProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvmApiRecordProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]} as unknown as DocumentNode<EvmApiRecordProgressMutation, EvmApiRecordProgressMutationVariables>;
export const EvmApiCreateBranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvmApiCreateBranch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBranch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]}}]}}]} as unknown as DocumentNode<EvmApiCreateBranchMutation, EvmApiCreateBranchMutationVariables>;
export const EvmApiCostElementEvmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvmApiCostElementEvm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvmApiMetricsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvmApiMetricsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EVMMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"bac"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}},{"kind":"Field","name":{"kind":"Name","value":"cv"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"cpi"}},{"kind":"Field","name":{"kind":"Name","value":"spi"}},{"kind":"Field","name":{"kind":"Name","value":"eac"}},{"kind":"Field","name":{"kind":"Name","value":"etc"}},{"kind":"Field","name":{"kind":"Name","value":"vac"}},{"kind":"Field","name":{"kind":"Name","value":"tcpi"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}}]}}]} as unknown as DocumentNode<EvmApiCostElementEvmQuery, EvmApiCostElementEvmQueryVariables>;
export const EvmApiWbeEvmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvmApiWbeEvm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wbe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvmApiMetricsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvmApiMetricsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EVMMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"bac"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}},{"kind":"Field","name":{"kind":"Name","value":"cv"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"cpi"}},{"kind":"Field","name":{"kind":"Name","value":"spi"}},{"kind":"Field","name":{"kind":"Name","value":"eac"}},{"kind":"Field","name":{"kind":"Name","value":"etc"}},{"kind":"Field","name":{"kind":"Name","value":"vac"}},{"kind":"Field","name":{"kind":"Name","value":"tcpi"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}}]}}]} as unknown as DocumentNode<EvmApiWbeEvmQuery, EvmApiWbeEvmQueryVariables>;
export const EvmApiProjectEvmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvmApiProjectEvm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvmApiMetricsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvmApiMetricsFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvmApiMetricsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EVMMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"bac"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}},{"kind":"Field","name":{"kind":"Name","value":"cv"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"cpi"}},{"kind":"Field","name":{"kind":"Name","value":"spi"}},{"kind":"Field","name":{"kind":"Name","value":"eac"}},{"kind":"Field","name":{"kind":"Name","value":"etc"}},{"kind":"Field","name":{"kind":"Name","value":"vac"}},{"kind":"Field","name":{"kind":"Name","value":"tcpi"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}}]}}]} as unknown as DocumentNode<EvmApiProjectEvmQuery, EvmApiProjectEvmQueryVariables>;
export const EvmApiProjectEvmDefaultDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvmApiProjectEvmDefaultDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvmApiMetricsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"bac"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"bac"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvmApiMetricsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EVMMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"bac"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}},{"kind":"Field","name":{"kind":"Name","value":"cv"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"cpi"}},{"kind":"Field","name":{"kind":"Name","value":"spi"}},{"kind":"Field","name":{"kind":"Name","value":"eac"}},{"kind":"Field","name":{"kind":"Name","value":"etc"}},{"kind":"Field","name":{"kind":"Name","value":"vac"}},{"kind":"Field","name":{"kind":"Name","value":"tcpi"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}}]}}]} as unknown as DocumentNode<EvmApiProjectEvmDefaultDateQuery, EvmApiProjectEvmDefaultDateQueryVariables>;
export const EvmApiWholeTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvmApiWholeTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvmApiMetricsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allWbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvmApiMetricsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvmApiMetricsFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvmApiMetricsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EVMMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"bac"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}},{"kind":"Field","name":{"kind":"Name","value":"cv"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"cpi"}},{"kind":"Field","name":{"kind":"Name","value":"spi"}},{"kind":"Field","name":{"kind":"Name","value":"eac"}},{"kind":"Field","name":{"kind":"Name","value":"etc"}},{"kind":"Field","name":{"kind":"Name","value":"vac"}},{"kind":"Field","name":{"kind":"Name","value":"tcpi"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}}]}}]} as unknown as DocumentNode<EvmApiWholeTreeQuery, EvmApiWholeTreeQueryVariables>;
export const EvmApiProjectSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvmApiProjectSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SeriesInterval"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evmSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvmApiMetricsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allWbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"evmSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvmApiMetricsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"evmSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvmApiMetricsFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvmApiMetricsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EVMMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"bac"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}},{"kind":"Field","name":{"kind":"Name","value":"cv"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"cpi"}},{"kind":"Field","name":{"kind":"Name","value":"spi"}},{"kind":"Field","name":{"kind":"Name","value":"eac"}},{"kind":"Field","name":{"kind":"Name","value":"etc"}},{"kind":"Field","name":{"kind":"Name","value":"vac"}},{"kind":"Field","name":{"kind":"Name","value":"tcpi"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}}]}}]} as unknown as DocumentNode<EvmApiProjectSeriesQuery, EvmApiProjectSeriesQueryVariables>;
export const EvmApiProjectSeriesOnlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvmApiProjectSeriesOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"interval"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SeriesInterval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evmSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"interval"},"value":{"kind":"Variable","name":{"kind":"Name","value":"interval"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"bac"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}}]}}]}}]}}]} as unknown as DocumentNode<EvmApiProjectSeriesOnlyQuery, EvmApiProjectSeriesOnlyQueryVariables>;
export const EvmApiWbeSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvmApiWbeSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wbe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evmSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvmApiMetricsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvmApiMetricsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EVMMetrics"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"bac"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}},{"kind":"Field","name":{"kind":"Name","value":"cv"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"cpi"}},{"kind":"Field","name":{"kind":"Name","value":"spi"}},{"kind":"Field","name":{"kind":"Name","value":"eac"}},{"kind":"Field","name":{"kind":"Name","value":"etc"}},{"kind":"Field","name":{"kind":"Name","value":"vac"}},{"kind":"Field","name":{"kind":"Name","value":"tcpi"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}}]}}]} as unknown as DocumentNode<EvmApiWbeSeriesQuery, EvmApiWbeSeriesQueryVariables>;
export const LoginAsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginAs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<LoginAsMutation, LoginAsMutationVariables>;
export const CurrentUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;
export const WbeAncestorsFortyDeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WbeAncestorsFortyDeep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wbe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WbeAncestorsFortyDeepQuery, WbeAncestorsFortyDeepQueryVariables>;
export const CommitPageWithChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitPageWithChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitPageWithChangesQuery, CommitPageWithChangesQueryVariables>;
export const LimitsTreeThroughFragmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitsTreeThroughFragments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LimitsWbeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LimitsWbeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LimitsWbeLevel"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LimitsWbeLevel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WBE"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bac"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"costRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LimitsTreeThroughFragmentsQuery, LimitsTreeThroughFragmentsQueryVariables>;
export const ProjectCodesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectCodesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectCodesPageQuery, ProjectCodesPageQueryVariables>;
export const CreateProjectForTestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProjectForTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]} as unknown as DocumentNode<CreateProjectForTestMutation, CreateProjectForTestMutationVariables>;
export const ProjectOnBranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectOnBranch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}}]}}]} as unknown as DocumentNode<ProjectOnBranchQuery, ProjectOnBranchQueryVariables>;
export const CreateWbeInProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWbeInProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WBECreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWBE"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateWbeInProjectMutation, CreateWbeInProjectMutationVariables>;
export const CreateCostElementWithBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCostElementWithBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostElementCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCostElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}}]}}]} as unknown as DocumentNode<CreateCostElementWithBudgetMutation, CreateCostElementWithBudgetMutationVariables>;
export const WbeParentChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WbeParentChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wbe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WbeParentChainQuery, WbeParentChainQueryVariables>;
export const ListUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<ListUsersQuery, ListUsersQueryVariables>;
export const CreateUserWithRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUserWithRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<CreateUserWithRoleMutation, CreateUserWithRoleMutationVariables>;
export const UpdateUserProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUserProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<UpdateUserProfileMutation, UpdateUserProfileMutationVariables>;
export const UserAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<UserAsOfQuery, UserAsOfQueryVariables>;
export const UserProfileHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserProfileHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]} as unknown as DocumentNode<UserProfileHistoryQuery, UserProfileHistoryQueryVariables>;
export const FrontendTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrontendTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"commit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"bac"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}},{"kind":"Field","name":{"kind":"Name","value":"cpi"}},{"kind":"Field","name":{"kind":"Name","value":"spi"}},{"kind":"Field","name":{"kind":"Name","value":"eac"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allWbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FrontendElement"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FrontendElement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostElement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"incurredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<FrontendTreeQuery, FrontendTreeQueryVariables>;
export const FrontendCommitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrontendCommits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrontendCommitsQuery, FrontendCommitsQueryVariables>;
export const HealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<HealthQuery, HealthQueryVariables>;
export const CommitReadTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitReadTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"commit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allWbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"onBranch"},"name":{"kind":"Name","value":"wbes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"StringValue","value":"b","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitReadTreeQuery, CommitReadTreeQueryVariables>;
export const CommitReadWbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitReadWbe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wbe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"commit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}}]}}]}}]} as unknown as DocumentNode<CommitReadWbeQuery, CommitReadWbeQueryVariables>;
export const CommitReadElementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitReadElement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"commit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}}]}}]}}]} as unknown as DocumentNode<CommitReadElementQuery, CommitReadElementQueryVariables>;
export const CommitReadLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitReadLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"containedInBranches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitReadLogQuery, CommitReadLogQueryVariables>;
export const IdentityTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"commit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"commit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"commit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityProject"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityUser"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allWbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityWbe"}},{"kind":"Field","alias":{"kind":"Name","value":"elements"},"name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityElement"}},{"kind":"Field","alias":{"kind":"Name","value":"entries"},"name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityElement"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"costs"},"name":{"kind":"Name","value":"costRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityCost"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"progress"},"name":{"kind":"Name","value":"progressEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityProgress"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"onBranch"},"name":{"kind":"Name","value":"wbes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"StringValue","value":"b","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityWbe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WBE"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityElement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostElement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"incurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"costElement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"costElement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IdentityTreeQuery, IdentityTreeQueryVariables>;
export const IdentityUserAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityUserAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityUser"}},{"kind":"Field","alias":{"kind":"Name","value":"entries"},"name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<IdentityUserAtQuery, IdentityUserAtQueryVariables>;
export const IdentityNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nodeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nodeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nodeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityProject"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityWbe"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityElement"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityCost"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityProgress"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdentityUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityProject"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"onBranch"},"name":{"kind":"Name","value":"wbes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"StringValue","value":"b","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityWbe"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WBE"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityElement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostElement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}},{"kind":"Field","name":{"kind":"Name","value":"ev"}},{"kind":"Field","name":{"kind":"Name","value":"ac"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityCost"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"incurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"costElement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"costElement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdentityUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<IdentityNodeQuery, IdentityNodeQueryVariables>;
export const IdentityTwoMomentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityTwoMoments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allWbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allWbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"evm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlDate"}},{"kind":"Field","name":{"kind":"Name","value":"pv"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdentityTwoMomentsQuery, IdentityTwoMomentsQueryVariables>;
export const IdentityProjectTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityProjectTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allWbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"incurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IdentityProjectTreeQuery, IdentityProjectTreeQueryVariables>;
export const VersioningCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VersioningCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectCreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningProjectState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningProjectState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}}]} as unknown as DocumentNode<VersioningCreateProjectMutation, VersioningCreateProjectMutationVariables>;
export const VersioningUpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VersioningUpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningProjectState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningProjectState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}}]} as unknown as DocumentNode<VersioningUpdateProjectMutation, VersioningUpdateProjectMutationVariables>;
export const VersioningCreateWbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VersioningCreateWbe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WBECreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWBE"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningWbeState"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningWbeState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WBE"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}}]} as unknown as DocumentNode<VersioningCreateWbeMutation, VersioningCreateWbeMutationVariables>;
export const VersioningUpdateWbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VersioningUpdateWbe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WBEUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWBE"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningWbeState"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningWbeState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WBE"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}}]} as unknown as DocumentNode<VersioningUpdateWbeMutation, VersioningUpdateWbeMutationVariables>;
export const VersioningDeleteWbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VersioningDeleteWbe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWBE"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningChange"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<VersioningDeleteWbeMutation, VersioningDeleteWbeMutationVariables>;
export const VersioningCreateCostElementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VersioningCreateCostElement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostElementCreateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCostElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCostElementState"}},{"kind":"Field","name":{"kind":"Name","value":"wbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCostElementState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostElement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"costType"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}}]} as unknown as DocumentNode<VersioningCreateCostElementMutation, VersioningCreateCostElementMutationVariables>;
export const VersioningUpdateCostElementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VersioningUpdateCostElement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostElementUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCostElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCostElementState"}},{"kind":"Field","name":{"kind":"Name","value":"wbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCostElementState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostElement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"costType"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}}]} as unknown as DocumentNode<VersioningUpdateCostElementMutation, VersioningUpdateCostElementMutationVariables>;
export const VersioningDeleteCostElementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VersioningDeleteCostElement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCostElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningChange"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<VersioningDeleteCostElementMutation, VersioningDeleteCostElementMutationVariables>;
export const VersioningRegisterCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VersioningRegisterCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CostRegistrationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCostRegistrationState"}},{"kind":"Field","name":{"kind":"Name","value":"costElement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCostRegistrationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"incurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}}]} as unknown as DocumentNode<VersioningRegisterCostMutation, VersioningRegisterCostMutationVariables>;
export const VersioningRecordProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VersioningRecordProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningProgressEntryState"}},{"kind":"Field","name":{"kind":"Name","value":"costElement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningProgressEntryState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}}]} as unknown as DocumentNode<VersioningRecordProgressMutation, VersioningRecordProgressMutationVariables>;
export const VersioningCreateBranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VersioningCreateBranch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RefInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBranch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningBranchState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningBranchState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Branch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}}]} as unknown as DocumentNode<VersioningCreateBranchMutation, VersioningCreateBranchMutationVariables>;
export const VersioningArchiveBranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VersioningArchiveBranch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveBranch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningBranchState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningBranchState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Branch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}}]} as unknown as DocumentNode<VersioningArchiveBranchMutation, VersioningArchiveBranchMutationVariables>;
export const VersioningProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VersioningProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningProjectState"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningProjectState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningProjectState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}}]} as unknown as DocumentNode<VersioningProjectQuery, VersioningProjectQueryVariables>;
export const VersioningWbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VersioningWbe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wbe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningWbeState"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningWbeState"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningWbeState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WBE"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}}]} as unknown as DocumentNode<VersioningWbeQuery, VersioningWbeQueryVariables>;
export const VersioningCostElementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VersioningCostElement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCostElementState"}},{"kind":"Field","name":{"kind":"Name","value":"wbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCostElementState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCostRegistrationState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningProgressEntryState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCostElementState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostElement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"costType"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCostRegistrationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CostRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"incurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningProgressEntryState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}}]} as unknown as DocumentNode<VersioningCostElementQuery, VersioningCostElementQueryVariables>;
export const VersioningProjectTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VersioningProjectTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allWbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"incurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"percentComplete"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VersioningProjectTreeQuery, VersioningProjectTreeQueryVariables>;
export const VersioningChildReadPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VersioningChildReadPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childBranch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childAsOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","alias":{"kind":"Name","value":"inherited"},"name":{"kind":"Name","value":"allWbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"explicit"},"name":{"kind":"Name","value":"allWbes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childBranch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childAsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"wbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VersioningChildReadPointsQuery, VersioningChildReadPointsQueryVariables>;
export const VersioningCostElementAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VersioningCostElementAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wbeBranch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wbeAsOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"wbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"explicitWbe"},"name":{"kind":"Name","value":"wbe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wbeBranch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wbeAsOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]} as unknown as DocumentNode<VersioningCostElementAtQuery, VersioningCostElementAtQueryVariables>;
export const VersioningCommitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VersioningCommits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}}]} as unknown as DocumentNode<VersioningCommitsQuery, VersioningCommitsQueryVariables>;
export const VersioningCommitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VersioningCommit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningChange"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntityChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<VersioningCommitQuery, VersioningCommitQueryVariables>;
export const VersioningProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VersioningProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VersioningProjectsQuery, VersioningProjectsQueryVariables>;
export const VersioningBranchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VersioningBranches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"branches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningBranchState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningCommitRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"branch"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VersioningBranchState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Branch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forkedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VersioningCommitRef"}}]}}]}}]} as unknown as DocumentNode<VersioningBranchesQuery, VersioningBranchesQueryVariables>;
export const VersioningWbeChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VersioningWbeChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wbe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<VersioningWbeChildrenQuery, VersioningWbeChildrenQueryVariables>;
export const VersioningCommitEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VersioningCommitEverywhere"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wbeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"elementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"wbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"StringValue","value":"main","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allWbes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"costRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"wbe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wbeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costElements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"StringValue","value":"main","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"costElement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"elementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VersioningCommitEverywhereQuery, VersioningCommitEverywhereQueryVariables>;
export const VersioningListedProjectCommitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VersioningListedProjectCommits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"branch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"branch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"branch"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VersioningListedProjectCommitsQuery, VersioningListedProjectCommitsQueryVariables>;