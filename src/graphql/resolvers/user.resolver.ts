import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { issueToken } from '../../auth/tokens.js';
import {
  authenticate,
  createUser,
  listUsers,
  loadProfiles,
  updateUser,
  userHistory,
} from '../../domain/user/user.service.js';
import type { Context } from '../context.js';
import { requireActor } from '../context.js';
import { userNodeId } from '../node-id.js';
import { DateTimeScalar, UUIDScalar } from '../scalars.js';
import { UserCreateInput, UserUpdateInput } from '../types/inputs.js';
import { AuthPayload, User } from '../types/user.type.js';

@Resolver(() => User)
export class UserResolver {
  @Authorized()
  @Query(() => User, { nullable: true, description: 'the signed-in user: its latest profile' })
  async me(@Ctx() ctx: Context): Promise<User | null> {
    const actor = requireActor(ctx);
    return ctx.loaders.users.load(actor.id);
  }

  @Authorized()
  @Query(() => User, {
    nullable: true,
    description: "one user's profile, latest or as of a moment; null when there is no such user (at that moment)",
  })
  async user(
    @Arg('id', () => UUIDScalar, { description: "the user's id" }) id: string,
    @Arg('asOf', () => DateTimeScalar, {
      nullable: true,
      description:
        'read the profile as it was at this moment (its history then stops there); default: the latest profile',
    })
    asOf: Date | null,
    @Ctx() ctx: Context,
  ): Promise<User | null> {
    if (asOf === null || asOf === undefined) return ctx.loaders.users.load(id);
    const [profile] = await loadProfiles(ctx.sql, [id], asOf);
    return profile ?? null;
  }

  @Authorized()
  @Query(() => [User], { description: 'every user, with the latest profile, by email' })
  users(@Ctx() ctx: Context): Promise<User[]> {
    return listUsers(ctx.sql);
  }

  @Mutation(() => AuthPayload, {
    description:
      'Signs in; the only operation that needs no token. A wrong email or password, or a deactivated account, is UNAUTHENTICATED; too many failed attempts are LOGIN_THROTTLED for a while',
  })
  async login(
    @Arg('email', () => String, { description: 'the account email, compared ignoring case' }) email: string,
    @Arg('password', () => String, { description: "the account's password" }) password: string,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    const user = await authenticate(ctx.sql, email, password, { throttle: ctx.config, address: ctx.clientAddress });
    const { token, expiresAt } = issueToken(ctx.config, user.id);
    return { token, expiresAt, user };
  }

  @Authorized()
  @Mutation(() => User, {
    description: 'ADMIN only. Creates a user account; an email in use is CONFLICT',
  })
  createUser(
    @Arg('input', () => UserCreateInput, { description: 'the new account' }) input: UserCreateInput,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return createUser(ctx.sql, requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => User, {
    description: 'ADMIN only. Writes a new version of the profile; an unknown user is NOT_FOUND',
  })
  updateUser(
    @Arg('id', () => UUIDScalar, { description: "the user's id" }) id: string,
    @Arg('input', () => UserUpdateInput, { description: 'the fields to change' }) input: UserUpdateInput,
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description:
        "when given, the write fails with CONFLICT and writes nothing unless the profile's latest version is still this one",
    })
    expectedVersion: number | null,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return updateUser(ctx.sql, requireActor(ctx), id, input, expectedVersion ?? null);
  }

  @FieldResolver(() => [User], { description: "every past state of this user's profile, oldest first" })
  async history(@Root() user: User, @Ctx() ctx: Context): Promise<User[]> {
    // Up to the state this one was read with: a profile written meanwhile is not in its history.
    const visible = user.visibleVersion ?? user.version;
    const states = await userHistory(ctx.sql, user.id, user.asOf);
    return states
      .filter((s) => s.version <= visible)
      .map((s) => ({ ...s, visibleVersion: visible, validTo: s.version === visible ? null : s.validTo }));
  }

  @FieldResolver(() => ID, {
    description:
      'Opaque; see `Node.nodeId`. A profile state together with the latest state visible where it was read, which its `validTo` and `history` depend on.',
  })
  nodeId(@Root() user: User): string {
    return userNodeId(user.id, user.version, user.visibleVersion ?? user.version);
  }
}
