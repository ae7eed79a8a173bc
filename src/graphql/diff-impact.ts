/**
 * A diff's impact per WBE, on the project and on the schedule, from the figures of both sides
 * at one control date, read in proportion to the change. What can change are the figures of
 * the WBEs above the changed entities: each side reads the changed entities' WBEs and their
 * ancestor paths (by id, one batched statement per level, shared with the changes' sides),
 * and the subtree totals of those WBEs, summed by the database in one statement per side
 * (impact-figures.store.ts) that returns a few rows per WBE: no version of an untouched WBE,
 * element or actual is read into the process. Project figures and the planned span are sums
 * of the same kind over the live tree. Exact: see src/evm/grouped-totals.ts.
 */
import { PROJECT_GROUP } from '../domain/change-control/impact-figures.store.js';
import type { ProjectDiff as ProjectDiffRecord } from '../domain/change-control/change-control.service.js';
import { CostElementKind, WbeKind } from '../domain/kinds.js';
import {
  deriveMetrics,
  eac,
  formatMoney,
  formatMoneyOrNull,
  Rational,
  ZERO_TOTALS,
  type EvmTotals,
} from '../evm/index.js';
import type { SidedChange } from '../versioning/diff.js';
import type { ReadPoint, Versioned } from '../versioning/types.js';
import { changedContributions, shiftedProjectTotals, shiftedTotals } from './impact-deltas.js';
import { memoizedTotals, sideCommits } from './impact-sums-cache.js';
import type { Loaders } from './loaders.js';
import type { ElementScheduleChange, ScheduleImpact, WBEImpact } from './types/readable-change.type.js';

/** Deeper than any real WBS; a corrupt parent cycle stops here instead of looping. */
const MAX_DEPTH = 1_000;

interface WbeRow {
  readonly code: string;
  readonly name: string;
  readonly parentId: string | null;
}

/** One side: its point (null where the project had no history yet) and the WBEs on the paths read. */
interface Side {
  readonly point: ReadPoint | null;
  /** The commit the side stands on: with the point, the key of its memoized sums. */
  readonly commitId: string | null;
  readonly wbes: ReadonlyMap<string, WbeRow>;
}

/** The `before` side of a diff: the merge base for THREE_DOT, `from` for TWO_DOT. */
export function beforePoint(record: ProjectDiffRecord): ReadPoint | null {
  return record.mode === 'THREE_DOT' ? (record.mergeBase?.point ?? null) : record.from.point;
}

function readable(point: ReadPoint | null): ReadPoint | null {
  return point === null || point.lineage.length === 0 ? null : point;
}

/** The live WBEs `wbeIds` at a point and all their ancestors, read level by level by id. */
async function sideOf(
  loaders: Loaders,
  point: ReadPoint | null,
  commitId: string | null,
  wbeIds: Iterable<string>,
): Promise<Side> {
  const wbes = new Map<string, WbeRow>();
  const at = readable(point);
  if (at === null) return { point: null, commitId, wbes };
  let level = [...new Set(wbeIds)];
  for (let depth = 0; level.length > 0 && depth < MAX_DEPTH; depth += 1) {
    const found = await Promise.all(level.map((id) => loaders.byId(WbeKind, at, id)));
    const next = new Set<string>();
    for (const wbe of found) {
      if (wbe === null || wbes.has(wbe.id)) continue;
      wbes.set(wbe.id, { code: wbe.state.code, name: wbe.state.name, parentId: wbe.state.parentId });
      if (wbe.state.parentId !== null && !wbes.has(wbe.state.parentId)) next.add(wbe.state.parentId);
    }
    level = [...next];
  }
  return { point: at, commitId, wbes };
}

/** EVM totals of the subtrees of the side's WBEs among `wbeIds` (zero for the others). */
async function subtreeTotals(
  loaders: Loaders,
  side: Side,
  wbeIds: ReadonlySet<string>,
  date: string,
): Promise<ReadonlyMap<string, EvmTotals>> {
  if (side.point === null) return new Map();
  const live = [...wbeIds].filter((id) => side.wbes.has(id));
  return live.length === 0 ? new Map() : memoizedTotals(loaders, side.point, side.commitId, date, live);
}

/** Codes of a WBE and its ancestors on a side, top-level first. */
function pathOf(side: Side, wbeId: string | null): string[] {
  const codes: string[] = [];
  const seen = new Set<string>();
  for (let id = wbeId; id !== null && !seen.has(id);) {
    seen.add(id);
    const wbe = side.wbes.get(id);
    if (wbe === undefined) break;
    codes.push(wbe.code);
    id = wbe.parentId;
  }
  return codes.reverse();
}

