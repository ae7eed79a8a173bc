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
  withdrawChangeOrder,
} from '../../domain/change-order/change-order.service.js';
import type { TimeRange } from '../../domain/change-order/change-order.store.js';
import type { Context } from '../context.js';
import { requireActor } from '../context.js';
import { COMMIT_MESSAGE } from '../descriptions.js';
import { UUIDScalar } from '../scalars.js';
import { Branch } from '../types/branch.type.js';
import { ChangeOrderCreateInput, DateTimeRange } from '../types/change-control.input.js';
import { ChangeOrder, ChangeOrderTransition, ProjectDiff } from '../types/change-control.type.js';
import { Commit } from '../types/commit.type.js';
import { ChangeOrderStatus } from '../types/enums.js';
import { User } from '../types/user.type.js';

const EXPECTED_HEAD =
  "the head commit of the order's branch that the reviewer saw (Branch.head);\nanother head is CONFLICT and nothing happens. Omitted: the decision is about\nwhatever the branch holds at that moment.";

const ORDER_ID = "the change order's id (NOT_FOUND when there is none)";

/** An omitted argument arrives as undefined. */
function timeRange(range: DateTimeRange | null | undefined): TimeRange | null {
  return range === null || range === undefined ? null : { from: range.from ?? null, to: range.to ?? null };
}

@Resolver(() => ChangeOrder)
export class ChangeOrderResolver {
  @Authorized()
  @Query(() => [ChangeOrder], {
    description: "a project's change orders, oldest first, filtered by every argument given",
  })
  changeOrders(
    @Arg('projectId', () => UUIDScalar, { description: 'the project' }) projectId: string,
    @Arg('status', () => ChangeOrderStatus, {
      nullable: true,
      description: 'only the orders with this status; default: all',
    })
    status: ChangeOrderStatus | null,
    @Arg('created', () => DateTimeRange, { nullable: true, description: 'only orders created in this range' })
    created: DateTimeRange | null,
    @Arg('decided', () => DateTimeRange, {
      nullable: true,
      description: 'only orders approved or rejected in this range (so never an undecided one)',
    })
    decided: DateTimeRange | null,
    @Ctx() ctx: Context,
  ): Promise<ChangeOrder[]> {
    return listChangeOrders(ctx.sql, projectId, {
      status: status ?? null,
      created: timeRange(created),
      decided: timeRange(decided),
    });
  }

  @Authorized()
  @Query(() => ChangeOrder, { nullable: true, description: 'one change order; null when there is no such order' })
  changeOrder(
    @Arg('id', () => UUIDScalar, { description: "the change order's id" }) id: string,
    @Ctx() ctx: Context,
  ): Promise<ChangeOrder | null> {
    return findChangeOrder(ctx.sql, id);
  }

  @Authorized()
  @Mutation(() => ChangeOrder, {
    description:
      "creates the change order and its branch, named co-<code>. EDITOR and up; the order starts as DRAFT, its branch at main's latest state",
  })
  createChangeOrder(
    @Arg('input', () => ChangeOrderCreateInput, { description: 'the new change order' }) input: ChangeOrderCreateInput,
    @Ctx() ctx: Context,
  ): Promise<ChangeOrder> {
    return createChangeOrder(ctx.sql, requireActor(ctx), input);
  }

  @Authorized()
  @Mutation(() => ChangeOrder, {
    description:
      'EDITOR and up. DRAFT -> SUBMITTED: ready for a decision. An order in another status is BAD_USER_INPUT.\nFreezes the branch for plan changes until the order is withdrawn or decided (Branch.planFrozen).',
  })
  submitChangeOrder(
    @Arg('id', () => UUIDScalar, { description: ORDER_ID }) id: string,
    @Ctx() ctx: Context,
  ): Promise<ChangeOrder> {
    return submitChangeOrder(ctx.sql, requireActor(ctx), id);
  }

