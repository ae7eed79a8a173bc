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
  /** Calendar date, YYYY-MM-DD (graphql-scalars Date / LocalDate): a business day without time or zone (plannedStart, incurredOn, an EVM control date), unlike DateTime. It must exist: 2026-02-30 is BAD_USER_INPUT. */
  Date: { input: string; output: string; }
  /** ISO-8601 instant with offset, e.g. 2026-03-01T12:00:00Z (graphql-scalars DateTime): a moment in time (when a commit was made, what asOf reads at), unlike Date. Answered in UTC with millisecond precision; an input may carry any offset. */
  DateTime: { input: string; output: string; }
  /** Exact decimal, serialized as a JSON string such as "1250000.00". Never a float. Money, in the project's currency: answers have exactly two decimals (rounded half-even only when serialized); inputs are strings with at most two decimals, more is BAD_USER_INPUT (never rounded). */
  Decimal: { input: string; output: string; }
  /** Any JSON value, used for field values in diffs and conflicts: a business field's value in API form (Decimal as a two-decimal string, Date as YYYY-MM-DD, enums by name, references as UUID strings), an object of such values for a whole entity (field "*"), or null. */
  JSON: { input: unknown; output: unknown; }
  /** An identifier in the 8-4-4-4-12 hexadecimal form, e.g. 0190f6a3-5c2e-7b1d-9a4f-3e8c2d1b0a96 (ids made here are time-ordered UUID v7). Answered in lower case; any case is accepted. */
  UUID: { input: string; output: string; }
};

/** What login answers: a token for the API and who it signs in. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** when the token stops being accepted (its lifetime is the JWT_EXPIRES_IN setting, default 1 hour) */
  expiresAt: Scalars['DateTime']['output'];
  /** a signed JWT for the Authorization: Bearer header */
  token: Scalars['String']['output'];
  /** the signed-in user, its latest profile */
  user: User;
};

/**
 * A named line of history within one project. Every project has the
 * protected branch main. Creating a branch copies no rows.
 */
export type Branch = {
  __typename?: 'Branch';
  /** the change order that owns this branch; null for other branches */
  changeOrder?: Maybe<ChangeOrder>;
  /** when the branch was created */
  createdAt: Scalars['DateTime']['output'];
  /** who created the branch: that user's latest profile */
  createdBy: User;
  /** the commit that the branch was created from; null for main */
  forkedFrom?: Maybe<Commit>;
  /** the branch's latest commit */
  head: Commit;
  /** unique within the project: 1-63 letters, digits, ".", "_", "-" or "/", starting with a letter or digit; a change order's branch is co-<code> */
  name: Scalars['String']['output'];
  /**
   * true while the branch's change order is SUBMITTED: plan writes, merges into the
   * branch, reverts on it and archiving it fail with BAD_USER_INPUT (extensions.reason
   * CHANGE_ORDER_FROZEN); costs and progress may still be recorded
   */
  planFrozen: Scalars['Boolean']['output'];
  /** the project that the branch belongs to */
  projectId: Scalars['UUID']['output'];
  /** whether the branch still takes writes */
  status: BranchStatus;
};

/** Whether a branch still takes writes. */
export type BranchStatus =
  /** takes writes and merges (every branch starts ACTIVE and stays so after mergeBranch) */
  | 'ACTIVE'
  /** set by archiveBranch; read-only and cannot be merged */
  | 'ARCHIVED'
  /** its change order was approved and merged into main; read-only */
  | 'MERGED';

/** What happened to one entity between the two sides of a diff or in one commit. */
export type ChangeKind =
  /** exists only on the later side (after) */
  | 'ADDED'
  /** exists on both sides with at least one business field changed */
  | 'MODIFIED'
  /** exists only on the earlier side (before): deleted since */
  | 'REMOVED';

/**
 * A proposed change to a project's scope, budget or schedule. It owns a branch
 * where the change is prepared; approval merges that branch into main. While
 * SUBMITTED its branch is frozen for plan changes (see Branch.planFrozen).
 */