function stateOf(version: Versioned | null, field: string): string | null {
  const value = version?.state[field];
  return typeof value === 'string' ? value : null;
}

/**
 * The WBEs a change touches directly on either side: its own, its parent, an element's WBE,
 * an actual's element's WBE on that side (its element read by id, batched).
 */
async function touchedWbes(loaders: Loaders, change: SidedChange, points: (ReadPoint | null)[]): Promise<string[]> {
  const versions = [change.sides.before, change.sides.after];
  switch (change.entityType) {
    case 'WBE':
      return [change.entityId, ...versions.map((v) => stateOf(v, 'parentId'))].filter((id) => id !== null);
    case 'CostElement':
      return versions.map((v) => stateOf(v, 'wbeId')).filter((id) => id !== null);
    case 'CostRegistration':
    case 'ProgressEntry': {
      const elements = await Promise.all(
        versions.map((v, i) => {
          const elementId = stateOf(v, 'costElementId');
          const point = readable(points[i] ?? null);
          return elementId === null || point === null ? null : loaders.byId(CostElementKind, point, elementId);
        }),
      );
      return elements.flatMap((element) => (element === null ? [] : [element.state.wbeId]));
    }
    default:
      // The project itself, and kinds that hold no budget, cost or progress: no WBE's figures move.
      return [];
  }
}

function withAncestors(ids: Iterable<string>, sides: readonly Side[]): Set<string> {
  const result = new Set<string>();
  for (const start of ids) {
    for (const side of sides) {
      const seen = new Set<string>();
      for (let id: string | null = start; id !== null && !seen.has(id); id = side.wbes.get(id)?.parentId ?? null) {
        seen.add(id);
        result.add(id);
      }
    }
  }
  return result;
}

/** Every WBE whose BAC, EAC or PV at `date` differ between the sides, and their ancestors. */
export async function wbeImpacts(loaders: Loaders, record: ProjectDiffRecord, date: string): Promise<WBEImpact[]> {
  const points = [beforePoint(record), record.to.point];
  const commits = sideCommits(record);
  const touched = (await Promise.all(record.changes.map((c) => touchedWbes(loaders, c, points)))).flat();
  const [before, after] = await Promise.all(
    points.map((point, i) => sideOf(loaders, point, commits[i] ?? null, touched)),
  );
  if (before === undefined || after === undefined) return [];
  const candidates = withAncestors(touched, [before, after]);
  // The after side is the before side plus the changed elements' deltas, unless WBEs moved.
  const [totalsBefore, contributions] = await Promise.all([
    subtreeTotals(loaders, before, candidates, date),
    changedContributions(loaders, record, [before.point, after.point], date),
  ]);
  const totalsAfter =
    contributions === null
      ? await subtreeTotals(loaders, after, candidates, date)
      : shiftedTotals(totalsBefore, contributions, { before: before.wbes, after: after.wbes }, candidates);
  const figures = (side: Side, id: string) =>
    deriveMetrics((side === before ? totalsBefore : totalsAfter).get(id) ?? ZERO_TOTALS, date);
  const changed = [...candidates].filter((id) => {
    const [b, a] = [figures(before, id), figures(after, id)];
    const sameEac = b.eac === null || a.eac === null ? b.eac === a.eac : b.eac.equals(a.eac);
    return !b.bac.equals(a.bac) || !b.pv.equals(a.pv) || !sameEac;
  });
  const reported = withAncestors(changed, [before, after]);
  const impacts = [...reported].flatMap((id): WBEImpact[] => {
    const side = after.wbes.has(id) ? after : before;
    const wbe = side.wbes.get(id);
    if (wbe === undefined) return [];
    const [b, a] = [figures(before, id), figures(after, id)];
    return [
      {
        wbeId: id,
        code: wbe.code,
        name: wbe.name,
        path: pathOf(side, wbe.parentId),
        bacBefore: formatMoney(b.bac),
        bacAfter: formatMoney(a.bac),
        bacDelta: formatMoney(a.bac.sub(b.bac)),
        eacBefore: formatMoneyOrNull(b.eac),
        eacAfter: formatMoneyOrNull(a.eac),
        eacDelta: b.eac === null || a.eac === null ? null : formatMoney(a.eac.sub(b.eac)),
        pvBefore: formatMoney(b.pv),
        pvAfter: formatMoney(a.pv),
        pvDelta: formatMoney(a.pv.sub(b.pv)),
      },
    ];
  });
  return impacts.sort((x, y) => compareCodes([...x.path, x.code], [...y.path, y.code]));
}

