/**
 * A per-process memo of the subtree totals a diff's impact sums in the database, keyed by the
 * commit the side stands on (and its resolved lineage) and the control date. Honest because
 * history cannot change (DESIGN section 2): the versions a lineage sees are append-only rows
 * up to fixed sequence numbers, guarded by triggers against UPDATE, DELETE and TRUNCATE, so the
 * totals of a WBE's subtree at (commit, lineage, date) are the same for ever. The commit id is
 * part of the key, not only the sequence numbers: commit ids are random (UUID v7), so a
 * database restored to an earlier state and written again under the same sequence numbers
 * has other commit ids and is never answered from here.
 *
 * This is what makes the impact of a change order cost what the change costs at any project
 * size once the merge base has been summed: the before side is usually the merge base, a
 * commit shared by every review of the order (and by every order forked there). The first
 * review of a merge base still sums its affected subtrees (and, for `evmImpact`, the project);
 * docs/decisions/0017 reports both figures. Bounded: least recently used entries go first.
 */
import type { ProjectDiff as ProjectDiffRecord } from '../domain/change-control/change-control.service.js';
import { PROJECT_GROUP } from '../domain/change-control/impact-figures.store.js';
import type { EvmTotals } from '../evm/index.js';
import type { ReadPoint } from '../versioning/types.js';
import type { Loaders } from './loaders.js';

/** Subtree totals of one WBE (or of the project's live tree) are four rationals: ~1 kB at most. */
const DEFAULT_MAX_ENTRIES = 20_000;

/** Where a side's totals come from: the commit it stands on and its resolved lineage. */
export interface SumsKey {
  readonly commitId: string;
  readonly point: ReadPoint;
  readonly controlDate: string;
}

export class ImpactSumsCache {
  private readonly entries = new Map<string, EvmTotals | null>();
  private hitCount = 0;
  private missCount = 0;

  constructor(private maxEntries = DEFAULT_MAX_ENTRIES) {}

  /** Drops everything and keeps at most `maxEntries` from now on (0 turns the cache off). */
  resize(maxEntries: number): void {
    this.maxEntries = maxEntries;
    this.entries.clear();
  }

  get stats(): { entries: number; hits: number; misses: number } {
    return { entries: this.entries.size, hits: this.hitCount, misses: this.missCount };
  }

  /**
   * The totals of `groups` at `key`: those not memoized are computed by `compute` in one call
   * (groups absent from its answer are remembered as absent, i.e. not live at the point).
   */
  async totals(
    key: SumsKey,
    groups: readonly string[],
    compute: (missing: readonly string[]) => Promise<ReadonlyMap<string, EvmTotals>>,
  ): Promise<Map<string, EvmTotals>> {
    const prefix = JSON.stringify([
      key.point.projectId,
      key.commitId,
      key.point.lineage.map((s) => [s.branch, s.maxSeq]),
      key.controlDate,
    ]);
    const result = new Map<string, EvmTotals>();
    const missing: string[] = [];
    for (const group of new Set(groups)) {
      const entryKey = `${prefix}|${group}`;
      const found = this.entries.get(entryKey);
      if (found === undefined) {
        missing.push(group);
        continue;
      }
      this.hitCount += 1;
      // Refresh its place in the LRU order.
      this.entries.delete(entryKey);
      this.entries.set(entryKey, found);
      if (found !== null) result.set(group, found);
    }
    if (missing.length === 0) return result;
    this.missCount += missing.length;
    const computed = await compute(missing);
    for (const group of missing) {
      const totals = computed.get(group) ?? null;
      if (totals !== null) result.set(group, totals);
      this.remember(`${prefix}|${group}`, totals);
    }
    return result;
  }

  private remember(entryKey: string, totals: EvmTotals | null): void {
    if (this.maxEntries <= 0) return;
    this.entries.set(entryKey, totals);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done === true) break;
      this.entries.delete(oldest.value);
    }
  }
}

/** The process's memo (the bench and tests resize it to measure or exercise the uncached path). */
export const impactSumsCache = new ImpactSumsCache();

/** The commits the two sides stand on (before, after), as beforePoint and `to`. */
export function sideCommits(record: ProjectDiffRecord): [string | null, string | null] {
  const before = record.mode === 'THREE_DOT' ? (record.mergeBase?.commitId ?? null) : record.from.commitId;
  return [before, record.to.commitId];
}

/**
 * Subtree totals of `groups` (WBE ids, or PROJECT_GROUP for the project's live tree) at a
 * point, through the process's memo when the side stands on a commit (impact-sums-cache.ts):
 * only the groups not memoized are summed, in one statement.
 */
export function memoizedTotals(
  loaders: Loaders,
  point: ReadPoint,
  commitId: string | null,
  date: string,
  groups: readonly string[],
): Promise<Map<string, EvmTotals>> {
  const compute = (missing: readonly string[]) =>
    loaders.subtreeTotals(
      point,
      date,
      missing.filter((g) => g !== PROJECT_GROUP),
      missing.includes(PROJECT_GROUP),
    );
  if (commitId === null) return compute(groups);
  return impactSumsCache.totals({ commitId, point, controlDate: date }, groups, compute);
}
