import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, UUIDScalar } from '../scalars.js';
import type { Role as RoleName } from '../../auth/roles.js';
import { Role } from './enums.js';
import { Node } from './node.type.js';

@ObjectType({
  implements: Node,
  description:
    "A user's identity is stable; the profile (fullName, role, isActive) is\nversioned without branches. Password hashes never appear in any version.",
})
export class User {
  @Field(() => UUIDScalar)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  fullName!: string;

  @Field(() => Role)
  role!: RoleName;

  @Field(() => Boolean)
  isActive!: boolean;

  @Field(() => Int)
  version!: number;

  @Field(() => DateTimeScalar)
  validFrom!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'when this state was replaced; null while it is the latest at the read point',
  })
  validTo!: Date | null;

  /** The moment this profile was read at; history inherits it. */
  asOf!: Date | null;

  /** The latest version visible where this state was read (histories: the last entry's); absent: `version`. */
  visibleVersion?: number;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'a signed JWT for the Authorization: Bearer header' })
  token!: string;

  @Field(() => DateTimeScalar)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}
