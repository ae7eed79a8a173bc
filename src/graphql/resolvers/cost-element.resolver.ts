import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerCost, recordProgress } from '../../domain/actuals/actuals.service.js';
import {
  createCostElement,
  deleteCostElement,
  updateCostElement,
} from '../../domain/cost-element/cost-element.service.js';
import { CostElementKind, CostRegistrationKind, ProgressEntryKind, WbeKind } from '../../domain/kinds.js';
import type { Context } from '../context.js';
import { requireActor } from '../context.js';
import { evmView } from '../evm-view.js';
import { EVM_SERIES_DESCRIPTION, evmSeriesView } from '../evm-series.js';
import { whenReady } from '../maybe-async.js';
import {
  ACTUALS_BRANCH,
  COMMIT_MESSAGE,
  EVM_AT,
  EXPECTED_VERSION,
  HISTORY,
  ROOT_AS_OF,
  ROOT_BRANCH,
  WRITE_BRANCH,
} from '../descriptions.js';
import { childPoint, COMMIT_ARG_DESCRIPTION, rootPoint } from '../read-points.js';
import { DateScalar, DateTimeScalar, UUIDScalar } from '../scalars.js';
import { Commit } from '../types/commit.type.js';
import { EVMMetrics } from '../types/evm.type.js';
import {
  CostElementCreateInput,
  CostElementUpdateInput,
  CostRegistrationInput,
  ProgressInput,
  EvmSeriesArgs,
  VersionArgs,
} from '../types/inputs.js';
import {
  CostElement,
  CostRegistration,
  historyNodes,
  ProgressEntry,
  WBE,
  sortedNodes,
  toNode,
} from '../types/project-data.type.js';
import { projectOfOrNull } from './lookup.js';

@Resolver(() => CostElement)
export class CostElementResolver {
  @Authorized()
  @Query(() => CostElement, {
    nullable: true,
    description:
      "One cost element at a read point (its project's branch and moment, or a commit); its children inherit that point. null when no such element exists there (never created, not yet created, or deleted)",
  })
  async costElement(
    @Arg('id', () => UUIDScalar, { description: "the cost element's id" }) id: string,
    @Arg('branch', () => String, { defaultValue: 'main', nullable: true, description: ROOT_BRANCH })
    branchArg: string | null,
    @Arg('asOf', () => DateTimeScalar, { nullable: true, description: ROOT_AS_OF }) asOf: Date | null,
    @Arg('commit', () => UUIDScalar, {
      nullable: true,
      description: COMMIT_ARG_DESCRIPTION,
    })
    commit: string | null,
    @Ctx() ctx: Context,
  ): Promise<CostElement | null> {
    const branch = branchArg ?? 'main';
    const projectId = await projectOfOrNull(ctx, id, 'CostElement');
    if (projectId === null) return null;
    const point = await rootPoint(ctx, projectId, branch, asOf ?? null, commit ?? null);
    if (point === null) return null;
    const element = await ctx.loaders.byId(CostElementKind, point, id);
    return element === null ? null : toNode(element, ctx.loaders);
  }

  @Authorized()
  @Mutation(() => CostElement, {
    description: 'Adds a cost element under a WBE on a branch, in one commit; answers its first state',
  })
  async createCostElement(
    @Arg('input', () => CostElementCreateInput, { description: 'the new cost element' }) input: CostElementCreateInput,
    @Arg('branch', () => String, { defaultValue: 'main', nullable: true, description: WRITE_BRANCH })
    branchArg: string | null,
    @Arg('message', () => String, { nullable: true, description: COMMIT_MESSAGE }) message: string | null,
    @Ctx() ctx: Context,
  ): Promise<CostElement> {
    const branch = branchArg ?? 'main';
    return toNode(await createCostElement(ctx.sql, requireActor(ctx), { input, branch, message }));
  }

