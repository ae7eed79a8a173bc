import { ArgsType, Field, Float, InputType } from 'type-graphql';
import { CHILD_AS_OF, CHILD_BRANCH, CODE_RULE, DATE_RANGE, MONEY_IN } from '../descriptions.js';
import { DateScalar, DateTimeScalar, DecimalScalar, UUIDScalar } from '../scalars.js';
import { CostType, ProjectStatus, Role, SeriesInterval } from './enums.js';

/** branch/asOf on every field that returns versioned objects; absent: inherit the parent's. */
@ArgsType()
export class VersionArgs {
  @Field(() => String, { nullable: true, description: CHILD_BRANCH })
  branch?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: CHILD_AS_OF })
  asOf?: Date | null;
}

/** The range of an EVM series (`evmSeries`); at most 1,000 control dates. */
@ArgsType()
export class EvmSeriesArgs {
  @Field(() => DateScalar, { description: 'the first control date' })
  from!: string;

  @Field(() => DateScalar, {
    description: 'the last possible control date: the series stops at the last interval on or before it',
  })
  to!: string;

  @Field(() => SeriesInterval, {
    nullable: true,
    defaultValue: SeriesInterval.WEEK,
    description: 'the spacing of the control dates; null is WEEK',
  })
  interval?: SeriesInterval | null;
}

/** In an update input: what leaving a field out (or sending null) means. */
const KEEP = 'absent or null: unchanged';

@InputType({
  description:
    "Where in history to read or compare: a branch, and at most one of a moment\nor a commit on it. Neither: the branch's latest state.",
})
export class RefInput {
  @Field(() => String, {
    defaultValue: 'main',
    description: 'the branch (default main); a branch that the project does not have is NOT_FOUND',
  })
  branch!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'read as of this moment: exactly the commits with committedAt at or before it',
  })
  asOf?: Date | null;

  @Field(() => UUIDScalar, {
    nullable: true,
    description:
      "read the state right after this commit, on the commit's own branch; not together with asOf (BAD_USER_INPUT); a commit that is not the project's is NOT_FOUND",
  })
  commit?: string | null;
}

@InputType({ description: 'A new user account (ADMIN only).' })
export class UserCreateInput {
  @Field(() => String, {
    description: 'the login name: an email address, at most 254 characters, unique ignoring case (CONFLICT otherwise)',
  })
  email!: string;

  @Field(() => String, {
    description: '8 to 256 characters; stored only as an argon2 hash, never in any version or answer',
  })
  password!: string;

  @Field(() => String, { description: 'the name shown for the user: one line, at most 200 characters' })
  fullName!: string;

  @Field(() => Role, { description: 'what the user may write' })
  role!: Role;
}

@InputType({ description: 'Changes to a user profile (ADMIN only); each change is a new profile version.' })
export class UserUpdateInput {
  @Field(() => String, { nullable: true, description: `one line, at most 200 characters; ${KEEP}` })
  fullName?: string | null;

  @Field(() => Role, { nullable: true, description: `the new role; ${KEEP}` })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: `false deactivates the account (no more logins); ${KEEP}` })
  isActive?: boolean | null;
}

@InputType({ description: 'A new project; it is created with its main branch and its first commit.' })
export class ProjectCreateInput {
  @Field(() => String, { description: `unique among projects (BAD_USER_INPUT otherwise). ${CODE_RULE}` })
  code!: string;

  @Field(() => String, { description: 'one line, at most 200 characters' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'optional free text, at most 4000 characters' })
  description?: string | null;

  @Field(() => String, {
    defaultValue: 'EUR',
    description: 'ISO 4217 code of the currency that all its money is in (default EUR)',
  })
  currency!: string;

  @Field(() => ProjectStatus, {
    nullable: true,
    defaultValue: ProjectStatus.PLANNED,
    description: 'default PLANNED',
  })
  status?: ProjectStatus | null;

  @Field(() => DateScalar, { description: `the first day of the project, ${DATE_RANGE}` })
  startDate!: string;

  @Field(() => DateScalar, { description: `the last day of the project, on or after startDate, ${DATE_RANGE}` })
  endDate!: string;
}

@InputType({ description: 'Changes to a project; the fields left out keep their values.' })
export class ProjectUpdateInput {
  @Field(() => String, { nullable: true, description: `unique among projects. ${CODE_RULE}; ${KEEP}` })
  code?: string | null;

  @Field(() => String, { nullable: true, description: `one line, at most 200 characters; ${KEEP}` })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'absent: unchanged; null: cleared' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: `ISO 4217 code; ${KEEP}` })
  currency?: string | null;

  @Field(() => ProjectStatus, { nullable: true, description: KEEP })
  status?: ProjectStatus | null;

  @Field(() => DateScalar, { nullable: true, description: `on or before endDate; ${KEEP}` })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: `on or after startDate; ${KEEP}` })
  endDate?: string | null;
}

