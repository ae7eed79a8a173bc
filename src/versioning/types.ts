/**
 * Vocabulary of the versioning engine. It knows entity kinds only through `EntityKind`: the
 * names of the types come from the kinds that the domain registers, never from here.
 */

export type CommitKind = 'CREATE' | 'EDIT' | 'BRANCH' | 'MERGE' | 'REVERT';
export type BranchStatus = 'ACTIVE' | 'MERGED' | 'ARCHIVED';
/** The name of a versioned type (`EntityKind.type`), as stored in `entity.entity_type`. */
export type EntityTypeName = string;

/** A business value in its API form: decimals and dates as strings, enums by name. */
export type FieldValue = string | number | null;
export type EntityState = Record<string, FieldValue>;

/** How a business field is stored; decides the SQL cast used to read and write it. */
export type FieldType = 'text' | 'uuid' | 'decimal' | 'date' | 'float';

export interface FieldSpec<S extends EntityState = EntityState> {
  /** Name in the API and in diffs (references end in Id: parentId, wbeId, costElementId). */
  name: keyof S & string;
  column: string;
  type: FieldType;
  /** May hold null: in an update, an explicit null clears it (a required field keeps its value). */
  nullable?: boolean;
}

/** What an entity type declares to be versioned by the engine. */
export interface EntityKind<S extends EntityState = EntityState> {
  type: EntityTypeName;
  table: string;
  fields: readonly FieldSpec<S>[];
  /** The reference to the entity this one hangs under, used to find children. */
  parentField: (keyof S & string) | null;
  /** The type that `parentField` refers to; the same type makes the kind a tree (cycles matter). */
  parentKind?: EntityTypeName;
  /** A field unique among the live entities of this kind in a project at a branch. */
  uniqueField?: keyof S & string;
  /**
   * The domain's rules for one state: answers it in canonical form (trimmed text, money with
   * two decimals), or throws a BadInputError naming the field it breaks. Writes store what it
   * answers; merges and reverts use it to check the states they assemble.
   */
  validate?: (state: S) => S;
  /** What removing the parent does to the live entities of this kind under it (default: they stay). */
  onParentDelete?: 'cascade';
}

/** One (branch, highest visible sequence) step of a read point's lineage, nearest first. */
export interface LineageStep {
  branch: string;
  maxSeq: number;
}

/** A resolved place in history: what every versioned object is read at. */
export interface ReadPoint {
  projectId: string;
  branch: string;
  /** The moment asked for, if any (a read "as of"). */
  asOf: Date | null;
  /** The commit asked for, if any. */
  commitId: string | null;
  lineage: readonly LineageStep[];
  /** The read point's business date (YYYY-MM-DD): the UTC date of asOf, or today. */
  date: string;
  /** Identifies equal read points within a request (loader cache key). */
  key: string;
  /**
   * Reads at a moment: the latest commit time of the whole project (any branch) at or before
   * it. Every branch reads the same at the moment as at its horizon.
   */
  horizon?: Date;
}

/** An entity's state as resolved at a read point. */
export interface Versioned<S extends EntityState = EntityState> {
  id: string;
  type: EntityTypeName;
  version: number;
  /** The branch whose row holds this state (may be an ancestor of the read point's branch). */
  rowBranch: string;
  seq: number;
  commitId: string;
  validFrom: Date;
  /** Set in histories, where a later state replaced this one; null when latest at the read point. */
  validTo: Date | null;
  deleted: boolean;
  state: S;
  readPoint: ReadPoint;
}

export interface CommitRecord {
  id: string;
  projectId: string;
  branch: string;
  seq: number;
  kind: CommitKind;
  message: string;
  authorId: string;
  committedAt: Date;
  parentIds: string[];
}

export interface BranchRecord {
  projectId: string;
  name: string;
  status: BranchStatus;
  headCommitId: string;
  headSeq: number;
  headCommittedAt: Date;
  forkedFromCommitId: string | null;
  createdAt: Date;
  createdBy: string;
  /** Plan writes refused: the branch's change order is under review (docs/decisions/0016). */
  planFrozen: boolean;
}

/** What a commit writes: plan data (project, WBEs, cost elements; merges, reverts) or actuals only. */
export type CommitScope = 'PLAN' | 'ACTUALS';

export type ChangeKind = 'ADDED' | 'MODIFIED' | 'REMOVED';

export interface FieldChange {
  field: string;
  before: FieldValue;
  after: FieldValue;
}

export interface EntityChange {
  entityType: EntityTypeName;
  entityId: string;
  kind: ChangeKind;
  fields: FieldChange[];
}
