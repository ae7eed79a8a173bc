import { Field, Float, ObjectType } from 'type-graphql';
import type {
  CostElementState,
  CostRegistrationState,
  ProgressEntryState,
  ProjectState,
  WbeState,
} from '../../domain/kinds.js';
import { DateScalar, DecimalScalar } from '../scalars.js';
import { CostType, ProjectStatus } from './enums.js';
import { Versioned, type VersionedSource } from './versioned.type.js';

@ObjectType({ implements: Versioned })
export class Project extends Versioned implements VersionedSource<ProjectState> {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { description: 'ISO 4217 code' })
  currency!: string;

  @Field(() => ProjectStatus)
  status!: ProjectState['status'];

  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar)
  endDate!: string;

  source!: VersionedSource<ProjectState>['source'];
}

@ObjectType({
  implements: Versioned,
  description: "Work breakdown element: a node of the project's work breakdown structure.",
})
export class WBE extends Versioned implements VersionedSource<WbeState> {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  source!: VersionedSource<WbeState>['source'];
}

@ObjectType({ implements: Versioned })
export class CostElement extends Versioned implements VersionedSource<CostElementState> {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => CostType)
  costType!: CostElementState['costType'];

  @Field(() => DecimalScalar, { description: 'budget at completion of this element' })
  budget!: string;

  @Field(() => DateScalar)
  plannedStart!: string;

  @Field(() => DateScalar)
  plannedEnd!: string;

  source!: VersionedSource<CostElementState>['source'];
}

@ObjectType({ implements: Versioned, description: 'An actual cost incurred on a cost element.' })
export class CostRegistration extends Versioned implements VersionedSource<CostRegistrationState> {
  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => DateScalar)
  incurredOn!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  source!: VersionedSource<CostRegistrationState>['source'];
}

@ObjectType({ implements: Versioned, description: 'Percent complete of a cost element, as measured on a date.' })
export class ProgressEntry extends Versioned implements VersionedSource<ProgressEntryState> {
  @Field(() => Float, { description: '0..100' })
  percentComplete!: number;

  @Field(() => DateScalar)
  measuredOn!: string;

  source!: VersionedSource<ProgressEntryState>['source'];
}
