import { Field, InputType } from 'type-graphql';
import { JSONScalar, UUIDScalar } from '../scalars.js';

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
