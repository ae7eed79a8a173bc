import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CostElementKind, ProjectKind, WbeKind } from '../../domain/kinds.js';
import { formatMoney, Rational } from '../../evm/index.js';
import type { Context } from '../context.js';
import { evmView } from '../evm-view.js';
import { EVM_SERIES_DESCRIPTION, evmSeriesView } from '../evm-series.js';
import { whenReady } from '../maybe-async.js';
import { EVM_AT, MONEY } from '../descriptions.js';
import { childNodes } from '../child-nodes.js';
import { childPoint } from '../read-points.js';
import { DateScalar, DecimalScalar } from '../scalars.js';
import { EVMMetrics } from '../types/evm.type.js';
import { EvmSeriesArgs, VersionArgs, WBECreateInput, WBEUpdateInput } from '../types/inputs.js';
import { CostElement, Project, WBE, toNode } from '../types/project-data.type.js';
import { versionedResolver } from './versioned-api.js';

/** The root query and the writes of WBEs. */
export const WbeApi = versionedResolver({
  kind: WbeKind,
  history: true,
  node: () => WBE,
  root: {
    name: 'wbe',
    description:
      "One WBE at a read point (its project's branch and moment, or a commit); its children inherit that point. null when no such WBE exists there (never created, not yet created, or deleted)",
    id: "the WBE's id",
  },
  create: {
    name: 'createWBE',
    description: 'Adds a WBE to the project on a branch, in one commit; answers its first state',
    input: () => WBECreateInput,
    inputDescription: 'the new WBE',
    project: 'the project to add it to',
  },
  update: {
    name: 'updateWBE',
    description:
      "Changes a WBE's fields or moves it under another parent, in one commit (moving it under itself or a descendant is BAD_USER_INPUT); answers the new state",
    input: () => WBEUpdateInput,
    id: "the WBE's id; NOT_FOUND when it does not exist on the branch",
  },
  delete: {
    name: 'deleteWBE',
    description: 'removes the WBE and everything below it, in one commit',
    id: "the WBE's id; NOT_FOUND when it does not exist on the branch",
  },
});

@Resolver(() => WBE)
export class WbeResolver {
  @FieldResolver(() => DecimalScalar, {
    description: `sum of the budgets of the cost elements below this WBE, at any depth, ${MONEY}`,
  })
  budget(@Root() wbe: WBE, @Ctx() ctx: Context): string | Promise<string> {
    return whenReady(ctx.loaders.snapshot(wbe.source.readPoint), (snapshot) =>
      formatMoney(snapshot.budgets.byWbe.get(wbe.id) ?? Rational.ZERO),
    );
  }

  @FieldResolver(() => Project, {
    nullable: true,
    description: 'null only where an explicit branch/asOf points where the project does not exist',
  })
  async project(
    @Root() wbe: WBE,
    @Args(() => VersionArgs) args: VersionArgs,
    @Ctx() ctx: Context,
  ): Promise<Project | null> {
    const point = await childPoint(ctx, wbe.source.readPoint, args);
    if (point === null) return null;
    const project = await ctx.loaders.byId(ProjectKind, point, point.projectId);
    return project === null ? null : toNode(project, ctx.loaders);
  }

  @FieldResolver(() => WBE, {
    nullable: true,
    description:
      'the parent WBE; null for a top-level WBE (or where an explicit branch/asOf points where it does not exist)',
  })
  async parent(@Root() wbe: WBE, @Args(() => VersionArgs) args: VersionArgs, @Ctx() ctx: Context): Promise<WBE | null> {
    const parentId = wbe.source.state.parentId;
    if (parentId === null) return null;
    const point = await childPoint(ctx, wbe.source.readPoint, args);
    if (point === null) return null;
    const parent = await ctx.loaders.byId(WbeKind, point, parentId);
    return parent === null ? null : toNode(parent, ctx.loaders);
  }

  @FieldResolver(() => [WBE], { description: 'the WBEs directly below this one, by code' })
  children(@Root() wbe: WBE, @Args(() => VersionArgs) args: VersionArgs, @Ctx() ctx: Context): WBE[] | Promise<WBE[]> {
    return childNodes(ctx, WbeKind, wbe.source.readPoint, wbe.id, args, byCode);
  }

  @FieldResolver(() => [CostElement], {
    description: 'the cost elements directly under this WBE (not under its children), by code',
  })
  costElements(
    @Root() wbe: WBE,
    @Args(() => VersionArgs) args: VersionArgs,
    @Ctx() ctx: Context,
  ): CostElement[] | Promise<CostElement[]> {
    return childNodes(ctx, CostElementKind, wbe.source.readPoint, wbe.id, args, byCode);
  }

  @FieldResolver(() => EVMMetrics, {
    description:
      "EVM figures of the WBE's whole subtree (its cost elements and its children's, at any depth), at the read point; control date defaults to the read point's date",
  })
  async evm(
    @Root() wbe: WBE,
    @Arg('at', () => DateScalar, { nullable: true, description: EVM_AT }) at: string | null,
    @Ctx() ctx: Context,
  ): Promise<EVMMetrics> {
    const point = wbe.source.readPoint;
    const date = at ?? point.date;
    const rollup = await ctx.loaders.evmRollup(point, date);
    return evmView(rollup.byWbe.get(wbe.id), date);
  }

  @FieldResolver(() => [EVMMetrics], { description: EVM_SERIES_DESCRIPTION })
  evmSeries(
    @Root() wbe: WBE,
    @Args(() => EvmSeriesArgs) range: EvmSeriesArgs,
    @Ctx() ctx: Context,
  ): Promise<EVMMetrics[]> {
    return evmSeriesView(ctx.loaders, wbe.source.readPoint, { of: 'wbe', id: wbe.id }, range);
  }
}

function byCode(a: { state: { code: string } }, b: { state: { code: string } }): number {
  return a.state.code.localeCompare(b.state.code);
}
