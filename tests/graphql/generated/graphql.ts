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

export type CostElement = Versioned & {
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
  history: Array<CostElement>;
  /** stable identity across versions and branches */
  id: Scalars['UUID']['output'];
  name: Scalars['String']['output'];
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
export type CostRegistration = Versioned & {
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

export type EntityChange = {
  __typename?: 'EntityChange';
  entityId: Scalars['UUID']['output'];
  /** Project, WBE, CostElement, CostRegistration or ProgressEntry */
  entityType: Scalars['String']['output'];
  /** MODIFIED: only the fields whose values differ; ADDED and REMOVED: every business field, with null on the missing side */
  fields: Array<FieldChange>;
  kind: ChangeKind;
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

export type Mutation = {
  __typename?: 'Mutation';
  /** an archived branch is read-only and cannot be merged; main cannot be archived */
  archiveBranch: Branch;
  /** a new branch of the project at `from` (default: main's latest state); writes no entity rows; a name in use is CONFLICT */
  createBranch: Branch;
  createCostElement: CostElement;
  createProject: Project;
  createUser: User;
  createWBE: Wbe;
  deleteCostElement: Commit;
  /** removes the WBE and everything below it, in one commit */
  deleteWBE: Commit;
  login: AuthPayload;
  recordProgress: ProgressEntry;
  registerCost: CostRegistration;
  updateCostElement: CostElement;
  updateProject: Project;
  updateUser: User;
  updateWBE: Wbe;
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

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Percent complete of a cost element, as measured on a date. */
export type ProgressEntry = Versioned & {
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

export type Project = Versioned & {
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
  /** every past state on this branch's lineage, oldest first */
  history: Array<Project>;
  /** stable identity across versions and branches */
  id: Scalars['UUID']['output'];
  name: Scalars['String']['output'];
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
  commit?: Maybe<Commit>;
  /** the log of a branch: every commit reachable from its head through all parents (like git log), newest first */
  commits: CommitConnection;
  costElement?: Maybe<CostElement>;
  me?: Maybe<User>;
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


export type QueryCommitArgs = {
  id: Scalars['UUID']['input'];
};


export type QueryCommitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['UUID']['input'];
};


export type QueryCostElementArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['UUID']['input'];
};


export type QueryProjectArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  branch?: InputMaybe<Scalars['String']['input']>;
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

export type Role =
  /** everything, including user administration */
  | 'ADMIN'
  /** writes on branches other than main; registers costs and progress */
  | 'EDITOR'
  /** writes anywhere, including the protected branch main; merges into main */
  | 'MANAGER'
  /** reads only */
  | 'VIEWER';

/**
 * A user's identity is stable; the profile (fullName, role, isActive) is
 * versioned without branches. Password hashes never appear in any version.
 */
export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  /** every past state of this user's profile, oldest first */
  history: Array<User>;
  id: Scalars['UUID']['output'];
  isActive: Scalars['Boolean']['output'];
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
export type Wbe = Versioned & {
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
  history: Array<Wbe>;
  /** stable identity across versions and branches */
  id: Scalars['UUID']['output'];
  name: Scalars['String']['output'];
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

export type WbeUpdateInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** the new parent; null (given explicitly) makes the WBE top-level */
  parentId?: InputMaybe<Scalars['UUID']['input']>;
};

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { __typename: 'Query' };


export const HealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<HealthQuery, HealthQueryVariables>;