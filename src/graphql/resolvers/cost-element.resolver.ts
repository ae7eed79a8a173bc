import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  CostElementKind,
  CostRegistrationKind,
  ProgressEntryKind,
  type CostRegistrationState,
  type ProgressEntryState,
} from '../../domain/kinds.js';
import { childNodes, type NodeOrder } from '../child-nodes.js';
import type { Context } from '../context.js';
import { evmView } from '../evm-view.js';
import { EVM_SERIES_DESCRIPTION, evmSeriesView } from '../evm-series.js';
import { EVM_AT } from '../descriptions.js';
import { DateScalar } from '../scalars.js';
import { EVMMetrics } from '../types/evm.type.js';
import { CostElementCreateInput, CostElementUpdateInput, EvmSeriesArgs, VersionArgs } from '../types/inputs.js';
import { CostElement, CostRegistration, ProgressEntry, WBE } from '../types/project-data.type.js';
import { versionedResolver } from './versioned-api.js';

/** The root query and the writes of cost elements. */
export const CostElementApi = versionedResolver({
  kind: CostElementKind,
  history: true,
  node: () => CostElement,
  root: {
    name: 'costElement',
    description:
      "One cost element at a read point (its project's branch and moment, or a commit); its children inherit that point. null when no such element exists there (never created, not yet created, or deleted)",
    id: "the cost element's id",
  },
  create: {
    name: 'createCostElement',
    description: 'Adds a cost element under a WBE on a branch, in one commit; answers its first state',
    input: () => CostElementCreateInput,
    inputDescription: 'the new cost element',
  },
  update: {
    name: 'updateCostElement',
    description: "Changes a cost element's fields or moves it under another WBE, in one commit; answers the new state",
    input: () => CostElementUpdateInput,
    id: "the cost element's id; NOT_FOUND when it does not exist on the branch",
  },
  delete: {
    name: 'deleteCostElement',
    description: 'removes the cost element with its costs and progress entries, in one commit; answers that commit',
    id: "the cost element's id; NOT_FOUND when it does not exist on the branch",
  },
  parent: {
    name: 'wbe',
    node: () => WBE,
    description: 'null only where an explicit branch/asOf points where the WBE does not exist',
  },
});

@Resolver(() => CostElement)
export class CostElementResolver {
  @FieldResolver(() => [CostRegistration], {
    description: 'the actual costs recorded on this element, by incurredOn (then in the order recorded)',
  })
  costRegistrations(
    @Root() element: CostElement,
    @Args(() => VersionArgs) args: VersionArgs,
    @Ctx() ctx: Context,
  ): CostRegistration[] | Promise<CostRegistration[]> {
    return childNodes(ctx, CostRegistrationKind, element.source.readPoint, element.id, args, byIncurredOn);
  }

  @FieldResolver(() => [ProgressEntry], {
    description: 'the progress measurements of this element, by measuredOn (then in the order recorded)',
  })
  progressEntries(
    @Root() element: CostElement,
    @Args(() => VersionArgs) args: VersionArgs,
    @Ctx() ctx: Context,
  ): ProgressEntry[] | Promise<ProgressEntry[]> {
    return childNodes(ctx, ProgressEntryKind, element.source.readPoint, element.id, args, byMeasuredOn);
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
}

/** Registrations by the day incurred, then in the order recorded. */
const byIncurredOn: NodeOrder<CostRegistrationState> = (a, b) =>
  byDay(a.state.incurredOn, b.state.incurredOn) || a.seq - b.seq;

/** Progress entries by the day measured, then in the order recorded. */
const byMeasuredOn: NodeOrder<ProgressEntryState> = (a, b) =>
  byDay(a.state.measuredOn, b.state.measuredOn) || a.seq - b.seq;

/** Calendar days as the database writes them (YYYY-MM-DD): their text order is their order, without ICU collation. */
function byDay(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
