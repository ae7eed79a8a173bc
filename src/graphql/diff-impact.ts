/**
 * A diff's impact per WBE and on the schedule, from the figures of both sides at one control
 * date. What is reported is what the change reaches: the WBEs of the changed entities and
 * their ancestors. Their figures are sums over whole subtrees, so each side reads its tree
 * (WBEs and cost elements, through the request's snapshot) and the actuals of the top-level
 * subtrees the change reaches, by parent: one statement per kind and side on any project,
 * and no actuals of untouched top-level WBEs.
 */
import type { ProjectDiff as ProjectDiffRecord } from '../domain/change-control/change-control.service.js';
import type { CostElementState } from '../domain/kinds.js';
import {
  deriveMetrics,
  elementTotals,
  formatMoney,
  formatMoneyOrNull,
  rollupTotals,
  ZERO_TOTALS,
  type EvmTotals,
} from '../evm/index.js';
import type { SidedChange } from '../versioning/diff.js';
import type { ReadPoint, Versioned } from '../versioning/types.js';
import type { Loaders } from './loaders.js';
import type { ElementScheduleChange, ScheduleImpact, WBEImpact } from './types/readable-change.type.js';

interface WbeRow {
  readonly code: string;
  readonly name: string;
  readonly parentId: string | null;
}

/** One side's tree; empty where the project had no history yet. */
interface Side {
  readonly point: ReadPoint | null;
  readonly wbes: ReadonlyMap<string, WbeRow>;
  readonly elements: ReadonlyMap<string, CostElementState>;
  readonly elementRows: readonly Versioned<CostElementState>[];
}

const EMPTY: Side = { point: null, wbes: new Map(), elements: new Map(), elementRows: [] };

/** The `before` side of a diff: the merge base for THREE_DOT, `from` for TWO_DOT. */
export function beforePoint(record: ProjectDiffRecord): ReadPoint | null {
  return record.mode === 'THREE_DOT' ? (record.mergeBase?.point ?? null) : record.from.point;
}

async function sideOf(loaders: Loaders, point: ReadPoint | null): Promise<Side> {
  if (point === null || point.lineage.length === 0) return EMPTY;
  const snapshot = await loaders.snapshot(point);
  return {
    point,
    wbes: new Map(snapshot.wbes.map((w) => [w.id, w.state])),
    elements: new Map(snapshot.elements.map((e) => [e.id, e.state])),
    elementRows: snapshot.elements,
  };
}

/**
 * EVM totals per WBE subtree on a side, over the whole top-level subtrees that hold `wbeIds`
 * only: the actuals of the rest of the project are not read.
 */
async function subtreeTotals(
  loaders: Loaders,
  side: Side,
  wbeIds: ReadonlySet<string>,
  date: string,
): Promise<ReadonlyMap<string, EvmTotals>> {
  if (side.point === null) return new Map();
  const children = new Map<string, string[]>();
  const tops: string[] = [];
  for (const [id, wbe] of side.wbes) {
    if (wbe.parentId === null || !side.wbes.has(wbe.parentId)) tops.push(id);
    else children.set(wbe.parentId, [...(children.get(wbe.parentId) ?? []), id]);
  }
  const scope = new Set<string>();
  const queue = tops.filter((top) => [...wbeIds].some((id) => topOf(side, id) === top));
  for (let i = 0; i < queue.length; i += 1) {
    const id = queue[i] ?? '';
    if (scope.has(id)) continue;
    scope.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  const elements = side.elementRows.filter((e) => scope.has(e.state.wbeId));
  const inputs = await loaders.evmInputsOf(side.point, elements);
  const rollup = rollupTotals(
    [...scope].map((id) => ({ id, parentId: side.wbes.get(id)?.parentId ?? null })),
    elements.map((e) => {
      const input = inputs.get(e.id);
      return { id: e.id, wbeId: e.state.wbeId, totals: input === undefined ? ZERO_TOTALS : elementTotals(input, date) };
    }),
  );
  return rollup.byWbe;
}

/** The top-level WBE above a WBE on a side (itself when top-level; null when absent). */
function topOf(side: Side, wbeId: string): string | null {
  const seen = new Set<string>();
  let id = wbeId;
  for (;;) {
    if (!side.wbes.has(id) || seen.has(id)) return seen.size === 0 ? null : id;
    seen.add(id);
    const parentId = side.wbes.get(id)?.parentId ?? null;
    if (parentId === null || !side.wbes.has(parentId)) return id;
    id = parentId;
  }
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

/** The WBEs a change touches directly on either side: its own, its element's, its parent. */
function touchedWbes(change: SidedChange, before: Side, after: Side): string[] {
  const versions = [change.sides.before, change.sides.after];
  switch (change.entityType) {
    case 'WBE':
      return [change.entityId, ...versions.map((v) => stateOf(v, 'parentId'))].filter((id) => id !== null);
    case 'CostElement':
      return versions.map((v) => stateOf(v, 'wbeId')).filter((id) => id !== null);
    case 'CostRegistration':
    case 'ProgressEntry':
      return versions.flatMap((v, i) => {
        const elementId = stateOf(v, 'costElementId');
        const element = elementId === null ? undefined : (i === 0 ? before : after).elements.get(elementId);
        return element === undefined ? [] : [element.wbeId];
      });
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
  const [before, after] = await Promise.all([sideOf(loaders, beforePoint(record)), sideOf(loaders, record.to.point)]);
  const candidates = withAncestors(
    record.changes.flatMap((c) => touchedWbes(c, before, after)),
    [before, after],
  );
  const [totalsBefore, totalsAfter] = await Promise.all([
    subtreeTotals(loaders, before, candidates, date),
    subtreeTotals(loaders, after, candidates, date),
  ]);
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
  const [before, after] = await Promise.all([sideOf(loaders, beforePoint(record)), sideOf(loaders, record.to.point)]);
  const elements: ElementScheduleChange[] = [];
  for (const change of record.changes) {
    if (change.entityType !== 'CostElement') continue;
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
  const [spanBefore, spanAfter] = [span(before), span(after)];
  return {
    elements,
    projectStartBefore: spanBefore.start,
    projectStartAfter: spanAfter.start,
    projectEndBefore: spanBefore.end,
    projectEndAfter: spanAfter.end,
  };
}

/** Earliest planned start and latest planned end of the side's cost elements (ISO dates compare as text). */
function span(side: Side): { start: string | null; end: string | null } {
  let start: string | null = null;
  let end: string | null = null;
  for (const element of side.elements.values()) {
    if (start === null || element.plannedStart < start) start = element.plannedStart;
    if (end === null || element.plannedEnd > end) end = element.plannedEnd;
  }
  return { start, end };
}

function compareCodes(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const order = (a[i] ?? '').localeCompare(b[i] ?? '');
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
