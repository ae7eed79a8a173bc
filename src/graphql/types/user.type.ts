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
  @Field(() => UUIDScalar, { description: 'stable identity of the user, the same in every version of the profile' })
  id!: string;

  @Field(() => String, { description: 'the login name; unique (compared case-insensitively) and not versioned' })
  email!: string;

  @Field(() => String, { description: 'the name shown for the user, e.g. as a commit author' })
  fullName!: string;

  @Field(() => Role, { description: 'what the user may write (see Role)' })
  role!: RoleName;

  @Field(() => Boolean, { description: 'false for a deactivated account, which can no longer sign in' })
  isActive!: boolean;

  @Field(() => Int, { description: '1 for the first profile state; +1 for every later one' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'when this profile state was written' })
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

@ObjectType({ description: 'What login answers: a token for the API and who it signs in.' })
export class AuthPayload {
  @Field(() => String, { description: 'a signed JWT for the Authorization: Bearer header' })
  token!: string;

  @Field(() => DateTimeScalar, {
    description: 'when the token stops being accepted (its lifetime is the JWT_EXPIRES_IN setting, default 1 hour)',
  })
  expiresAt!: Date;

  @Field(() => User, { description: 'the signed-in user, its latest profile' })
  user!: User;
}
