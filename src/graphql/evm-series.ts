/**
 * `evmSeries` on Project, WBE and CostElement: the S-curve at many control dates, computed in
 * one sweep (src/evm/series.ts) over the EVM inputs the read point loaded once, so a year of
 * weeks costs the statements of a single `evm(at:)`. Each point is what `evm(at:)` answers at
 * its date: the same element totals, summed over the same elements, derived and rounded alike.
 */
import { formatMetrics, metricsSeries, seriesDates, SeriesRangeError } from '../evm/index.js';
import { BadInputError } from '../shared/errors.js';
import type { ReadPoint } from '../versioning/types.js';
import type { Loaders } from './loaders.js';
import { SeriesInterval } from './types/enums.js';
import type { EVMMetrics } from './types/evm.type.js';

/** The description of every `evmSeries` field. */
export const EVM_SERIES_DESCRIPTION =
  'EVM figures at every control date of the range (at most 1,000), each exactly what `evm(at:)` answers at that date at this read point, computed in one pass over data read once; a reversed range or too many dates is BAD_USER_INPUT';

/** Which elements a series sums: the project's live tree, one WBE's subtree or one element. */
export type SeriesScope =
  | { readonly of: 'project' }
  | { readonly of: 'wbe'; readonly id: string }
  | { readonly of: 'element'; readonly id: string };

/** The dates of a series, or BAD_USER_INPUT naming the argument that makes it impossible. */
export function seriesControlDates(from: string, to: string, interval: SeriesInterval): string[] {
  try {
    return seriesDates(from, to, interval);
  } catch (error) {
    if (error instanceof SeriesRangeError) throw BadInputError.field(error.field, error.message);
    throw error;
  }
}

/** EVM figures of the scope at every date of the range, in date order. */
export async function evmSeriesView(
  loaders: Loaders,
  point: ReadPoint,
  scope: SeriesScope,
  range: { from: string; to: string; interval?: SeriesInterval | null },
): Promise<EVMMetrics[]> {
  // Refused before anything is read.
  const dates = seriesControlDates(range.from, range.to, range.interval ?? SeriesInterval.WEEK);
  const [snapshot, inputs] = await Promise.all([loaders.snapshot(point), loaders.evmInputs(point)]);
  const elementIds = elementsInScope(snapshot, scope);
  const elements = elementIds.flatMap((id) => {
    const input = inputs.get(id);
    return input === undefined ? [] : [input];
  });
  return metricsSeries(elements, dates).map((metrics) => formatMetrics(metrics));
}

interface TreeRows {
  readonly wbes: readonly { readonly id: string; readonly state: { readonly parentId: string | null } }[];
  readonly elements: readonly { readonly id: string; readonly state: { readonly wbeId: string } }[];
}

/**
 * The elements a roll-up counts (src/evm/rollup.ts): a WBE's subtree at any depth; for the
 * project every element whose WBE is in the tree (an element of a WBE the point does not
 * hold counts nowhere).
 */
function elementsInScope(tree: TreeRows, scope: SeriesScope): string[] {
  if (scope.of === 'element') return [scope.id];
  const wbeIds = new Set(tree.wbes.map((w) => w.id));
  if (scope.of === 'wbe') {
    const children = new Map<string, string[]>();
    for (const wbe of tree.wbes) {
      const parentId = wbe.state.parentId;
      if (parentId === null || !wbeIds.has(parentId)) continue;
      children.set(parentId, [...(children.get(parentId) ?? []), wbe.id]);
    }
    const subtree = new Set<string>();
    const queue = wbeIds.has(scope.id) ? [scope.id] : [];
    for (let i = 0; i < queue.length; i += 1) {
      const id = queue[i] ?? '';
      if (subtree.has(id)) continue;
      subtree.add(id);
      queue.push(...(children.get(id) ?? []));
    }
    return tree.elements.filter((e) => subtree.has(e.state.wbeId)).map((e) => e.id);
  }
  return tree.elements.filter((e) => wbeIds.has(e.state.wbeId)).map((e) => e.id);
}
