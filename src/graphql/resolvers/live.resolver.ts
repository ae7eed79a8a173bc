import { Arg, Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { authorize } from '../../auth/policy.js';
import { findBranch, listBranches, requireBranch } from '../../domain/branch/branch.service.js';
import { findChangeOrder } from '../../domain/change-order/change-order.service.js';
import type { BranchChangedEvent, ChangeOrderChangedEvent, CommitAddedEvent } from '../../events/domain-events.js';
import { NotFoundError } from '../../shared/errors.js';
import type { Context } from '../context.js';
import { branchEvents, changeOrderEvents, commitEvents } from '../live/event-streams.js';
import { UUIDScalar } from '../scalars.js';
import { Branch } from '../types/branch.type.js';
import { ChangeOrder } from '../types/change-control.type.js';
import { Commit } from '../types/commit.type.js';

interface ProjectArgs {
  projectId: string;
}

interface CommitArgs extends ProjectArgs {
  branch?: string | null;
  after?: string | null;
}

/** Role rules as for queries (any signed-in user reads); the project (and branch) must exist. */
async function checkSubscriber(ctx: Context, projectId: string, branch: string | null): Promise<void> {
  authorize(ctx.actor ?? null, { kind: 'read' });
  if (branch !== null) {
    await requireBranch(ctx.sql, projectId, branch);
  } else if ((await listBranches(ctx.sql, projectId)).length === 0) {
    throw NotFoundError.entity('Project', projectId);
  }
}

/**
 * Live updates over WebSocket (graphql-ws): each event carries ids only, and each payload is
 * read fresh, through the event's own loaders, when the event is delivered (src/http/live-server.ts).
 */
@Resolver()
export class LiveResolver {
  @Authorized()
  @Subscription(() => Commit, {
    description:
      'every commit made on the project (on one branch, if given) from now on; with after, first the commits made since that one, without gap or duplicate. On each, refetch what you show at the new head',
    subscribe: async ({ args, context }: { args: CommitArgs; context: Context }) => {
      const branch = args.branch ?? null;
      await checkSubscriber(context, args.projectId, branch);
      return commitEvents(context, { projectId: args.projectId, branch, after: args.after ?? null });
    },
  })
  async commitAdded(
    @Root() event: CommitAddedEvent,
    @Ctx() ctx: Context,
    @Arg('projectId', () => UUIDScalar, { description: 'the project whose commits to receive' }) _projectId: string,
    @Arg('branch', () => String, { nullable: true, description: 'only commits on this branch (default: all branches)' })
    _branch: string | null,
    @Arg('after', () => UUIDScalar, {
      nullable: true,
      description:
        'the last commit the client has seen: the commits made since are sent first (at most 1,000; more is BAD_USER_INPUT: refetch instead)',
    })
    _after: string | null,
  ): Promise<Commit> {
    const commit = await ctx.loaders.commits.load(event.commitId);
    if (commit === null) throw new Error(`commit ${event.commitId} missing after its event`);
    return commit;
  }

  @Authorized()
  @Subscription(() => Branch, {
    description: "a project's branch as it is after being created, archived, merged, or having its base moved",
    subscribe: async ({ args, context }: { args: ProjectArgs; context: Context }) => {
      await checkSubscriber(context, args.projectId, null);
      return branchEvents(context, args.projectId);
    },
  })
  async branchChanged(
    @Root() event: BranchChangedEvent,
    @Ctx() ctx: Context,
    @Arg('projectId', () => UUIDScalar, { description: 'the project whose branches to watch' }) _projectId: string,
  ): Promise<Branch> {
    const branch = await findBranch(ctx.sql, event.projectId, event.branch);
    if (branch === null) throw new Error(`branch ${event.branch} missing after its event`);
    return branch;
  }

  @Authorized()
  @Subscription(() => ChangeOrder, {
    description: "a project's change order as it is after being created, submitted, approved (merged) or rejected",
    subscribe: async ({ args, context }: { args: ProjectArgs; context: Context }) => {
      await checkSubscriber(context, args.projectId, null);
      return changeOrderEvents(context, args.projectId);
    },
  })
  async changeOrderChanged(
    @Root() event: ChangeOrderChangedEvent,
    @Ctx() ctx: Context,
    @Arg('projectId', () => UUIDScalar, { description: 'the project whose change orders to watch' })
    _projectId: string,
  ): Promise<ChangeOrder> {
    const order = await findChangeOrder(ctx.sql, event.changeOrderId);
    if (order === null) throw new Error(`change order ${event.changeOrderId} missing after its event`);
    return order;
  }
}