export type ChangeOrder = {
  __typename?: 'ChangeOrder';
  /** its branch co-<code>, where the change is prepared */
  branch: Branch;
  /** unique within the project; its branch is named co-<code> */
  code: Scalars['String']['output'];
  /** when the order was created */
  createdAt: Scalars['DateTime']['output'];
  /** when it was approved or rejected; null while undecided */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** who approved or rejected it (that user's latest profile); null while undecided */
  decidedBy?: Maybe<User>;
  /** the decision's reason: the rejection's reason, or the message given with the approval */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** free text; null when none was given */
  description?: Maybe<Scalars['String']['output']>;
  /** THREE_DOT diff of the change order's branch against main */
  diff: ProjectDiff;
  /** the change order id (change orders are not versioned) */
  id: Scalars['UUID']['output'];
  /** the project it changes */
  projectId: Scalars['UUID']['output'];
  /** why it was rejected; null unless REJECTED */
  rejectReason?: Maybe<Scalars['String']['output']>;
  /** who created the order: that user's latest profile */
  requestedBy: User;
  /** where it is in DRAFT -> SUBMITTED -> MERGED or REJECTED (withdrawal: back to DRAFT) */
  status: ChangeOrderStatus;
  /**
   * when the submission now under review (or decided) was made; null for a DRAFT
   * and for an order submitted before submissions were recorded
   */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** a one-line title */
  title: Scalars['String']['output'];
  /** every status transition of the order, oldest first, starting with its creation */
  transitions: Array<ChangeOrderTransition>;
};

/** A new change order; its branch co-<code> is created from main's latest state. */
export type ChangeOrderCreateInput = {
  /** unique within the project (CONFLICT otherwise). Letters, digits, ".", "_", "-" and "/", starting with a letter or digit, at most 50 characters */
  code: Scalars['String']['input'];
  /** optional free text, at most 4000 characters */
  description?: InputMaybe<Scalars['String']['input']>;
  /** the project it changes */
  projectId: Scalars['UUID']['input'];
  /** one line, at most 200 characters */
  title: Scalars['String']['input'];
};

/**
 * DRAFT -> SUBMITTED -> MERGED (approved and merged into main) or REJECTED;
 * withdrawing a SUBMITTED order brings it back to DRAFT
 */
export type ChangeOrderStatus =
  /** being prepared on its branch; submitChangeOrder moves it to SUBMITTED */
  | 'DRAFT'
  /** approved: its branch was merged into main and is now MERGED (read-only) */
  | 'MERGED'
  /** rejected (rejectReason says why); its branch is left as it was, unfrozen */
  | 'REJECTED'
  /**
   * waiting for a MANAGER or ADMIN to approve or reject it; its branch is frozen for
   * plan changes until then or until withdrawn (withdrawChangeOrder: back to DRAFT)
   */
  | 'SUBMITTED';

/**
 * One step of a change order's review trail. Steps are only ever appended,
 * never changed: the trail is the order's whole history, oldest first.
 */
export type ChangeOrderTransition = {
  __typename?: 'ChangeOrderTransition';
  /** who made the transition: that user's latest profile */
  actor: User;
  /** when the step happened */
  at: Scalars['DateTime']['output'];
  /** the status before; null for the creation */
  from?: Maybe<ChangeOrderStatus>;
  /**
   * the head of the order's branch at that moment (for an approval: the state that
   * was merged); null only for steps recorded before the trail existed
   */
  head?: Maybe<Commit>;
  /** the reason given for a withdrawal or rejection, or the message given with an approval */
  note?: Maybe<Scalars['String']['output']>;
  /** position in the trail, from 1 (the creation) */
  seq: Scalars['Int']['output'];
  /** the status after */
  to: ChangeOrderStatus;
};

/**
 * One atomic change to one project's data on one branch. Every mutation that
 * changes project data makes exactly one commit.
 */
export type Commit = {
  __typename?: 'Commit';
  /** who made the commit: the author's latest profile */
  author: User;
  /** the branch that the commit was made on */
  branch: Scalars['String']['output'];
  /** what this commit changed, against its first parent */
  changes: Array<EntityChange>;
  /** when the commit was made (UTC, millisecond precision); monotonic per branch. A read at asOf T sees exactly the commits with committedAt <= T */
  committedAt: Scalars['DateTime']['output'];
  /** the branches whose head contains this commit (it is in their log, `commits`), main first; its own branch's among them. Answered for a whole page of commits with two statements per project */
  containedInBranches: Array<Branch>;
  /** the commit id; usable as the `commit` read point of the versioned roots */
  id: Scalars['UUID']['output'];
  /** what made the commit */
  kind: CommitKind;
  /** the author's message, or the one the server wrote when none was given */
  message: Scalars['String']['output'];
  /** one parent; two for a merge; none for the first commit of a project */
  parents: Array<Commit>;
  /** the project whose data the commit changed */
  projectId: Scalars['UUID']['output'];
  /** position on its branch: 1, 2, 3, … (monotonic per branch) */
  seq: Scalars['Int']['output'];
};

/** A page of a branch's log, newest first (committedAt, then id). */
export type CommitConnection = {
  __typename?: 'CommitConnection';
  /** the commits of this page, newest first */
  edges: Array<CommitEdge>;
  /** whether older commits follow, and the cursor to ask for them */
  pageInfo: PageInfo;
  /** how many commits the whole log holds (within since/until), on every page */
  totalCount: Scalars['Int']['output'];
};

/** One commit of a page of `commits`. */
export type CommitEdge = {
  __typename?: 'CommitEdge';
  /** An opaque cursor for this edge: pass it as `after` to read the page that follows it. */
  cursor: Scalars['String']['output'];
  /** the commit */
  node: Commit;
};

/** What made a commit. */
export type CommitKind =
  /** the creation of a branch (createBranch or createChangeOrder); it changes no data */
  | 'BRANCH'
  /** the project's first commit: createProject on main */
  | 'CREATE'
  /** a write to project data: updateProject, a create, update or delete of a WBE or cost element, registerCost, recordProgress */
  | 'EDIT'
  /** a merge (mergeBranch or approveChangeOrder); two parents: the target head, the source head */
  | 'MERGE'
  /** revertCommit: undoes what an earlier commit changed */
  | 'REVERT';

/** An explicit decision for one conflict of mergeBranch; it overrides the strategy. One that names no conflict is BAD_USER_INPUT. */
export type ConflictResolution = {
  /** the conflict's entityId */
  entityId: Scalars['UUID']['input'];
  /** the conflict's field ("*" for a delete against an edit) */
  field: Scalars['String']['input'];
  /** the value to keep, in API form (as in FieldChange) and valid for the field, else BAD_USER_INPUT; for "*": null (deleted) or an object of field values */
  value?: InputMaybe<Scalars['JSON']['input']>;
};

/** A budgeted piece of work under a WBE: where budget, actual costs and progress meet, and the unit that EVM figures are computed for. */
export type CostElement = Node & Versioned & {
  __typename?: 'CostElement';
  /** the branch that this object was read from */
  branch: Scalars['String']['output'];
  /** budget at completion of this element, money in the project's currency (two decimals) */
  budget: Scalars['Decimal']['output'];
  /** short code, unique among the project's cost elements on the branch */
  code: Scalars['String']['output'];
  /** the commit that produced this state */
  commit: Commit;
  /** the actual costs recorded on this element, by incurredOn (then in the order recorded) */
  costRegistrations: Array<CostRegistration>;
  /** the kind of resource it budgets */
  costType: CostType;
  /** EVM figures of this element at the read point; control date defaults to the read point's date */
  evm: EvmMetrics;
  /** EVM figures at every control date of the range (at most 1,000), each exactly what `evm(at:)` answers at that date at this read point, computed in one pass over data read once; a reversed range or too many dates is BAD_USER_INPUT */
  evmSeries: Array<EvmMetrics>;
  /** every past state on this branch's lineage, oldest first: the states up to the read point only (as it was known then) */
  history: Array<CostElement>;
  /** stable identity across versions and branches */
  id: Scalars['UUID']['output'];
  /** the name, one line */
  name: Scalars['String']['output'];
  /** Opaque cache key: the same for two reads of the same state at the same read point, different whenever one of its fields could answer differently (see the README, "Using it from a front end"). `id` is the identity of the entity across versions and branches; `Query.node(nodeId)` reads this object again. */
  nodeId: Scalars['ID']['output'];
  /** the day its planned work ends (calendar day), on or after plannedStart: PV equals the budget from here */
  plannedEnd: Scalars['Date']['output'];
  /** the day its planned work starts (calendar day): PV grows linearly from here */
  plannedStart: Scalars['Date']['output'];
  /** the progress measurements of this element, by measuredOn (then in the order recorded) */
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


/** A budgeted piece of work under a WBE: where budget, actual costs and progress meet, and the unit that EVM figures are computed for. */
export type CostElementCostRegistrationsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
};


/** A budgeted piece of work under a WBE: where budget, actual costs and progress meet, and the unit that EVM figures are computed for. */
export type CostElementEvmArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


/** A budgeted piece of work under a WBE: where budget, actual costs and progress meet, and the unit that EVM figures are computed for. */
export type CostElementEvmSeriesArgs = {
  from: Scalars['Date']['input'];
  interval?: InputMaybe<SeriesInterval>;
  to: Scalars['Date']['input'];
};


/** A budgeted piece of work under a WBE: where budget, actual costs and progress meet, and the unit that EVM figures are computed for. */
export type CostElementProgressEntriesArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
};


/** A budgeted piece of work under a WBE: where budget, actual costs and progress meet, and the unit that EVM figures are computed for. */
export type CostElementWbeArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
};

