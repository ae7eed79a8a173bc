/**
 * The after side of a diff's impact as the before side plus what the change adds: a subtree's
 * BAC, PV, EV and AC are sums over its elements, and an element the change did not touch (its
 * state, its actuals, its WBE) adds the same on both sides. So after = before + Σ over the
 * changed elements of their totals on the after side under their WBE there − their totals on
 * the before side under their WBE there. Only the changed elements and their actuals are read
 * (by id and by parent, batched). A change that moves, adds or removes a WBE carries whole
 * subtrees of untouched elements with it: then there is no delta and the caller sums the
 * after side as well.
 */
import type { ProjectDiff as ProjectDiffRecord } from '../domain/change-control/change-control.service.js';
import { CostElementKind } from '../domain/kinds.js';
import { elementTotals, subtractTotals, sumTotals, ZERO_TOTALS, type EvmTotals } from '../evm/index.js';
import type { ReadPoint, Versioned } from '../versioning/types.js';
import type { Loaders } from './loaders.js';

/** What one changed element adds to the subtrees above its WBE on one side. */
export interface Contribution {
  readonly wbeId: string;
  readonly totals: EvmTotals;
}

/** The changed elements' contributions on each side. */
export interface Contributions {
  readonly before: readonly Contribution[];
  readonly after: readonly Contribution[];
}

function text(version: Versioned | null, field: string): string | null {
  const value = version?.state[field];
  return typeof value === 'string' ? value : null;
}

/** Whether the change moves, adds or removes a WBE (renames do not change any figure). */
function reshapesTheTree(record: ProjectDiffRecord): boolean {
  return record.changes.some(
    (c) =>
      c.entityType === 'WBE' &&
      (c.sides.before === null ||
        c.sides.after === null ||
        text(c.sides.before, 'parentId') !== text(c.sides.after, 'parentId')),
  );
}

/**
 * The contributions of the elements the change touches (changed themselves, or an actual of
 * theirs changed) at `date` on both sides; null when the change reshapes the tree.
 */
export async function changedContributions(
  loaders: Loaders,
  record: ProjectDiffRecord,
  points: readonly [ReadPoint | null, ReadPoint | null],
  date: string,
): Promise<Contributions | null> {
  if (reshapesTheTree(record)) return null;
  const ids = new Set<string>();
  for (const change of record.changes) {
    if (change.entityType === 'CostElement') ids.add(change.entityId);
    if (change.entityType === 'CostRegistration' || change.entityType === 'ProgressEntry')
      for (const version of [change.sides.before, change.sides.after]) {
        const elementId = text(version, 'costElementId');
        if (elementId !== null) ids.add(elementId);
      }
  }
  const on = async (point: ReadPoint | null): Promise<Contribution[]> => {
    if (point === null || point.lineage.length === 0 || ids.size === 0) return [];
    const elements = (await Promise.all([...ids].map((id) => loaders.byId(CostElementKind, point, id)))).filter(
      (e) => e !== null,
    );
    const inputs = await loaders.evmInputsOf(point, elements);
    return elements.map((e) => {
      const input = inputs.get(e.id);
      return { wbeId: e.state.wbeId, totals: input === undefined ? ZERO_TOTALS : elementTotals(input, date) };
    });
  };
  const [before, after] = await Promise.all([on(points[0]), on(points[1])]);
  return { before, after };
}

/** The WBE and its ancestors in a side's WBE map (parent links of the paths read). */
function selfAndAncestors(wbes: ReadonlyMap<string, { parentId: string | null }>, wbeId: string): Set<string> {
  const result = new Set<string>();
  for (
    let id: string | null = wbeId;
    id !== null && wbes.has(id) && !result.has(id);
    id = wbes.get(id)?.parentId ?? null
  )
    result.add(id);
  return result;
}

/**
 * After-side subtree totals of `wbeIds` (those live on the after side) from the before side's:
 * before + what the changed elements add under each WBE on the after side − what they added
 * under it on the before side.
 */
export function shiftedTotals(
  totalsBefore: ReadonlyMap<string, EvmTotals>,
  contributions: Contributions,
  wbes: {
    before: ReadonlyMap<string, { parentId: string | null }>;
    after: ReadonlyMap<string, { parentId: string | null }>;
  },
  wbeIds: Iterable<string>,
): Map<string, EvmTotals> {
  const under = (side: readonly Contribution[], map: ReadonlyMap<string, { parentId: string | null }>) =>
    side.map((c) => ({ totals: c.totals, above: selfAndAncestors(map, c.wbeId) }));
  const [before, after] = [under(contributions.before, wbes.before), under(contributions.after, wbes.after)];
  const result = new Map<string, EvmTotals>();
  for (const id of wbeIds) {
    if (!wbes.after.has(id)) continue;
    const added = sumTotals([
      totalsBefore.get(id) ?? ZERO_TOTALS,
      ...after.filter((c) => c.above.has(id)).map((c) => c.totals),
    ]);
    result.set(id, subtractTotals(added, sumTotals(before.filter((c) => c.above.has(id)).map((c) => c.totals))));
  }
  return result;
}

/** After-side project totals: before + what the changed elements add where their WBE is live − what they added before. */
export function shiftedProjectTotals(
  projectBefore: EvmTotals,
  contributions: Contributions,
  wbes: { before: ReadonlyMap<string, unknown>; after: ReadonlyMap<string, unknown> },
): EvmTotals {
  const counted = (side: readonly Contribution[], map: ReadonlyMap<string, unknown>) =>
    side.filter((c) => map.has(c.wbeId)).map((c) => c.totals);
  return subtractTotals(
    sumTotals([projectBefore, ...counted(contributions.after, wbes.after)]),
    sumTotals(counted(contributions.before, wbes.before)),
  );
}
