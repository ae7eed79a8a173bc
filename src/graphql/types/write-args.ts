import { ArgsType, Field, Int } from 'type-graphql';
import {
  ACTUALS_BRANCH,
  COMMIT_MESSAGE,
  EXPECTED_VERSION,
  ROOT_AS_OF,
  ROOT_BRANCH,
  WRITE_BRANCH,
} from '../descriptions.js';
import { COMMIT_ARG_DESCRIPTION } from '../read-points.js';
import { DateTimeScalar, UUIDScalar } from '../scalars.js';

/** Where a root query of a versioned type reads: a branch, and a moment or a commit on it. */
@ArgsType()
export class RootReadArgs {
  @Field(() => String, { defaultValue: 'main', nullable: true, description: ROOT_BRANCH })
  branch?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: ROOT_AS_OF })
  asOf?: Date | null;

  @Field(() => UUIDScalar, { nullable: true, description: COMMIT_ARG_DESCRIPTION })
  commit?: string | null;
}

/** What every create of plan data takes besides its input: the branch and the commit message. */
@ArgsType()
export class WriteArgs {
  @Field(() => String, { defaultValue: 'main', nullable: true, description: WRITE_BRANCH })
  branch?: string | null;

  @Field(() => String, { nullable: true, description: COMMIT_MESSAGE })
  message?: string | null;
}

/** An update or delete also takes the version it expects to change (optimistic locking). */
@ArgsType()
export class VersionedWriteArgs extends WriteArgs {
  @Field(() => Int, { nullable: true, description: EXPECTED_VERSION })
  expectedVersion?: number | null;
}

/** Actuals are recorded on any branch by EDITOR and up: the branch reads differently. */
@ArgsType()
export class ActualsWriteArgs {
  @Field(() => String, { defaultValue: 'main', nullable: true, description: ACTUALS_BRANCH })
  branch?: string | null;

  @Field(() => String, { nullable: true, description: COMMIT_MESSAGE })
  message?: string | null;
}