@InputType({ description: 'A new WBE of a project.' })
export class WBECreateInput {
  @Field(() => String, {
    description: `unique among the project's WBEs on the branch (BAD_USER_INPUT otherwise). ${CODE_RULE}`,
  })
  code!: string;

  @Field(() => String, { description: 'one line, at most 200 characters' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'optional free text, at most 4000 characters' })
  description?: string | null;

  @Field(() => UUIDScalar, {
    nullable: true,
    description:
      'the parent WBE, of the same project on the branch (BAD_USER_INPUT when it does not exist there); null or absent: a top-level WBE',
  })
  parentId?: string | null;
}

@InputType({ description: 'Changes to a WBE; the fields left out keep their values.' })
export class WBEUpdateInput {
  @Field(() => String, { nullable: true, description: `unique among the project's WBEs. ${CODE_RULE}; ${KEEP}` })
  code?: string | null;

  @Field(() => String, { nullable: true, description: `one line, at most 200 characters; ${KEEP}` })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'absent: unchanged; null: cleared' })
  description?: string | null;

  @Field(() => UUIDScalar, {
    nullable: true,
    description:
      'the new parent; null (given explicitly) makes the WBE top-level; absent: unchanged. Not the WBE itself or one below it (BAD_USER_INPUT)',
  })
  parentId?: string | null;
}

@InputType({ description: 'A new cost element under a WBE.' })
export class CostElementCreateInput {
  @Field(() => UUIDScalar, {
    description: 'the WBE it belongs to, on the branch written (BAD_USER_INPUT when it does not exist there)',
  })
  wbeId!: string;

  @Field(() => String, {
    description: `unique among the project's cost elements on the branch (BAD_USER_INPUT otherwise). ${CODE_RULE}`,
  })
  code!: string;

  @Field(() => String, { description: 'one line, at most 200 characters' })
  name!: string;

  @Field(() => CostType, { defaultValue: CostType.OTHER, description: 'default OTHER' })
  costType!: CostType;

  @Field(() => DecimalScalar, { description: `budget at completion, 0 or more, ${MONEY_IN}` })
  budget!: string;

  @Field(() => DateScalar, { description: `the day its planned work starts (PV begins), ${DATE_RANGE}` })
  plannedStart!: string;

  @Field(() => DateScalar, {
    description: `the day its planned work ends (PV reaches the budget), on or after plannedStart, ${DATE_RANGE}`,
  })
  plannedEnd!: string;
}

@InputType({ description: 'Changes to a cost element; the fields left out keep their values.' })
export class CostElementUpdateInput {
  @Field(() => UUIDScalar, {
    nullable: true,
    description: `move it under another WBE (BAD_USER_INPUT when it does not exist on the branch); ${KEEP}`,
  })
  wbeId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `unique among the project's cost elements. ${CODE_RULE}; ${KEEP}`,
  })
  code?: string | null;

  @Field(() => String, { nullable: true, description: `one line, at most 200 characters; ${KEEP}` })
  name?: string | null;

  @Field(() => CostType, { nullable: true, description: KEEP })
  costType?: CostType | null;

  @Field(() => DecimalScalar, { nullable: true, description: `budget at completion, 0 or more, ${MONEY_IN}; ${KEEP}` })
  budget?: string | null;

  @Field(() => DateScalar, { nullable: true, description: `on or before plannedEnd; ${KEEP}` })
  plannedStart?: string | null;

  @Field(() => DateScalar, { nullable: true, description: `on or after plannedStart; ${KEEP}` })
  plannedEnd?: string | null;
}

@InputType({ description: 'An actual cost to record on a cost element.' })
export class CostRegistrationInput {
  @Field(() => UUIDScalar, {
    description: 'the cost element it was incurred on (BAD_USER_INPUT when it does not exist on the branch)',
  })
  costElementId!: string;

  @Field(() => DecimalScalar, { description: `the amount, ${MONEY_IN}; negative for a credit` })
  amount!: string;

  @Field(() => DateScalar, {
    description: `the day the cost was incurred (it counts in AC from then on), ${DATE_RANGE}`,
  })
  incurredOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'optional free text, e.g. an invoice number; at most 4000 characters',
  })
  description?: string | null;
}

@InputType({ description: 'A progress measurement of a cost element.' })
export class ProgressInput {
  @Field(() => UUIDScalar, {
    description: 'the cost element measured (BAD_USER_INPUT when it does not exist on the branch)',
  })
  costElementId!: string;

  @Field(() => Float, {
    description: 'percent complete, 0..100 (not a 0..1 fraction); outside that range is BAD_USER_INPUT',
  })
  percentComplete!: number;

  @Field(() => DateScalar, {
    description: `the day it was measured; the latest measurement on or before a control date sets EV, ${DATE_RANGE}`,
  })
  measuredOn!: string;
}
