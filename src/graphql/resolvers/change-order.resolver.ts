import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireBranch } from '../../domain/branch/branch.service.js';
import { diffProject } from '../../domain/change-control/change-control.service.js';
import {
  approveChangeOrder,
  createChangeOrder,
  findChangeOrder,
  listChangeOrders,
  rejectChangeOrder,
  submitChangeOrder,
} from '../../domain/change-order/change-order.service.js';
import type { Context } from '../context.js';
import { requireActor } from '../context.js';
import { UUIDScalar } from '../scalars.js';
import { Branch } from '../types/branch.type.js';
import { ChangeOrderCreateInput } from '../types/change-control.input.js';
import { ChangeOrder, ProjectDiff } from '../types/change-control.type.js';
import { ChangeOrderStatus } from '../types/enums.js';
import { User } from '../types/user.type.js';

@Resolver(() => ChangeOrder)
export class ChangeOrderResolver {
  @Authorized()
  @Query(() => [ChangeOrder])
  changeOrders(
    @Arg('projectId', () => UUIDScalar) projectId: string,
    @Arg('status', () => ChangeOrderStatus, { nullable: true }) status: ChangeOrderStatus | null,
    @Ctx() ctx: Context,
  ): Promise<ChangeOrder[]> {
    return listChangeOrders(ctx.sql, projectId, status ?? null);
  }

  @Authorized()
  @Query(() => ChangeOrder, { nullable: true })
  changeOrder(@Arg('id', () => UUIDScalar) id: string, @Ctx() ctx: Context): Promise<ChangeOrder | null> {
    return findChangeOrder(ctx.sql, id);
  }

  @Authorized()
  @Mutation(() => ChangeOrder, { description: 'creates the change order and its branch, named co-<code>' })
  createChangeOrder(
    @Arg('input', () => ChangeOrderCreateInput) input: ChangeOrderCreateInput,
    @Ctx() ctx: Context,
  ): Promise<ChangeOrder> {
    return createChangeOrder(ctx.sql, requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => ChangeOrder)
  submitChangeOrder(@Arg('id', () => UUIDScalar) id: string, @Ctx() ctx: Context): Promise<ChangeOrder> {
    return submitChangeOrder(ctx.sql, requireActor(ctx), id);
  }

  @Authorized()
  @Mutation(() => ChangeOrder, {
    description:
      'MANAGER or ADMIN. Merges the branch into main with FAIL_ON_CONFLICT and sets\nMERGED; on conflicts it fails with extensions.code CONFLICT and the change\norder stays SUBMITTED (bring the branch up to date by merging main into it).',
  })
  approveChangeOrder(
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('message', () => String, { nullable: true }) message: string | null,
    @Ctx() ctx: Context,
  ): Promise<ChangeOrder> {
    return approveChangeOrder(ctx.sql, requireActor(ctx), id, message ?? null);
  }

  @Authorized()
  @Mutation(() => ChangeOrder)
  rejectChangeOrder(
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<ChangeOrder> {
    return rejectChangeOrder(ctx.sql, requireActor(ctx), id, reason);
  }

  @FieldResolver(() => Branch)
  branch(@Root() order: ChangeOrder, @Ctx() ctx: Context): Promise<Branch> {
    return requireBranch(ctx.sql, order.projectId, order.branch);
  }

  @FieldResolver(() => User)
  async requestedBy(@Root() order: ChangeOrder, @Ctx() ctx: Context): Promise<User> {
    const user = await ctx.loaders.users.load(order.requestedBy);
    if (user === null) throw new Error('requester missing');
    return user;
  }

  @FieldResolver(() => User, { nullable: true })
  decidedBy(@Root() order: ChangeOrder, @Ctx() ctx: Context): Promise<User | null> {
    return order.decidedBy === null ? Promise.resolve(null) : ctx.loaders.users.load(order.decidedBy);
  }

  @FieldResolver(() => ProjectDiff, { description: "THREE_DOT diff of the change order's branch against main" })
  async diff(@Root() order: ChangeOrder, @Ctx() ctx: Context): Promise<ProjectDiff> {
    const record = await diffProject(ctx.sql, {
      projectId: order.projectId,
      from: { branch: 'main' },
      to: { branch: order.branch },
      mode: 'THREE_DOT',
    });
    return { projectId: order.projectId, mode: record.mode, changes: record.changes, record };
  }
}