  @Authorized()
  @Mutation(() => ChangeOrder, {
    description:
      'SUBMITTED -> DRAFT (BAD_USER_INPUT for an order in another status), by its requester or a\nMANAGER/ADMIN (FORBIDDEN otherwise): the branch takes plan changes again, and the order\nmust be submitted again to be decided.',
  })
  withdrawChangeOrder(
    @Arg('id', () => UUIDScalar, { description: ORDER_ID }) id: string,
    @Arg('reason', () => String, {
      nullable: true,
      description: 'why it is withdrawn, kept in the trail: at most 4000 characters',
    })
    reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<ChangeOrder> {
    return withdrawChangeOrder(ctx.sql, requireActor(ctx), id, reason ?? null);
  }

  @Authorized()
  @Mutation(() => ChangeOrder, {
    description:
      'MANAGER or ADMIN. Merges the branch into main with FAIL_ON_CONFLICT and sets\nMERGED; on conflicts it fails with extensions.code CONFLICT and the change\norder stays SUBMITTED (withdraw it, merge main into its branch, submit again).\nOnly a SUBMITTED order can be approved (BAD_USER_INPUT otherwise); one whose\nbranch brings nothing is approved without a commit on main.',
  })
  approveChangeOrder(
    @Arg('id', () => UUIDScalar, { description: ORDER_ID }) id: string,
    @Arg('message', () => String, { nullable: true, description: COMMIT_MESSAGE }) message: string | null,
    @Arg('expectedHead', () => UUIDScalar, { nullable: true, description: EXPECTED_HEAD })
    expectedHead: string | null,
    @Ctx() ctx: Context,
  ): Promise<ChangeOrder> {
    return approveChangeOrder(ctx.sql, requireActor(ctx), id, message ?? null, expectedHead ?? null);
  }

  @Authorized()
  @Mutation(() => ChangeOrder, {
    description:
      'MANAGER or ADMIN. SUBMITTED -> REJECTED (BAD_USER_INPUT for an order in another status); nothing is merged and the branch stays as it is (unfrozen)',
  })
  rejectChangeOrder(
    @Arg('id', () => UUIDScalar, { description: ORDER_ID }) id: string,
    @Arg('reason', () => String, {
      description: 'why it is rejected (kept as rejectReason): not empty, at most 4000 characters',
    })
    reason: string,
    @Arg('expectedHead', () => UUIDScalar, { nullable: true, description: EXPECTED_HEAD })
    expectedHead: string | null,
    @Ctx() ctx: Context,
  ): Promise<ChangeOrder> {
    return rejectChangeOrder(ctx.sql, requireActor(ctx), id, reason, expectedHead ?? null);
  }

  @FieldResolver(() => Branch, { description: 'its branch co-<code>, where the change is prepared' })
  branch(@Root() order: ChangeOrder, @Ctx() ctx: Context): Promise<Branch> {
    return requireBranch(ctx.sql, order.projectId, order.branch);
  }

  @FieldResolver(() => User, { description: "who created the order: that user's latest profile" })
  async requestedBy(@Root() order: ChangeOrder, @Ctx() ctx: Context): Promise<User> {
    const user = await ctx.loaders.users.load(order.requestedBy);
    if (user === null) throw new Error('requester missing');
    return user;
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: "who approved or rejected it (that user's latest profile); null while undecided",
  })
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

  @FieldResolver(() => [ChangeOrderTransition], {
    description: 'every status transition of the order, oldest first, starting with its creation',
  })
  transitions(@Root() order: ChangeOrder, @Ctx() ctx: Context): Promise<ChangeOrderTransition[]> {
    return ctx.loaders.changeOrderTrails.load(order.id);
  }
}

@Resolver(() => ChangeOrderTransition)
export class ChangeOrderTransitionResolver {
  @FieldResolver(() => User, { description: "who made the transition: that user's latest profile" })
  async actor(@Root() step: ChangeOrderTransition, @Ctx() ctx: Context): Promise<User> {
    const user = await ctx.loaders.users.load(step.actorId);
    if (user === null) throw new Error('transition actor missing');
    return user;
  }

  @FieldResolver(() => Commit, {
    nullable: true,
    description:
      "the head of the order's branch at that moment (for an approval: the state that\nwas merged); null only for steps recorded before the trail existed",
  })
  head(@Root() step: ChangeOrderTransition, @Ctx() ctx: Context): Promise<Commit | null> {
    return step.headCommitId === null ? Promise.resolve(null) : ctx.loaders.commits.load(step.headCommitId);
  }
}
