import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, JSONScalar, UUIDScalar } from '../scalars.js';
import type { SidedChange } from '../../versioning/diff.js';
import type { CommitRecord, EntityChange as EntityChangeRecord } from '../../versioning/types.js';
import { PAGE_INFO_CURSOR } from '../descriptions.js';
import { ChangeKind, CommitKind } from './enums.js';

@ObjectType({
  simpleResolvers: true,
  description:
    "One atomic change to one project's data on one branch. Every mutation that\nchanges project data makes exactly one commit.",
})
export class Commit {
  @Field(() => UUIDScalar, { description: 'the commit id; usable as the `commit` read point of the versioned roots' })
  id!: string;

  @Field(() => UUIDScalar, { description: 'the project whose data the commit changed' })
  projectId!: string;

  @Field(() => String, { description: 'the branch that the commit was made on' })
  branch!: string;

  @Field(() => Int, { description: 'position on its branch: 1, 2, 3, … (monotonic per branch)' })
  seq!: number;

  @Field(() => CommitKind, { description: 'what made the commit' })
  kind!: CommitRecord['kind'];

  @Field(() => String, { description: "the author's message, or the one the server wrote when none was given" })
  message!: string;

  @Field(() => DateTimeScalar, {
    description:
      'when the commit was made (UTC, millisecond precision); monotonic per branch. A read at asOf T sees exactly the commits with committedAt <= T',
  })
  committedAt!: Date;

  authorId!: string;
  parentIds!: string[];
}

@ObjectType({
  description:
    "One field's values on the two sides, in API form (Decimal as a two-decimal\nstring, Date as YYYY-MM-DD, enums by name). Fields are named as in the\nGraphQL type; references are named parentId, wbeId and costElementId.\nVersion metadata (version, validFrom, commit) never appears.",
})
export class FieldChange {
  @Field(() => String, {
    description: 'the field, named as in the GraphQL type (references: parentId, wbeId, costElementId)',
  })
  field!: string;

  @Field(() => JSONScalar, { nullable: true, description: 'the value on the earlier side; null where it was absent' })
  before!: unknown;

  @Field(() => JSONScalar, { nullable: true, description: 'the value on the later side; null where it is absent' })
  after!: unknown;
}

@ObjectType({
  description:
    'What happened to one entity: added, modified (only the fields that differ) or removed. Changes are listed by entity type, parents first: Project, WBE, CostElement, CostRegistration, ProgressEntry.',
})
export class EntityChange {
  @Field(() => String, { description: 'Project, WBE, CostElement, CostRegistration or ProgressEntry' })
  entityType!: string;

  @Field(() => UUIDScalar, { description: "the entity's stable id (its `id` in every version)" })
  entityId!: string;

  @Field(() => ChangeKind, { description: 'added, modified or removed' })
  kind!: EntityChangeRecord['kind'];

  @Field(() => [FieldChange], {
    description:
      'MODIFIED: only the fields whose values differ; ADDED and REMOVED: every business field, with null on the missing side',
  })
  fields!: FieldChange[];

  /** The compared versions, where the change was read from two read points (diffs, a commit's changes). */
  sides?: SidedChange['sides'];
}

@ObjectType({ description: 'Where a page of a connection ends, and whether another follows.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'true when items follow this page: ask again with after: endCursor' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: "the last edge's cursor; null for an empty page" })
  endCursor!: string | null;
}

@ObjectType({ description: 'One commit of a page of `commits`.' })
export class CommitEdge {
  @Field(() => String, { description: PAGE_INFO_CURSOR })
  cursor!: string;

  @Field(() => Commit, { description: 'the commit' })
  node!: Commit;
}

@ObjectType({ description: "A page of a branch's log, newest first (committedAt, then id)." })
export class CommitConnection {
  @Field(() => [CommitEdge], { description: 'the commits of this page, newest first' })
  edges!: CommitEdge[];

  @Field(() => PageInfo, { description: 'whether older commits follow, and the cursor to ask for them' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'how many commits the whole log holds (within since/until), on every page' })
  totalCount!: number;
}
