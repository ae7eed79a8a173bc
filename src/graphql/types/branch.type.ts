import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, UUIDScalar } from '../scalars.js';
import type { BranchRecord } from '../../versioning/types.js';
import { BranchStatus } from './enums.js';
import { PageInfo } from './commit.type.js';
import { Project } from './project-data.type.js';

@ObjectType({
  description:
    'A named line of history within one project. Every project has the\nprotected branch main. Creating a branch copies no rows.',
})
export class Branch {
  @Field(() => UUIDScalar)
  projectId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => BranchStatus)
  status!: BranchRecord['status'];

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => Boolean, {
    description:
      "true while the branch's change order is SUBMITTED: plan writes, merges into the\nbranch, reverts on it and archiving it fail with BAD_USER_INPUT (extensions.reason\nCHANGE_ORDER_FROZEN); costs and progress may still be recorded",
  })
  planFrozen!: boolean;

  headCommitId!: string;
  headSeq!: number;
  forkedFromCommitId!: string | null;
  createdBy!: string;
}

@ObjectType({ description: 'The point that a ref resolved to.' })
export class ResolvedRef {
  @Field(() => String)
  branch!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  asOf!: Date | null;

  commitId!: string | null;
  projectId!: string;
}

@ObjectType()
export class ProjectEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Project)
  node!: Project;
}

@ObjectType()
export class ProjectConnection {
  @Field(() => [ProjectEdge])
  edges!: ProjectEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
