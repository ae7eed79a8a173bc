import { ArgsType, Field, Float, InputType } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar, UUIDScalar } from '../scalars.js';
import { CostType, ProjectStatus, Role, SeriesInterval } from './enums.js';

/** branch/asOf on every field that returns versioned objects; absent: inherit the parent's. */
@ArgsType()
export class VersionArgs {
  @Field(() => String, { nullable: true })
  branch?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
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

@InputType({
  description:
    "Where in history to read or compare: a branch, and at most one of a moment\nor a commit on it. Neither: the branch's latest state.",
})
export class RefInput {
  @Field(() => String, { defaultValue: 'main' })
  branch!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  asOf?: Date | null;

  @Field(() => UUIDScalar, { nullable: true })
  commit?: string | null;
}

@InputType()
export class UserCreateInput {
  @Field(() => String) email!: string;
  @Field(() => String) password!: string;
  @Field(() => String) fullName!: string;
  @Field(() => Role) role!: Role;
}

@InputType()
export class UserUpdateInput {
  @Field(() => String, { nullable: true }) fullName?: string | null;
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => Boolean, { nullable: true }) isActive?: boolean | null;
}

@InputType()
export class ProjectCreateInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { defaultValue: 'EUR' }) currency!: string;
  @Field(() => ProjectStatus, { nullable: true, defaultValue: ProjectStatus.PLANNED }) status?: ProjectStatus | null;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar) endDate!: string;
}

@InputType()
export class ProjectUpdateInput {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) currency?: string | null;
  @Field(() => ProjectStatus, { nullable: true }) status?: ProjectStatus | null;
  @Field(() => DateScalar, { nullable: true }) startDate?: string | null;
  @Field(() => DateScalar, { nullable: true }) endDate?: string | null;
}

@InputType()
export class WBECreateInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => UUIDScalar, { nullable: true }) parentId?: string | null;
}

@InputType()
export class WBEUpdateInput {
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => UUIDScalar, {
    nullable: true,
    description: 'the new parent; null (given explicitly) makes the WBE top-level',
  })
  parentId?: string | null;
}

@InputType()
export class CostElementCreateInput {
  @Field(() => UUIDScalar) wbeId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => CostType, { defaultValue: CostType.OTHER }) costType!: CostType;
  @Field(() => DecimalScalar) budget!: string;
  @Field(() => DateScalar) plannedStart!: string;
  @Field(() => DateScalar) plannedEnd!: string;
}

@InputType()
export class CostElementUpdateInput {
  @Field(() => UUIDScalar, { nullable: true }) wbeId?: string | null;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => CostType, { nullable: true }) costType?: CostType | null;
  @Field(() => DecimalScalar, { nullable: true }) budget?: string | null;
  @Field(() => DateScalar, { nullable: true }) plannedStart?: string | null;
  @Field(() => DateScalar, { nullable: true }) plannedEnd?: string | null;
}

@InputType()
export class CostRegistrationInput {
  @Field(() => UUIDScalar) costElementId!: string;
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => DateScalar) incurredOn!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class ProgressInput {
  @Field(() => UUIDScalar) costElementId!: string;
  @Field(() => Float) percentComplete!: number;
  @Field(() => DateScalar) measuredOn!: string;
}
