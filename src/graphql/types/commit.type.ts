import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, JSONScalar, UUIDScalar } from '../scalars.js';
import type { SidedChange } from '../../versioning/diff.js';
import type { CommitRecord, EntityChange as EntityChangeRecord } from '../../versioning/types.js';
import { ChangeKind, CommitKind } from './enums.js';

@ObjectType({
  simpleResolvers: true,
  description:
    "One atomic change to one project's data on one branch. Every mutation that\nchanges project data makes exactly one commit.",
})
export class Commit {
  @Field(() => UUIDScalar)
  id!: string;

  @Field(() => UUIDScalar)
  projectId!: string;

  @Field(() => String)
  branch!: string;

  @Field(() => Int, { description: 'position on its branch: 1, 2, 3, … (monotonic per branch)' })
  seq!: number;

  @Field(() => CommitKind)
  kind!: CommitRecord['kind'];

  @Field(() => String)
  message!: string;

  @Field(() => DateTimeScalar)
  committedAt!: Date;

  authorId!: string;
  parentIds!: string[];
}

@ObjectType({
  description:
    "One field's values on the two sides, in API form (Decimal as a two-decimal\nstring, Date as YYYY-MM-DD, enums by name). Fields are named as in the\nGraphQL type; references are named parentId, wbeId and costElementId.\nVersion metadata (version, validFrom, commit) never appears.",
})
export class FieldChange {
  @Field(() => String)
  field!: string;

  @Field(() => JSONScalar, { nullable: true })
  before!: unknown;

  @Field(() => JSONScalar, { nullable: true })
  after!: unknown;
}

@ObjectType()
export class EntityChange {
  @Field(() => String, { description: 'Project, WBE, CostElement, CostRegistration or ProgressEntry' })
  entityType!: string;

  @Field(() => UUIDScalar)
  entityId!: string;

  @Field(() => ChangeKind)
  kind!: EntityChangeRecord['kind'];

  @Field(() => [FieldChange], {
    description:
      'MODIFIED: only the fields whose values differ; ADDED and REMOVED: every business field, with null on the missing side',
  })
  fields!: FieldChange[];

  /** The compared versions, where the change was read from two read points (diffs, a commit's changes). */
  sides?: SidedChange['sides'];
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class CommitEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Commit)
  node!: Commit;
}

@ObjectType()
export class CommitConnection {
  @Field(() => [CommitEdge])
  edges!: CommitEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
