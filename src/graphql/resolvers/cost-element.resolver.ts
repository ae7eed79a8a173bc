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
  @Query(() => CostElement, { nullable: true })
  async costElement(
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('branch', () => String, { defaultValue: 'main', nullable: true }) branchArg: string | null,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf: Date | null,
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
  @Mutation(() => CostElement)
  async createCostElement(
    @Arg('input', () => CostElementCreateInput) input: CostElementCreateInput,
    @Arg('branch', () => String, { defaultValue: 'main', nullable: true }) branchArg: string | null,
    @Arg('message', () => String, { nullable: true }) message: string | null,
    @Ctx() ctx: Context,
  ): Promise<CostElement> {
    const branch = branchArg ?? 'main';
    return toNode(await createCostElement(ctx.sql, requireActor(ctx), { input, branch, message }));
  }

  @Authorized()
  @Mutation(() => CostElement)
  async updateCostElement(
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('input', () => CostElementUpdateInput) input: CostElementUpdateInput,
    @Arg('branch', () => String, { defaultValue: 'main', nullable: true }) branchArg: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Arg('message', () => String, { nullable: true }) message: string | null,
    @Ctx() ctx: Context,
  ): Promise<CostElement> {
    const branch = branchArg ?? 'main';
    return toNode(await updateCostElement(ctx.sql, requireActor(ctx), { id, input, branch, expectedVersion, message }));
  }

  @Authorized()
  @Mutation(() => Commit)
  async deleteCostElement(
    @Arg('id', () => UUIDScalar) id: string,
    @Arg('branch', () => String, { defaultValue: 'main', nullable: true }) branchArg: string | null,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Arg('message', () => String, { nullable: true }) message: string | null,
    @Ctx() ctx: Context,
  ): Promise<Commit> {
    const branch = branchArg ?? 'main';
    return deleteCostElement(ctx.sql, requireActor(ctx), { id, branch, expectedVersion, message });
  }

  @Authorized()
  @Mutation(() => CostRegistration)
  async registerCost(
    @Arg('input', () => CostRegistrationInput) input: CostRegistrationInput,
    @Arg('branch', () => String, { defaultValue: 'main', nullable: true }) branchArg: string | null,
    @Arg('message', () => String, { nullable: true }) message: string | null,
    @Ctx() ctx: Context,
  ): Promise<CostRegistration> {
    const branch = branchArg ?? 'main';
    return toNode(await registerCost(ctx.sql, requireActor(ctx), { input, branch, message }));
  }

  @Authorized()
  @Mutation(() => ProgressEntry)
  async recordProgress(
    @Arg('input', () => ProgressInput) input: ProgressInput,
    @Arg('branch', () => String, { defaultValue: 'main', nullable: true }) branchArg: string | null,
    @Arg('message', () => String, { nullable: true }) message: string | null,
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

  @FieldResolver(() => [CostRegistration])
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

  @FieldResolver(() => [ProgressEntry])
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

  @FieldResolver(() => EVMMetrics)
  async evm(
    @Root() element: CostElement,
    @Arg('at', () => DateScalar, { nullable: true }) at: string | null,
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

  @FieldResolver(() => [CostElement])
  async history(
    @Root() element: CostElement,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CostElement[]> {
    return historyNodes(ctx, info, await ctx.loaders.history(CostElementKind, element.source.readPoint, element.id));
  }
}