/** A new cost element under a WBE. */
export type CostElementCreateInput = {
  /** budget at completion, 0 or more, money in the project's currency, at most two decimals (more is BAD_USER_INPUT) */
  budget: Scalars['Decimal']['input'];
  /** unique among the project's cost elements on the branch (BAD_USER_INPUT otherwise). Letters, digits, ".", "_", "-" and "/", starting with a letter or digit, at most 50 characters */
  code: Scalars['String']['input'];
  /** default OTHER */
  costType?: CostType;
  /** one line, at most 200 characters */
  name: Scalars['String']['input'];
  /** the day its planned work ends (PV reaches the budget), on or after plannedStart, between 1900-01-01 and 2199-12-31 */
  plannedEnd: Scalars['Date']['input'];
  /** the day its planned work starts (PV begins), between 1900-01-01 and 2199-12-31 */
  plannedStart: Scalars['Date']['input'];
  /** the WBE it belongs to, on the branch written (BAD_USER_INPUT when it does not exist there) */
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

/** Changes to a cost element; the fields left out keep their values. */
export type CostElementUpdateInput = {
  /** budget at completion, 0 or more, money in the project's currency, at most two decimals (more is BAD_USER_INPUT); absent or null: unchanged */
  budget?: InputMaybe<Scalars['Decimal']['input']>;
  /** unique among the project's cost elements. Letters, digits, ".", "_", "-" and "/", starting with a letter or digit, at most 50 characters; absent or null: unchanged */
  code?: InputMaybe<Scalars['String']['input']>;
  /** absent or null: unchanged */
  costType?: InputMaybe<CostType>;
  /** one line, at most 200 characters; absent or null: unchanged */
  name?: InputMaybe<Scalars['String']['input']>;
  /** on or after plannedStart; absent or null: unchanged */
  plannedEnd?: InputMaybe<Scalars['Date']['input']>;
  /** on or before plannedEnd; absent or null: unchanged */
  plannedStart?: InputMaybe<Scalars['Date']['input']>;
  /** move it under another WBE (BAD_USER_INPUT when it does not exist on the branch); absent or null: unchanged */
  wbeId?: InputMaybe<Scalars['UUID']['input']>;
};

/** An actual cost incurred on a cost element. */
export type CostRegistration = Node & Versioned & {
  __typename?: 'CostRegistration';
  /** the amount, money in the project's currency (two decimals); negative for a credit */
  amount: Scalars['Decimal']['output'];
  /** the branch that this object was read from */
  branch: Scalars['String']['output'];
  /** the commit that produced this state */
  commit: Commit;
  /** null only where an explicit branch/asOf points where the element does not exist */
  costElement?: Maybe<CostElement>;
  /** free text, e.g. an invoice number; null when none was given */
  description?: Maybe<Scalars['String']['output']>;
  /** stable identity across versions and branches */
  id: Scalars['UUID']['output'];
  /** the day the cost was incurred (calendar day); AC counts it from then on */
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

/** An actual cost to record on a cost element. */
export type CostRegistrationInput = {
  /** the amount, money in the project's currency, at most two decimals (more is BAD_USER_INPUT); negative for a credit */
  amount: Scalars['Decimal']['input'];
  /** the cost element it was incurred on (BAD_USER_INPUT when it does not exist on the branch) */
  costElementId: Scalars['UUID']['input'];
  /** optional free text, e.g. an invoice number; at most 4000 characters */
  description?: InputMaybe<Scalars['String']['input']>;
  /** the day the cost was incurred (it counts in AC from then on), between 1900-01-01 and 2199-12-31 */
  incurredOn: Scalars['Date']['input'];
};

/** The kind of resource that a cost element budgets. */
export type CostType =
  /** machines and tools, owned or rented */
  | 'EQUIPMENT'
  /** work by people: wages, hours */
  | 'LABOR'
  /** materials and consumables */
  | 'MATERIAL'
  /** anything else (the default) */
  | 'OTHER'
  /** work bought from another company */
  | 'SUBCONTRACT';

/** A half-open time range: from (inclusive) up to to (exclusive); either end may be left open. */
export type DateTimeRange = {
  /** inclusive lower bound; omitted: no lower bound */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** exclusive upper bound; omitted: no upper bound */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** How `diff` compares its two refs. */
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
  /** budget at completion on the after side, money in the project's currency (two decimals) */
  bacAfter: Scalars['Decimal']['output'];
  /** budget at completion on the before side, money in the project's currency (two decimals); 0.00 where the project had no data */
  bacBefore: Scalars['Decimal']['output'];
  /** bacAfter - bacBefore, money in the project's currency (two decimals) */
  bacDelta: Scalars['Decimal']['output'];
  /** estimate at completion on the after side, money in the project's currency (two decimals); null where CPI is 0 or null */
  eacAfter?: Maybe<Scalars['Decimal']['output']>;
  /** estimate at completion (BAC / CPI) on the before side, money in the project's currency (two decimals); null where CPI is 0 or null */
  eacBefore?: Maybe<Scalars['Decimal']['output']>;
  /** eacAfter - eacBefore, money in the project's currency (two decimals); null when either is null */
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
  /** actual cost at D, money in the project's currency (two decimals) */
  ac: Scalars['Decimal']['output'];
  /** budget at completion: the sum of the budgets, money in the project's currency (two decimals) */
  bac: Scalars['Decimal']['output'];
  /** the control date D that the figures are measured at (a calendar day) */
  controlDate: Scalars['Date']['output'];
  /** EV / AC: cost performance index, a ratio (1.0 on budget, below 1 over cost); null when AC is 0 */
  cpi?: Maybe<Scalars['Float']['output']>;
  /** EV - AC: cost variance, money in the project's currency (two decimals); negative is over cost */
  cv: Scalars['Decimal']['output'];
  /** BAC / CPI: estimate at completion, money in the project's currency (two decimals); null when CPI is 0 or null */
  eac?: Maybe<Scalars['Decimal']['output']>;
  /** EAC - AC: estimate to complete, money in the project's currency (two decimals); null when EAC is null */
  etc?: Maybe<Scalars['Decimal']['output']>;
  /** earned value at D, money in the project's currency (two decimals) */
  ev: Scalars['Decimal']['output'];
  /** EV / BAC, 0..1; null when BAC is 0. A fraction (0.25 is a quarter done), unlike ProgressEntry.percentComplete, which is 0..100 */
  percentComplete?: Maybe<Scalars['Float']['output']>;
  /** planned value at D, money in the project's currency (two decimals) */
  pv: Scalars['Decimal']['output'];
  /** EV / PV: schedule performance index, a ratio (1.0 on plan, below 1 behind); null when PV is 0 */
  spi?: Maybe<Scalars['Float']['output']>;
  /** EV - PV: schedule variance, money in the project's currency (two decimals); negative is behind plan */
  sv: Scalars['Decimal']['output'];
  /** (BAC - EV) / (BAC - AC): to-complete performance index, the CPI the remaining work needs to finish on budget, a ratio; null when BAC equals AC */
  tcpi?: Maybe<Scalars['Float']['output']>;
  /** BAC - EAC: variance at completion, money in the project's currency (two decimals); null when EAC is null */
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

/** What happened to one entity: added, modified (only the fields that differ) or removed. Changes are listed by entity type, parents first: Project, WBE, CostElement, CostRegistration, ProgressEntry. */
export type EntityChange = {
  __typename?: 'EntityChange';
  /** what the entity is on the after side; null where it does not exist there (REMOVED), and in merge results, which do not read it */
  after?: Maybe<EntitySide>;
  /** what the entity is on the before side (THREE_DOT: the merge base); null where it does not exist there, and in merge results, which do not read it */
  before?: Maybe<EntitySide>;
  /** the entity's stable id (its `id` in every version) */
  entityId: Scalars['UUID']['output'];
  /** Project, WBE, CostElement, CostRegistration or ProgressEntry */
  entityType: Scalars['String']['output'];
  /** MODIFIED: only the fields whose values differ; ADDED and REMOVED: every business field, with null on the missing side */
  fields: Array<FieldChange>;
  /** added, modified or removed */
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
  /** the value on the later side; null where it is absent */
  after?: Maybe<Scalars['JSON']['output']>;
  /** the value on the earlier side; null where it was absent */
  before?: Maybe<Scalars['JSON']['output']>;
  /** the field, named as in the GraphQL type (references: parentId, wbeId, costElementId) */
  field: Scalars['String']['output'];
};

/**
 * A field that both sides changed, to different values, since the merge base.
 * A delete on one side against an edit on the other is one conflict with
 * field "*", where base, ours and theirs are whole objects (null where deleted).
 */
export type MergeConflict = {
  __typename?: 'MergeConflict';
  /** the value at the merge base */
  base?: Maybe<Scalars['JSON']['output']>;
  /** the entity's stable id */
  entityId: Scalars['UUID']['output'];
  /** Project, WBE, CostElement, CostRegistration or ProgressEntry */
  entityType: Scalars['String']['output'];
  /** the field both sides changed, named as in FieldChange, or "*" for a delete against an edit */
  field: Scalars['String']['output'];
  /** the target's value (the branch merged into) */
  ours?: Maybe<Scalars['JSON']['output']>;
  /** the source's value (the branch merged from) */
  theirs?: Maybe<Scalars['JSON']['output']>;
};

/** The outcome of mergeBranch: what it brought, what conflicts, and its commit. */
export type MergeResult = {
  __typename?: 'MergeResult';
  /**
   * what the merge brings (in a dry run: would bring) to the target; with
   * CONFLICTS, the part that does not conflict
   */
  changes: Array<EntityChange>;
  /** the merge commit on the target; null when nothing was written */
  commit?: Maybe<Commit>;
  /** the conflicts left undecided (empty unless status is CONFLICTS); answer them with resolutions or a strategy */
  conflicts: Array<MergeConflict>;
  /** MERGED, CONFLICTS (nothing written) or UP_TO_DATE (nothing to merge) */
  status: MergeStatus;
};

/** The outcome of mergeBranch. */
export type MergeStatus =
  /** conflicts that neither a resolution nor the strategy decided (with FAIL_ON_CONFLICT every unresolved one; with OURS or THEIRS those that no side can settle, such as a code taken on both sides or a parent deleted on one): nothing was written */
  | 'CONFLICTS'
  /** merged (in a dry run: would merge); commit is the MERGE commit, null in a dry run */
  | 'MERGED'
  /** the source changed nothing since the merge base: nothing to merge, nothing written */
  | 'UP_TO_DATE';

/** How mergeBranch decides the conflicts that no explicit resolution decides. Fields changed on one side only always take that side. */
export type MergeStrategy =
  /** report conflicts and change nothing */
  | 'FAIL_ON_CONFLICT'
  /** on conflict keep the target's value */
  | 'OURS'
  /** on conflict take the source's value */
  | 'THEIRS';

/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * MANAGER or ADMIN. Merges the branch into main with FAIL_ON_CONFLICT and sets
   * MERGED; on conflicts it fails with extensions.code CONFLICT and the change
   * order stays SUBMITTED (withdraw it, merge main into its branch, submit again).
   * Only a SUBMITTED order can be approved (BAD_USER_INPUT otherwise); one whose
   * branch brings nothing is approved without a commit on main.
   */
  approveChangeOrder: ChangeOrder;
  /**
   * an archived branch is read-only and cannot be merged; main cannot be archived, nor
   * a branch whose change order is SUBMITTED (BAD_USER_INPUT, extensions.reason
   * CHANGE_ORDER_FROZEN)
   */
  archiveBranch: Branch;
  /** a new branch of the project at `from` (default: main's latest state); writes no entity rows; a name in use is CONFLICT */
  createBranch: Branch;
  /** creates the change order and its branch, named co-<code>. EDITOR and up; the order starts as DRAFT, its branch at main's latest state */
  createChangeOrder: ChangeOrder;
  /** Adds a cost element under a WBE on a branch, in one commit; answers its first state */
  createCostElement: CostElement;
  /** MANAGER or ADMIN. Creates a project with its protected branch main and its first commit (CREATE); answers the project as of that commit */
  createProject: Project;
  /** ADMIN only. Creates a user account; an email in use is CONFLICT */
  createUser: User;
  /** Adds a WBE to the project on a branch, in one commit; answers its first state */
  createWBE: Wbe;
  /** removes the cost element with its costs and progress entries, in one commit; answers that commit */
  deleteCostElement: Commit;
  /** removes the WBE and everything below it, in one commit */
  deleteWBE: Commit;
  /** Signs in; the only operation that needs no token. A wrong email or password, or a deactivated account, is UNAUTHENTICATED; too many failed attempts are LOGIN_THROTTLED for a while */
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
  /** Records the percent complete (0..100) of a cost element on a date, in one commit. EDITOR and up, on any branch including main */
  recordProgress: ProgressEntry;
  /** Records an actual cost on a cost element, in one commit. EDITOR and up, on any branch including main (actuals are facts, not plan changes) */
  registerCost: CostRegistration;
  /** MANAGER or ADMIN. SUBMITTED -> REJECTED (BAD_USER_INPUT for an order in another status); nothing is merged and the branch stays as it is (unfrozen) */
  rejectChangeOrder: ChangeOrder;
  /** a new commit on the branch that undoes what the given commit changed; a field changed again since is CONFLICT and nothing is written */
  revertCommit: Commit;
  /**
   * EDITOR and up. DRAFT -> SUBMITTED: ready for a decision. An order in another status is BAD_USER_INPUT.
   * Freezes the branch for plan changes until the order is withdrawn or decided (Branch.planFrozen).
   */
  submitChangeOrder: ChangeOrder;
  /** Changes a cost element's fields or moves it under another WBE, in one commit; answers the new state */
  updateCostElement: CostElement;
  /** Changes the project's fields on a branch, in one commit; answers the new state */
  updateProject: Project;
  /** ADMIN only. Writes a new version of the profile; an unknown user is NOT_FOUND */
  updateUser: User;
  /** Changes a WBE's fields or moves it under another parent, in one commit (moving it under itself or a descendant is BAD_USER_INPUT); answers the new state */
  updateWBE: Wbe;
  /**
   * SUBMITTED -> DRAFT (BAD_USER_INPUT for an order in another status), by its requester or a
   * MANAGER/ADMIN (FORBIDDEN otherwise): the branch takes plan changes again, and the order
   * must be submitted again to be decided.
   */
  withdrawChangeOrder: ChangeOrder;
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationApproveChangeOrderArgs = {
  expectedHead?: InputMaybe<Scalars['UUID']['input']>;
  id: Scalars['UUID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationArchiveBranchArgs = {
  name: Scalars['String']['input'];
  projectId: Scalars['UUID']['input'];
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationCreateBranchArgs = {
  from?: InputMaybe<RefInput>;
  name: Scalars['String']['input'];
  projectId: Scalars['UUID']['input'];
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationCreateChangeOrderArgs = {
  input: ChangeOrderCreateInput;
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationCreateCostElementArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  input: CostElementCreateInput;
  message?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationCreateProjectArgs = {
  input: ProjectCreateInput;
  message?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationCreateUserArgs = {
  input: UserCreateInput;
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationCreateWbeArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  input: WbeCreateInput;
  message?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['UUID']['input'];
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationDeleteCostElementArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationDeleteWbeArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationMergeBranchArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['UUID']['input'];
  resolutions?: InputMaybe<Array<ConflictResolution>>;
  source: Scalars['String']['input'];
  strategy?: InputMaybe<MergeStrategy>;
  target?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationRecordProgressArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  input: ProgressInput;
  message?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationRegisterCostArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  input: CostRegistrationInput;
  message?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationRejectChangeOrderArgs = {
  expectedHead?: InputMaybe<Scalars['UUID']['input']>;
  id: Scalars['UUID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationRevertCommitArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  commitId: Scalars['UUID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['UUID']['input'];
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationSubmitChangeOrderArgs = {
  id: Scalars['UUID']['input'];
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationUpdateCostElementArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  input: CostElementUpdateInput;
  message?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationUpdateProjectArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  input: ProjectUpdateInput;
  message?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationUpdateUserArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  input: UserUpdateInput;
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationUpdateWbeArgs = {
  branch?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['UUID']['input'];
  input: WbeUpdateInput;
  message?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes to project data take the branch to write on (default main) and an
 * optional message for the commit. `expectedVersion`, where given, makes the
 * write fail with extensions.code CONFLICT unless the entity's latest version
 * on that branch is still that one. Errors carry extensions.code:
 * UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.
 */
export type MutationWithdrawChangeOrderArgs = {
  id: Scalars['UUID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** An object that a normalising cache can key by `nodeId`: one state of one entity, as read at one read point. `Query.node` reads it again. */
export type Node = {
  /** Opaque cache key: the same for two reads of the same state at the same read point, different whenever one of its fields could answer differently (see the README, "Using it from a front end"). `id` is the identity of the entity across versions and branches; `Query.node(nodeId)` reads this object again. */
  nodeId: Scalars['ID']['output'];
};

/** Where a page of a connection ends, and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** the last edge's cursor; null for an empty page */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** true when items follow this page: ask again with after: endCursor */
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
  /** the day it was measured (calendar day); the latest entry on or before a control date sets EV */
  measuredOn: Scalars['Date']['output'];
  /** Opaque cache key: the same for two reads of the same state at the same read point, different whenever one of its fields could answer differently (see the README, "Using it from a front end"). `id` is the identity of the entity across versions and branches; `Query.node(nodeId)` reads this object again. */
  nodeId: Scalars['ID']['output'];
  /** 0..100: percent complete, as a person reports it (50 is half done), unlike EVMMetrics.percentComplete, a 0..1 fraction */
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

/** A progress measurement of a cost element. */
export type ProgressInput = {
  /** the cost element measured (BAD_USER_INPUT when it does not exist on the branch) */
  costElementId: Scalars['UUID']['input'];
  /** the day it was measured; the latest measurement on or before a control date sets EV, between 1900-01-01 and 2199-12-31 */
  measuredOn: Scalars['Date']['input'];
  /** percent complete, 0..100 (not a 0..1 fraction); outside that range is BAD_USER_INPUT */
  percentComplete: Scalars['Float']['input'];
};

/** A project, at the read point it was read at: its WBS (WBEs and their cost elements), budget and EVM figures. Its children inherit its read point. */
export type Project = Node & Versioned & {
  __typename?: 'Project';
  /** every WBE of the project, flat */
  allWbes: Array<Wbe>;
  /** the branch that this object was read from */
  branch: Scalars['String']['output'];
  /** every branch of the project, whatever the read point: main first, then by creation time */
  branches: Array<Branch>;
  /** sum of the budgets of the project's cost elements at this point, money in the project's currency (two decimals) */
  budget: Scalars['Decimal']['output'];
  /** short code, unique among projects, e.g. CHP-120 (the demo project) */
  code: Scalars['String']['output'];
  /** the commit that produced this state */
  commit: Commit;
  /** ISO 4217 code of the currency that all money of the project is in, e.g. EUR */
  currency: Scalars['String']['output'];
  /** free text; null when none was given */
  description?: Maybe<Scalars['String']['output']>;
  /** the last day of the project (calendar day), on or after startDate */
  endDate: Scalars['Date']['output'];
  /** control date defaults to the read point's date. The whole project's figures: every cost element's BAC, PV, EV and AC summed, indices derived from the sums */
  evm: EvmMetrics;
  /** EVM figures at every control date of the range (at most 1,000), each exactly what `evm(at:)` answers at that date at this read point, computed in one pass over data read once; a reversed range or too many dates is BAD_USER_INPUT */
  evmSeries: Array<EvmMetrics>;
  /** every past state on this branch's lineage, oldest first: the states up to the read point only (as it was known then) */
  history: Array<Project>;
  /** stable identity across versions and branches */
  id: Scalars['UUID']['output'];
  /** the name, one line */
  name: Scalars['String']['output'];
  /** Opaque cache key: the same for two reads of the same state at the same read point, different whenever one of its fields could answer differently (see the README, "Using it from a front end"). `id` is the identity of the entity across versions and branches; `Query.node(nodeId)` reads this object again. */
  nodeId: Scalars['ID']['output'];
  /** the first day of the project (calendar day) */
  startDate: Scalars['Date']['output'];
  /** where the project is in its life */
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


/** A project, at the read point it was read at: its WBS (WBEs and their cost elements), budget and EVM figures. Its children inherit its read point. */
export type ProjectAllWbesArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
};


/** A project, at the read point it was read at: its WBS (WBEs and their cost elements), budget and EVM figures. Its children inherit its read point. */
export type ProjectEvmArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};


/** A project, at the read point it was read at: its WBS (WBEs and their cost elements), budget and EVM figures. Its children inherit its read point. */
export type ProjectEvmSeriesArgs = {
  from: Scalars['Date']['input'];
  interval?: InputMaybe<SeriesInterval>;
  to: Scalars['Date']['input'];
};


/** A project, at the read point it was read at: its WBS (WBEs and their cost elements), budget and EVM figures. Its children inherit its read point. */
export type ProjectWbesArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
};

/** A page of projects, ordered by code (then id). */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  /** the projects of this page, in order */
  edges: Array<ProjectEdge>;
  /** whether more pages follow, and the cursor to ask for the next */
  pageInfo: PageInfo;
  /** how many projects the whole connection holds, on every page */
  totalCount: Scalars['Int']['output'];
};

/** A new project; it is created with its main branch and its first commit. */
export type ProjectCreateInput = {
  /** unique among projects (BAD_USER_INPUT otherwise). Letters, digits, ".", "_", "-" and "/", starting with a letter or digit, at most 50 characters */
  code: Scalars['String']['input'];
  /** ISO 4217 code of the currency that all its money is in (default EUR) */
  currency?: Scalars['String']['input'];
  /** optional free text, at most 4000 characters */
  description?: InputMaybe<Scalars['String']['input']>;
  /** the last day of the project, on or after startDate, between 1900-01-01 and 2199-12-31 */
  endDate: Scalars['Date']['input'];
  /** one line, at most 200 characters */
  name: Scalars['String']['input'];
  /** the first day of the project, between 1900-01-01 and 2199-12-31 */
  startDate: Scalars['Date']['input'];
  /** default PLANNED */
  status?: InputMaybe<ProjectStatus>;
};

/** What differs between two read points of one project, entity by entity and field by field, with the effect on budget and forecast. */
export type ProjectDiff = {
  __typename?: 'ProjectDiff';
  /** TWO_DOT: every entity whose state differs between from and to; THREE_DOT: what to changed since the merge base */
  changes: Array<EntityChange>;
  /** how the project's BAC and EAC move from the before side to the after side */
  evmImpact: EvmImpact;
  /** the point that `from` resolved to */
  from: ResolvedRef;
  /** THREE_DOT: the latest commit that both sides contain, which `to` is compared with; null for TWO_DOT and where a side has no history */
  mergeBase?: Maybe<Commit>;
  /** TWO_DOT (state against state) or THREE_DOT (what `to` changed since the merge base) */
  mode: DiffMode;
  /** the project compared */
  projectId: Scalars['UUID']['output'];
  /** the planned dates that the diff moves, and the planned span of the project on each side */
  scheduleImpact: ScheduleImpact;
  /** the point that `to` resolved to */
  to: ResolvedRef;
  /** every WBE whose BAC, EAC or PV at the control date differ between the two sides, with the WBEs above it, ordered by path */
  wbeImpact: Array<WbeImpact>;
};


/** What differs between two read points of one project, entity by entity and field by field, with the effect on budget and forecast. */
export type ProjectDiffWbeImpactArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};

/** One project of a page of `projects`. */
export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  /** An opaque cursor for this edge: pass it as `after` to read the page that follows it. */
  cursor: Scalars['String']['output'];
  /** the project, read at the connection's read point */
  node: Project;
};

/** Where a project is in its life; set by createProject and updateProject, it changes no other rule. */
export type ProjectStatus =
  /** under way */
  | 'ACTIVE'
  /** finished or cancelled */
  | 'CLOSED'
  /** paused */
  | 'ON_HOLD'
  /** not started yet (the default for a new project) */
  | 'PLANNED';

/** Changes to a project; the fields left out keep their values. */
export type ProjectUpdateInput = {
  /** unique among projects. Letters, digits, ".", "_", "-" and "/", starting with a letter or digit, at most 50 characters; absent or null: unchanged */
  code?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 code; absent or null: unchanged */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** absent: unchanged; null: cleared */
  description?: InputMaybe<Scalars['String']['input']>;
  /** on or after startDate; absent or null: unchanged */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** one line, at most 200 characters; absent or null: unchanged */
  name?: InputMaybe<Scalars['String']['input']>;
  /** on or before endDate; absent or null: unchanged */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** absent or null: unchanged */
  status?: InputMaybe<ProjectStatus>;
};

/** Reads; each needs a signed-in user (UNAUTHENTICATED otherwise). The versioned roots (project, wbe, costElement, projects) take a read point (branch, asOf or commit) that everything below them inherits. */
export type Query = {
  __typename?: 'Query';
  /** every branch of a project, whatever its status: main first, then by creation time; empty for an unknown project */
  branches: Array<Branch>;
  /** one change order; null when there is no such order */
  changeOrder?: Maybe<ChangeOrder>;
  /** a project's change orders, oldest first, filtered by every argument given */
  changeOrders: Array<ChangeOrder>;
  /** one commit of any project; null when there is no such commit */
  commit?: Maybe<Commit>;
  /** the log of a branch: every commit reachable from its head through all parents (like git log), newest first */
  commits: CommitConnection;
  /** One cost element at a read point (its project's branch and moment, or a commit); its children inherit that point. null when no such element exists there (never created, not yet created, or deleted) */
  costElement?: Maybe<CostElement>;
  /** One actual at a read point (its project's branch and moment, or a commit), like the other versioned roots. null when none exists there (never recorded, not yet recorded, or deleted) */
  costRegistration?: Maybe<CostRegistration>;
  /** What differs between two read points of a project, field by field, with the EVM impact. A change order's review is diff(from: {branch: "main"}, to: {branch: "co-<code>"}) */
  diff: ProjectDiff;
  /** the signed-in user: its latest profile */
  me?: Maybe<User>;
  /** The object that a nodeId names, read again at the read point it was read at; its children inherit that point. null when no such object is here (e.g. a nodeId of another server or database); a string that is not a nodeId at all is BAD_USER_INPUT. */
  node?: Maybe<Node>;
  /** One actual at a read point (its project's branch and moment, or a commit), like the other versioned roots. null when none exists there (never recorded, not yet recorded, or deleted) */
  progressEntry?: Maybe<ProgressEntry>;
  /**
   * null when the project did not exist at that point (or was deleted);
   * a branch that the project does not have is a NOT_FOUND error
   */
  project?: Maybe<Project>;
  /** projects that exist at the given point; a project without that branch is left out. Ordered by code (then id), a page at a time; each project is read at the given point, and its children inherit it */
  projects: ProjectConnection;
  /** one user's profile, latest or as of a moment; null when there is no such user (at that moment) */
  user?: Maybe<User>;
  /** every user, with the latest profile, by email */
  users: Array<User>;
  /** One WBE at a read point (its project's branch and moment, or a commit); its children inherit that point. null when no such WBE exists there (never created, not yet created, or deleted) */
  wbe?: Maybe<Wbe>;
};


/** Reads; each needs a signed-in user (UNAUTHENTICATED otherwise). The versioned roots (project, wbe, costElement, projects) take a read point (branch, asOf or commit) that everything below them inherits. */
export type QueryBranchesArgs = {
  projectId: Scalars['UUID']['input'];
};


/** Reads; each needs a signed-in user (UNAUTHENTICATED otherwise). The versioned roots (project, wbe, costElement, projects) take a read point (branch, asOf or commit) that everything below them inherits. */
export type QueryChangeOrderArgs = {
  id: Scalars['UUID']['input'];
};


/** Reads; each needs a signed-in user (UNAUTHENTICATED otherwise). The versioned roots (project, wbe, costElement, projects) take a read point (branch, asOf or commit) that everything below them inherits. */
export type QueryChangeOrdersArgs = {
  created?: InputMaybe<DateTimeRange>;
  decided?: InputMaybe<DateTimeRange>;
  projectId: Scalars['UUID']['input'];
  status?: InputMaybe<ChangeOrderStatus>;
};


/** Reads; each needs a signed-in user (UNAUTHENTICATED otherwise). The versioned roots (project, wbe, costElement, projects) take a read point (branch, asOf or commit) that everything below them inherits. */
export type QueryCommitArgs = {
  id: Scalars['UUID']['input'];
};


/** Reads; each needs a signed-in user (UNAUTHENTICATED otherwise). The versioned roots (project, wbe, costElement, projects) take a read point (branch, asOf or commit) that everything below them inherits. */
export type QueryCommitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['UUID']['input'];
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** Reads; each needs a signed-in user (UNAUTHENTICATED otherwise). The versioned roots (project, wbe, costElement, projects) take a read point (branch, asOf or commit) that everything below them inherits. */
export type QueryCostElementArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  commit?: InputMaybe<Scalars['UUID']['input']>;
  id: Scalars['UUID']['input'];
};


/** Reads; each needs a signed-in user (UNAUTHENTICATED otherwise). The versioned roots (project, wbe, costElement, projects) take a read point (branch, asOf or commit) that everything below them inherits. */
export type QueryCostRegistrationArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  commit?: InputMaybe<Scalars['UUID']['input']>;
  id: Scalars['UUID']['input'];
};


/** Reads; each needs a signed-in user (UNAUTHENTICATED otherwise). The versioned roots (project, wbe, costElement, projects) take a read point (branch, asOf or commit) that everything below them inherits. */
export type QueryDiffArgs = {
  from: RefInput;
  mode?: InputMaybe<DiffMode>;
  projectId: Scalars['UUID']['input'];
  to: RefInput;
};


/** Reads; each needs a signed-in user (UNAUTHENTICATED otherwise). The versioned roots (project, wbe, costElement, projects) take a read point (branch, asOf or commit) that everything below them inherits. */
export type QueryNodeArgs = {
  nodeId: Scalars['ID']['input'];
};


/** Reads; each needs a signed-in user (UNAUTHENTICATED otherwise). The versioned roots (project, wbe, costElement, projects) take a read point (branch, asOf or commit) that everything below them inherits. */
export type QueryProgressEntryArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  commit?: InputMaybe<Scalars['UUID']['input']>;
  id: Scalars['UUID']['input'];
};


/** Reads; each needs a signed-in user (UNAUTHENTICATED otherwise). The versioned roots (project, wbe, costElement, projects) take a read point (branch, asOf or commit) that everything below them inherits. */
export type QueryProjectArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  commit?: InputMaybe<Scalars['UUID']['input']>;
  id: Scalars['UUID']['input'];
};


/** Reads; each needs a signed-in user (UNAUTHENTICATED otherwise). The versioned roots (project, wbe, costElement, projects) take a read point (branch, asOf or commit) that everything below them inherits. */
export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads; each needs a signed-in user (UNAUTHENTICATED otherwise). The versioned roots (project, wbe, costElement, projects) take a read point (branch, asOf or commit) that everything below them inherits. */
export type QueryUserArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['UUID']['input'];
};


/** Reads; each needs a signed-in user (UNAUTHENTICATED otherwise). The versioned roots (project, wbe, costElement, projects) take a read point (branch, asOf or commit) that everything below them inherits. */
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
  /** read as of this moment: exactly the commits with committedAt at or before it */
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  /** the branch (default main); a branch that the project does not have is NOT_FOUND */
  branch?: Scalars['String']['input'];
  /** read the state right after this commit, on the commit's own branch; not together with asOf (BAD_USER_INPUT); a commit that is not the project's is NOT_FOUND */
  commit?: InputMaybe<Scalars['UUID']['input']>;
};

/** The point that a ref resolved to. */
export type ResolvedRef = {
  __typename?: 'ResolvedRef';
  /** the ref's asOf as given; null for a latest read or a read at a commit */
  asOf?: Maybe<Scalars['DateTime']['output']>;
  /** the branch that was read */
  branch: Scalars['String']['output'];
  /** the commit read: the one given, else the latest commit visible at the point; null where the project had none yet */
  commit?: Maybe<Commit>;
};

/** What a user may do. Every signed-in, active user reads everything; roles decide writes (a refused write is FORBIDDEN). */
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

/** Live updates, over WebSocket only (graphql-ws protocol, same URL as queries: ws(s)://host/graphql); the token goes in connection_init as { "Authorization": "Bearer <token>" } (no token or an expired one closes the socket with 4401). Each event is read fresh, as a query at that moment would read it; every role may subscribe. Over HTTP a subscription is a validation error. */
export type Subscription = {
  __typename?: 'Subscription';
  /** a project's branch as it is after being created, archived, merged, or having its base moved */
  branchChanged: Branch;
  /** a project's change order as it is after being created, submitted, approved (merged) or rejected */
  changeOrderChanged: ChangeOrder;
  /** every commit made on the project (on one branch, if given) from now on; with after, first the commits made since that one, without gap or duplicate. On each, refetch what you show at the new head */
  commitAdded: Commit;
};


/** Live updates, over WebSocket only (graphql-ws protocol, same URL as queries: ws(s)://host/graphql); the token goes in connection_init as { "Authorization": "Bearer <token>" } (no token or an expired one closes the socket with 4401). Each event is read fresh, as a query at that moment would read it; every role may subscribe. Over HTTP a subscription is a validation error. */
export type SubscriptionBranchChangedArgs = {
  projectId: Scalars['UUID']['input'];
};


/** Live updates, over WebSocket only (graphql-ws protocol, same URL as queries: ws(s)://host/graphql); the token goes in connection_init as { "Authorization": "Bearer <token>" } (no token or an expired one closes the socket with 4401). Each event is read fresh, as a query at that moment would read it; every role may subscribe. Over HTTP a subscription is a validation error. */
export type SubscriptionChangeOrderChangedArgs = {
  projectId: Scalars['UUID']['input'];
};


/** Live updates, over WebSocket only (graphql-ws protocol, same URL as queries: ws(s)://host/graphql); the token goes in connection_init as { "Authorization": "Bearer <token>" } (no token or an expired one closes the socket with 4401). Each event is read fresh, as a query at that moment would read it; every role may subscribe. Over HTTP a subscription is a validation error. */
export type SubscriptionCommitAddedArgs = {
  after?: InputMaybe<Scalars['UUID']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['UUID']['input'];
};

/**
 * A user's identity is stable; the profile (fullName, role, isActive) is
 * versioned without branches. Password hashes never appear in any version.
 */
export type User = Node & {
  __typename?: 'User';
  /** the login name; unique (compared case-insensitively) and not versioned */
  email: Scalars['String']['output'];
  /** the name shown for the user, e.g. as a commit author */
  fullName: Scalars['String']['output'];
  /** every past state of this user's profile, oldest first */
  history: Array<User>;
  /** stable identity of the user, the same in every version of the profile */
  id: Scalars['UUID']['output'];
  /** false for a deactivated account, which can no longer sign in */
  isActive: Scalars['Boolean']['output'];
  /** Opaque; see `Node.nodeId`. A profile state together with the latest state visible where it was read, which its `validTo` and `history` depend on. */
  nodeId: Scalars['ID']['output'];
  /** what the user may write (see Role) */
  role: Role;
  /** when this profile state was written */
  validFrom: Scalars['DateTime']['output'];
  /** when this state was replaced; null while it is the latest at the read point */
  validTo?: Maybe<Scalars['DateTime']['output']>;
  /** 1 for the first profile state; +1 for every later one */
  version: Scalars['Int']['output'];
};

/** A new user account (ADMIN only). */
export type UserCreateInput = {
  /** the login name: an email address, at most 254 characters, unique ignoring case (CONFLICT otherwise) */
  email: Scalars['String']['input'];
  /** the name shown for the user: one line, at most 200 characters */
  fullName: Scalars['String']['input'];
  /** 8 to 256 characters; stored only as an argon2 hash, never in any version or answer */
  password: Scalars['String']['input'];
  /** what the user may write */
  role: Role;
};

/** Changes to a user profile (ADMIN only); each change is a new profile version. */
export type UserUpdateInput = {
  /** one line, at most 200 characters; absent or null: unchanged */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** false deactivates the account (no more logins); absent or null: unchanged */
  isActive?: InputMaybe<Scalars['Boolean']['input']>;
  /** the new role; absent or null: unchanged */
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
  /** sum of the budgets of the cost elements below this WBE, at any depth, money in the project's currency (two decimals) */
  budget: Scalars['Decimal']['output'];
  /** the WBEs directly below this one, by code */
  children: Array<Wbe>;
  /** short code, unique among the project's WBEs on the branch */
  code: Scalars['String']['output'];
  /** the commit that produced this state */
  commit: Commit;
  /** the cost elements directly under this WBE (not under its children), by code */
  costElements: Array<CostElement>;
  /** free text; null when none was given */
  description?: Maybe<Scalars['String']['output']>;
  /** EVM figures of the WBE's whole subtree (its cost elements and its children's, at any depth), at the read point; control date defaults to the read point's date */
  evm: EvmMetrics;
  /** EVM figures at every control date of the range (at most 1,000), each exactly what `evm(at:)` answers at that date at this read point, computed in one pass over data read once; a reversed range or too many dates is BAD_USER_INPUT */
  evmSeries: Array<EvmMetrics>;
  /** every past state on this branch's lineage, oldest first: the states up to the read point only (as it was known then) */
  history: Array<Wbe>;
  /** stable identity across versions and branches */
  id: Scalars['UUID']['output'];
  /** the name, one line */
  name: Scalars['String']['output'];
  /** Opaque cache key: the same for two reads of the same state at the same read point, different whenever one of its fields could answer differently (see the README, "Using it from a front end"). `id` is the identity of the entity across versions and branches; `Query.node(nodeId)` reads this object again. */
  nodeId: Scalars['ID']['output'];
  /** the parent WBE; null for a top-level WBE (or where an explicit branch/asOf points where it does not exist) */
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

/** A new WBE of a project. */
export type WbeCreateInput = {
  /** unique among the project's WBEs on the branch (BAD_USER_INPUT otherwise). Letters, digits, ".", "_", "-" and "/", starting with a letter or digit, at most 50 characters */
  code: Scalars['String']['input'];
  /** optional free text, at most 4000 characters */
  description?: InputMaybe<Scalars['String']['input']>;
  /** one line, at most 200 characters */
  name: Scalars['String']['input'];
  /** the parent WBE, of the same project on the branch (BAD_USER_INPUT when it does not exist there); null or absent: a top-level WBE */
  parentId?: InputMaybe<Scalars['UUID']['input']>;
};

/** How one WBE's figures move between the two sides of a diff, at the impact's control date. Figures are over the WBE's whole subtree, exactly as `WBE.evm(at:)` computes them; a WBE missing on one side counts zero there. */
export type WbeImpact = {
  __typename?: 'WBEImpact';
  /** budget at completion after (project currency) */
  bacAfter: Scalars['Decimal']['output'];
  /** budget at completion before (project currency) */
  bacBefore: Scalars['Decimal']['output'];
  /** bacAfter - bacBefore (project currency) */
  bacDelta: Scalars['Decimal']['output'];
  /** its code on the after side (the before side where it was removed) */
  code: Scalars['String']['output'];
  /** estimate at completion after (project currency); null where CPI is */
  eacAfter?: Maybe<Scalars['Decimal']['output']>;
  /** estimate at completion before (project currency); null where CPI is */
  eacBefore?: Maybe<Scalars['Decimal']['output']>;
  /** eacAfter - eacBefore (project currency); null if either is */
  eacDelta?: Maybe<Scalars['Decimal']['output']>;
  /** its name on the after side (the before side where it was removed) */
  name: Scalars['String']['output'];
  /** the codes of the WBEs above it, top-level first */
  path: Array<Scalars['String']['output']>;
  /** planned value at the control date after (project currency) */
  pvAfter: Scalars['Decimal']['output'];
  /** planned value at the control date before (project currency) */
  pvBefore: Scalars['Decimal']['output'];
  /** pvAfter - pvBefore (project currency) */
  pvDelta: Scalars['Decimal']['output'];
  /** the WBE */
  wbeId: Scalars['UUID']['output'];
};

/** Changes to a WBE; the fields left out keep their values. */
export type WbeUpdateInput = {
  /** unique among the project's WBEs. Letters, digits, ".", "_", "-" and "/", starting with a letter or digit, at most 50 characters; absent or null: unchanged */
  code?: InputMaybe<Scalars['String']['input']>;
  /** absent: unchanged; null: cleared */
  description?: InputMaybe<Scalars['String']['input']>;
  /** one line, at most 200 characters; absent or null: unchanged */
  name?: InputMaybe<Scalars['String']['input']>;
  /** the new parent; null (given explicitly) makes the WBE top-level; absent: unchanged. Not the WBE itself or one below it (BAD_USER_INPUT) */
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

export type CrOrderFragment = { __typename?: 'ChangeOrder', id: string, code: string, status: ChangeOrderStatus, createdAt: string, submittedAt?: string | null, decidedAt?: string | null, decisionReason?: string | null, rejectReason?: string | null, decidedBy?: { __typename?: 'User', id: string } | null, branch: { __typename?: 'Branch', name: string, status: BranchStatus, planFrozen: boolean, head: { __typename?: 'Commit', id: string } }, transitions: Array<{ __typename?: 'ChangeOrderTransition', seq: number, from?: ChangeOrderStatus | null, to: ChangeOrderStatus, at: string, note?: string | null, actor: { __typename?: 'User', id: string }, head?: { __typename?: 'Commit', id: string } | null }> };

export type CrWithdrawChangeOrderMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type CrWithdrawChangeOrderMutation = { __typename?: 'Mutation', withdrawChangeOrder: { __typename?: 'ChangeOrder', id: string, code: string, status: ChangeOrderStatus, createdAt: string, submittedAt?: string | null, decidedAt?: string | null, decisionReason?: string | null, rejectReason?: string | null, decidedBy?: { __typename?: 'User', id: string } | null, branch: { __typename?: 'Branch', name: string, status: BranchStatus, planFrozen: boolean, head: { __typename?: 'Commit', id: string } }, transitions: Array<{ __typename?: 'ChangeOrderTransition', seq: number, from?: ChangeOrderStatus | null, to: ChangeOrderStatus, at: string, note?: string | null, actor: { __typename?: 'User', id: string }, head?: { __typename?: 'Commit', id: string } | null }> } };

export type CrSubmitChangeOrderMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
}>;


export type CrSubmitChangeOrderMutation = { __typename?: 'Mutation', submitChangeOrder: { __typename?: 'ChangeOrder', id: string, code: string, status: ChangeOrderStatus, createdAt: string, submittedAt?: string | null, decidedAt?: string | null, decisionReason?: string | null, rejectReason?: string | null, decidedBy?: { __typename?: 'User', id: string } | null, branch: { __typename?: 'Branch', name: string, status: BranchStatus, planFrozen: boolean, head: { __typename?: 'Commit', id: string } }, transitions: Array<{ __typename?: 'ChangeOrderTransition', seq: number, from?: ChangeOrderStatus | null, to: ChangeOrderStatus, at: string, note?: string | null, actor: { __typename?: 'User', id: string }, head?: { __typename?: 'Commit', id: string } | null }> } };

export type CrApproveChangeOrderMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
  expectedHead?: InputMaybe<Scalars['UUID']['input']>;
}>;


export type CrApproveChangeOrderMutation = { __typename?: 'Mutation', approveChangeOrder: { __typename?: 'ChangeOrder', id: string, code: string, status: ChangeOrderStatus, createdAt: string, submittedAt?: string | null, decidedAt?: string | null, decisionReason?: string | null, rejectReason?: string | null, decidedBy?: { __typename?: 'User', id: string } | null, branch: { __typename?: 'Branch', name: string, status: BranchStatus, planFrozen: boolean, head: { __typename?: 'Commit', id: string } }, transitions: Array<{ __typename?: 'ChangeOrderTransition', seq: number, from?: ChangeOrderStatus | null, to: ChangeOrderStatus, at: string, note?: string | null, actor: { __typename?: 'User', id: string }, head?: { __typename?: 'Commit', id: string } | null }> } };

export type CrRejectChangeOrderMutationVariables = Exact<{
  id: Scalars['UUID']['input'];
  reason: Scalars['String']['input'];
  expectedHead?: InputMaybe<Scalars['UUID']['input']>;
}>;


export type CrRejectChangeOrderMutation = { __typename?: 'Mutation', rejectChangeOrder: { __typename?: 'ChangeOrder', id: string, code: string, status: ChangeOrderStatus, createdAt: string, submittedAt?: string | null, decidedAt?: string | null, decisionReason?: string | null, rejectReason?: string | null, decidedBy?: { __typename?: 'User', id: string } | null, branch: { __typename?: 'Branch', name: string, status: BranchStatus, planFrozen: boolean, head: { __typename?: 'Commit', id: string } }, transitions: Array<{ __typename?: 'ChangeOrderTransition', seq: number, from?: ChangeOrderStatus | null, to: ChangeOrderStatus, at: string, note?: string | null, actor: { __typename?: 'User', id: string }, head?: { __typename?: 'Commit', id: string } | null }> } };

export type CrChangeOrderQueryVariables = Exact<{
  id: Scalars['UUID']['input'];
}>;


export type CrChangeOrderQuery = { __typename?: 'Query', changeOrder?: { __typename?: 'ChangeOrder', id: string, code: string, status: ChangeOrderStatus, createdAt: string, submittedAt?: string | null, decidedAt?: string | null, decisionReason?: string | null, rejectReason?: string | null, decidedBy?: { __typename?: 'User', id: string } | null, branch: { __typename?: 'Branch', name: string, status: BranchStatus, planFrozen: boolean, head: { __typename?: 'Commit', id: string } }, transitions: Array<{ __typename?: 'ChangeOrderTransition', seq: number, from?: ChangeOrderStatus | null, to: ChangeOrderStatus, at: string, note?: string | null, actor: { __typename?: 'User', id: string }, head?: { __typename?: 'Commit', id: string } | null }> } | null };

export type CrChangeOrdersQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
  status?: InputMaybe<ChangeOrderStatus>;
  created?: InputMaybe<DateTimeRange>;
  decided?: InputMaybe<DateTimeRange>;
}>;


export type CrChangeOrdersQuery = { __typename?: 'Query', changeOrders: Array<{ __typename?: 'ChangeOrder', id: string, code: string }> };

export type CrDemoChangeOrdersQueryVariables = Exact<{
  projectId: Scalars['UUID']['input'];
}>;


export type CrDemoChangeOrdersQuery = { __typename?: 'Query', changeOrders: Array<{ __typename?: 'ChangeOrder', id: string, code: string, status: ChangeOrderStatus, createdAt: string, submittedAt?: string | null, decidedAt?: string | null, decisionReason?: string | null, rejectReason?: string | null, decidedBy?: { __typename?: 'User', id: string } | null, branch: { __typename?: 'Branch', name: string, status: BranchStatus, planFrozen: boolean, head: { __typename?: 'Commit', id: string } }, transitions: Array<{ __typename?: 'ChangeOrderTransition', seq: number, from?: ChangeOrderStatus | null, to: ChangeOrderStatus, at: string, note?: string | null, actor: { __typename?: 'User', id: string }, head?: { __typename?: 'Commit', id: string } | null }> }> };

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
export const CrOrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CrOrderFragment, unknown>;
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
export const CrWithdrawChangeOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrWithdrawChangeOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawChangeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CrWithdrawChangeOrderMutation, CrWithdrawChangeOrderMutationVariables>;
export const CrSubmitChangeOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrSubmitChangeOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitChangeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CrSubmitChangeOrderMutation, CrSubmitChangeOrderMutationVariables>;
export const CrApproveChangeOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrApproveChangeOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedHead"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveChangeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedHead"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedHead"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CrApproveChangeOrderMutation, CrApproveChangeOrderMutationVariables>;
export const CrRejectChangeOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CrRejectChangeOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedHead"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectChangeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedHead"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedHead"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CrRejectChangeOrderMutation, CrRejectChangeOrderMutationVariables>;
export const CrChangeOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrChangeOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CrChangeOrderQuery, CrChangeOrderQueryVariables>;
export const CrChangeOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrChangeOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrderStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"created"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeRange"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decided"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeRange"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"created"},"value":{"kind":"Variable","name":{"kind":"Name","value":"created"}}},{"kind":"Argument","name":{"kind":"Name","value":"decided"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decided"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CrChangeOrdersQuery, CrChangeOrdersQueryVariables>;
export const CrDemoChangeOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrDemoChangeOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planFrozen"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CrDemoChangeOrdersQuery, CrDemoChangeOrdersQueryVariables>;
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