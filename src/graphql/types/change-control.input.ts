import { Field, InputType } from 'type-graphql';
import { DateTimeScalar, JSONScalar, UUIDScalar } from '../scalars.js';

@InputType()
export class ConflictResolution {
  @Field(() => UUIDScalar) entityId!: string;
  @Field(() => String) field!: string;
  @Field(() => JSONScalar, { nullable: true }) value?: unknown;
}

@InputType()
export class ChangeOrderCreateInput {
  @Field(() => UUIDScalar) projectId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType({
  description: 'A half-open time range: from (inclusive) up to to (exclusive); either end may be left open.',
})
export class DateTimeRange {
  @Field(() => DateTimeScalar, { nullable: true, description: 'inclusive lower bound; omitted: no lower bound' })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'exclusive upper bound; omitted: no upper bound' })
  to?: Date | null;
}
