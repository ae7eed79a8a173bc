import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, UUIDScalar } from '../scalars.js';
import type { BranchRecord } from '../../versioning/types.js';
import { PAGE_INFO_CURSOR } from '../descriptions.js';
import { BranchStatus } from './enums.js';
import { PageInfo } from './commit.type.js';
import { Project } from './project-data.type.js';

@ObjectType({
  description:
    'A named line of history within one project. Every project has the\nprotected branch main. Creating a branch copies no rows.',
})
export class Branch {
  @Field(() => UUIDScalar, { description: 'the project that the branch belongs to' })
  projectId!: string;

  @Field(() => String, {
    description:
      'unique within the project: 1-63 letters, digits, ".", "_", "-" or "/", starting with a letter or digit; a change order\'s branch is co-<code>',
  })
  name!: string;

  @Field(() => BranchStatus, { description: 'whether the branch still takes writes' })
  status!: BranchRecord['status'];

  @Field(() => DateTimeScalar, { description: 'when the branch was created' })
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
  @Field(() => String, { description: 'the branch that was read' })
  branch!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "the ref's asOf as given; null for a latest read or a read at a commit",
  })
  asOf!: Date | null;

  commitId!: string | null;
  projectId!: string;
}

@ObjectType({ description: 'One project of a page of `projects`.' })
export class ProjectEdge {
  @Field(() => String, { description: PAGE_INFO_CURSOR })
  cursor!: string;

  @Field(() => Project, { description: "the project, read at the connection's read point" })
  node!: Project;
}

@ObjectType({ description: 'A page of projects, ordered by code (then id).' })
export class ProjectConnection {
  @Field(() => [ProjectEdge], { description: 'the projects of this page, in order' })
  edges!: ProjectEdge[];

  @Field(() => PageInfo, { description: 'whether more pages follow, and the cursor to ask for the next' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'how many projects the whole connection holds, on every page' })
  totalCount!: number;
}
