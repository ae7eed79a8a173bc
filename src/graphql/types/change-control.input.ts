import { Field, InputType } from 'type-graphql';
import { CODE_RULE } from '../descriptions.js';
import { DateTimeScalar, JSONScalar, UUIDScalar } from '../scalars.js';

@InputType({
  description:
    'An explicit decision for one conflict of mergeBranch; it overrides the strategy. One that names no conflict is BAD_USER_INPUT.',
})
export class ConflictResolution {
  @Field(() => UUIDScalar, { description: "the conflict's entityId" })
  entityId!: string;

  @Field(() => String, { description: 'the conflict\'s field ("*" for a delete against an edit)' })
  field!: string;

  @Field(() => JSONScalar, {
    nullable: true,
    description:
      'the value to keep, in API form (as in FieldChange) and valid for the field, else BAD_USER_INPUT; for "*": null (deleted) or an object of field values',
  })
  value?: unknown;
}

@InputType({ description: "A new change order; its branch co-<code> is created from main's latest state." })
export class ChangeOrderCreateInput {
  @Field(() => UUIDScalar, { description: 'the project it changes' })
  projectId!: string;

  @Field(() => String, {
    description: `unique within the project (CONFLICT otherwise). ${CODE_RULE}`,
  })
  code!: string;

  @Field(() => String, { description: 'one line, at most 200 characters' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'optional free text, at most 4000 characters' })
  description?: string | null;
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