  @Authorized()
  @Mutation(() => CostElement, {
    description: "Changes a cost element's fields or moves it under another WBE, in one commit; answers the new state",
  })
  async updateCostElement(
    @Arg('id', () => UUIDScalar, {
      description: "the cost element's id; NOT_FOUND when it does not exist on the branch",
    })
    id: string,
    @Arg('input', () => CostElementUpdateInput, { description: 'the fields to change' }) input: CostElementUpdateInput,
    @Arg('branch', () => String, { defaultValue: 'main', nullable: true, description: WRITE_BRANCH })
    branchArg: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION })
    expectedVersion: number | null,
    @Arg('message', () => String, { nullable: true, description: COMMIT_MESSAGE }) message: string | null,
    @Ctx() ctx: Context,
  ): Promise<CostElement> {
    const branch = branchArg ?? 'main';
    return toNode(await updateCostElement(ctx.sql, requireActor(ctx), { id, input, branch, expectedVersion, message }));
  }

  @Authorized()
  @Mutation(() => Commit, {
    description: 'removes the cost element with its costs and progress entries, in one commit; answers that commit',
  })
  async deleteCostElement(
    @Arg('id', () => UUIDScalar, {
      description: "the cost element's id; NOT_FOUND when it does not exist on the branch",
    })
    id: string,
    @Arg('branch', () => String, { defaultValue: 'main', nullable: true, description: WRITE_BRANCH })
    branchArg: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true, description: EXPECTED_VERSION })
    expectedVersion: number | null,
    @Arg('message', () => String, { nullable: true, description: COMMIT_MESSAGE }) message: string | null,
    @Ctx() ctx: Context,
  ): Promise<Commit> {
    const branch = branchArg ?? 'main';
    return deleteCostElement(ctx.sql, requireActor(ctx), { id, branch, expectedVersion, message });
  }

  @Authorized()
  @Mutation(() => CostRegistration, {
    description:
      'Records an actual cost on a cost element, in one commit. EDITOR and up, on any branch including main (actuals are facts, not plan changes)',
  })
  async registerCost(
    @Arg('input', () => CostRegistrationInput, { description: 'the cost' }) input: CostRegistrationInput,
    @Arg('branch', () => String, { defaultValue: 'main', nullable: true, description: ACTUALS_BRANCH })
    branchArg: string | null,
    @Arg('message', () => String, { nullable: true, description: COMMIT_MESSAGE }) message: string | null,
    @Ctx() ctx: Context,
  ): Promise<CostRegistration> {
    const branch = branchArg ?? 'main';
    return toNode(await registerCost(ctx.sql, requireActor(ctx), { input, branch, message }));
  }

  @Authorized()
  @Mutation(() => ProgressEntry, {
    description:
      'Records the percent complete (0..100) of a cost element on a date, in one commit. EDITOR and up, on any branch including main',
  })
  async recordProgress(
    @Arg('input', () => ProgressInput, { description: 'the measurement' }) input: ProgressInput,
    @Arg('branch', () => String, { defaultValue: 'main', nullable: true, description: ACTUALS_BRANCH })
    branchArg: string | null,
    @Arg('message', () => String, { nullable: true, description: COMMIT_MESSAGE }) message: string | null,
    @Ctx() ctx: Context,
  ): Promise<ProgressEntry> {
    const branch = branchArg ?? 'main';
    return toNode(await recordProgress(ctx.sql, requireActor(ctx), { input, branch, message }));
  }

  @FieldResolver(() => WBE, {
    nullable: true,
    description: 'null only where an explicit branch/asOf points where the WBE does not exist',
  })
  async wbe(
    @Root() element: CostElement,
    @Args(() => VersionArgs) args: VersionArgs,
    @Ctx() ctx: Context,
  ): Promise<WBE | null> {
    const point = await childPoint(ctx, element.source.readPoint, args);
    if (point === null) return null;
    const wbe = await ctx.loaders.byId(WbeKind, point, element.source.state.wbeId);
    return wbe === null ? null : toNode(wbe, ctx.loaders);
  }

  @FieldResolver(() => [CostRegistration], {
    description: 'the actual costs recorded on this element, by incurredOn (then in the order recorded)',
  })
  costRegistrations(
    @Root() element: CostElement,
    @Args(() => VersionArgs) args: VersionArgs,
    @Ctx() ctx: Context,
  ): CostRegistration[] | Promise<CostRegistration[]> {
    return whenReady(childPoint(ctx, element.source.readPoint, args), (point) =>
      point === null
        ? []
        : whenReady(ctx.loaders.children(CostRegistrationKind, point, element.id), (rows) =>
            sortedNodes(
              rows,
              (a, b) => a.state.incurredOn.localeCompare(b.state.incurredOn) || a.seq - b.seq,
              ctx.loaders,
            ),
          ),
    );
  }

  @FieldResolver(() => [ProgressEntry], {
    description: 'the progress measurements of this element, by measuredOn (then in the order recorded)',
  })
  progressEntries(
    @Root() element: CostElement,
    @Args(() => VersionArgs) args: VersionArgs,
    @Ctx() ctx: Context,
  ): ProgressEntry[] | Promise<ProgressEntry[]> {
    return whenReady(childPoint(ctx, element.source.readPoint, args), (point) =>
      point === null
        ? []
        : whenReady(ctx.loaders.children(ProgressEntryKind, point, element.id), (rows) =>
            sortedNodes(
              rows,
              (a, b) => a.state.measuredOn.localeCompare(b.state.measuredOn) || a.seq - b.seq,
              ctx.loaders,
            ),
          ),
    );
  }

  @FieldResolver(() => EVMMetrics, {
    description: "EVM figures of this element at the read point; control date defaults to the read point's date",
  })
  async evm(
    @Root() element: CostElement,
    @Arg('at', () => DateScalar, { nullable: true, description: EVM_AT }) at: string | null,
    @Ctx() ctx: Context,
  ): Promise<EVMMetrics> {
    const point = element.source.readPoint;
    const date = at ?? point.date;
    const totals = await ctx.loaders.elementEvm(point, date);
    return evmView(totals.get(element.id), date);
  }

  @FieldResolver(() => [EVMMetrics], { description: EVM_SERIES_DESCRIPTION })
  evmSeries(
    @Root() element: CostElement,
    @Args(() => EvmSeriesArgs) range: EvmSeriesArgs,
    @Ctx() ctx: Context,
  ): Promise<EVMMetrics[]> {
    return evmSeriesView(ctx.loaders, element.source.readPoint, { of: 'element', id: element.id }, range);
  }

  @FieldResolver(() => [CostElement], { description: HISTORY })
  async history(
    @Root() element: CostElement,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CostElement[]> {
    return historyNodes(ctx, info, await ctx.loaders.history(CostElementKind, element.source.readPoint, element.id));
  }
}
