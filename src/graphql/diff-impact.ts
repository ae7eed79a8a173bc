/**
 * A diff's impact per WBE and on the schedule, from the figures of both sides at one control
 * date. The figures of a WBE are sums over its whole subtree, so each side's project data is
 * read once through the request's loaders (the statements of one `evm(at:)` per side, the same
 * on any project, and shared with `evmImpact`); what is reported is limited to what the
 * change reaches: the WBEs of the changed entities and their ancestors.
 */
import type { ProjectDiff as ProjectDiffRecord } from '../domain/change-control/change-control.service.js';
import type { CostElementState } from '../domain/kinds.js';
import {
  deriveMetrics,
  formatMoney,
  formatMoneyOrNull,
  ZERO_TOTALS,
  type EvmTotals,
  type Rollup,
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

/** One side's tree and figures; empty where the project had no history yet. */
interface Side {
  readonly wbes: ReadonlyMap<string, WbeRow>;
  readonly elements: ReadonlyMap<string, CostElementState>;
  readonly rollup: Rollup<EvmTotals> | null;
}

const EMPTY: Side = { wbes: new Map(), elements: new Map(), rollup: null };

/** The `before` side of a diff: the merge base for THREE_DOT, `from` for TWO_DOT. */
export function beforePoint(record: ProjectDiffRecord): ReadPoint | null {
  return record.mode === 'THREE_DOT' ? (record.mergeBase?.point ?? null) : record.from.point;
}

async function sideOf(loaders: Loaders, point: ReadPoint | null, date: string | null): Promise<Side> {
  if (point === null || point.lineage.length === 0) return EMPTY;
  const [snapshot, rollup] = await Promise.all([
    loaders.snapshot(point),
    date === null ? Promise.resolve(null) : loaders.evmRollup(point, date),
  ]);
  return {
    wbes: new Map(snapshot.wbes.map((w) => [w.id, w.state])),
    elements: new Map(snapshot.elements.map((e) => [e.id, e.state])),
    rollup,
  };
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
    case 'Project':
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
  const [before, after] = await Promise.all([
    sideOf(loaders, beforePoint(record), date),
    sideOf(loaders, record.to.point, date),
  ]);
  const figures = (side: Side, id: string) => deriveMetrics(side.rollup?.byWbe.get(id) ?? ZERO_TOTALS, date);
  const candidates = withAncestors(
    record.changes.flatMap((c) => touchedWbes(c, before, after)),
    [before, after],
  );
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
  const [before, after] = await Promise.all([
    sideOf(loaders, beforePoint(record), null),
    sideOf(loaders, record.to.point, null),
  ]);
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