/** The planned dates the diff moves, and the project's planned span on each side. */
export async function scheduleImpact(loaders: Loaders, record: ProjectDiffRecord): Promise<ScheduleImpact> {
  const points = [beforePoint(record), record.to.point].map(readable);
  const moved = record.changes.filter((c) => c.entityType === 'CostElement');
  const wbeIds = moved.flatMap((c) => [stateOf(c.sides.before, 'wbeId'), stateOf(c.sides.after, 'wbeId')]);
  const [[before, after], [spanBefore, spanAfter]] = await Promise.all([
    Promise.all(
      points.map((point) =>
        sideOf(
          loaders,
          point,
          null,
          wbeIds.filter((id) => id !== null),
        ),
      ),
    ),
    Promise.all(points.map((point) => (point === null ? { start: null, end: null } : loaders.plannedSpan(point)))),
  ]);
  if (before === undefined || after === undefined || spanBefore === undefined || spanAfter === undefined)
    throw new Error('a diff has two sides');
  const elements: ElementScheduleChange[] = [];
  for (const change of moved) {
    const [b, a] = [change.sides.before, change.sides.after];
    const dates = {
      plannedStartBefore: stateOf(b, 'plannedStart'),
      plannedStartAfter: stateOf(a, 'plannedStart'),
      plannedEndBefore: stateOf(b, 'plannedEnd'),
      plannedEndAfter: stateOf(a, 'plannedEnd'),
    };
    if (dates.plannedStartBefore === dates.plannedStartAfter && dates.plannedEndBefore === dates.plannedEndAfter)
      continue;
    const shown = a ?? b;
    elements.push({
      costElementId: change.entityId,
      code: stateOf(shown, 'code') ?? '',
      name: stateOf(shown, 'name') ?? '',
      path: pathOf(a === null ? before : after, stateOf(shown, 'wbeId')),
      ...dates,
    });
  }
  elements.sort((x, y) => compareCodes([...x.path, x.code], [...y.path, y.code]));
  return {
    elements,
    projectStartBefore: spanBefore.start,
    projectStartAfter: spanAfter.start,
    projectEndBefore: spanBefore.end,
    projectEndAfter: spanAfter.end,
  };
}

/**
 * The project's BAC and EAC on both sides at the later side's date: the sums of the live tree
 * of each side, summed by the database (one statement per side, a few rows).
 */
export async function evmImpact(
  loaders: Loaders,
  record: ProjectDiffRecord,
): Promise<{
  bacBefore: string;
  bacAfter: string;
  bacDelta: string;
  eacBefore: string | null;
  eacAfter: string | null;
  eacDelta: string | null;
}> {
  const date = record.from.point.date > record.to.point.date ? record.from.point.date : record.to.point.date;
  const points = [readable(beforePoint(record)), readable(record.to.point)] as const;
  const commits = sideCommits(record);
  const sum = async (point: ReadPoint | null, commitId: string | null): Promise<EvmTotals> =>
    point === null
      ? ZERO_TOTALS
      : ((await memoizedTotals(loaders, point, commitId, date, [PROJECT_GROUP])).get(PROJECT_GROUP) ?? ZERO_TOTALS);
  const [totalsBefore, contributions] = await Promise.all([
    sum(points[0], commits[0]),
    changedContributions(loaders, record, points, date),
  ]);
  let totalsAfter: EvmTotals;
  if (contributions === null || points[1] === null) {
    totalsAfter = await sum(points[1], commits[1]);
  } else {
    // Where the changed elements' WBEs are live on each side (what the roll-up counts).
    const wbeIdsOf = (list: readonly { wbeId: string }[]) => list.map((c) => c.wbeId);
    const [before, after] = await Promise.all([
      sideOf(loaders, points[0], commits[0], wbeIdsOf(contributions.before)),
      sideOf(loaders, points[1], commits[1], wbeIdsOf(contributions.after)),
    ]);
    totalsAfter = shiftedProjectTotals(totalsBefore, contributions, { before: before.wbes, after: after.wbes });
  }
  const figures = (point: ReadPoint | null, totals: EvmTotals) =>
    point === null ? { bac: Rational.ZERO, eac: null } : { bac: totals.bac, eac: eac(totals) };
  const [before, after] = [figures(points[0], totalsBefore), figures(points[1], totalsAfter)];
  return {
    bacBefore: formatMoney(before.bac),
    bacAfter: formatMoney(after.bac),
    bacDelta: formatMoney(after.bac.sub(before.bac)),
    eacBefore: formatMoneyOrNull(before.eac),
    eacAfter: formatMoneyOrNull(after.eac),
    eacDelta: before.eac === null || after.eac === null ? null : formatMoney(after.eac.sub(before.eac)),
  };
}

function compareCodes(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const order = (a[i] ?? '').localeCompare(b[i] ?? '');
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
