/**
 * Subtree sums at a resolved lineage, kept per process (docs/decisions/0017). A lineage is a
 * list of (branch, highest sequence) steps, and what is visible there never changes: version
 * rows are append-only, a branch is never deleted or renamed (it is archived), commits are
 * unique per (project, branch, seq) and a write appends above the branch's head, so every
 * version at or below a step's sequence was committed before the head said so (DESIGN
 * section 2: past reads are stable). Sums at a lineage and a control date are therefore the
 * same forever, and a diff's before side (the merge base, shared by every change order forked
 * from the same main commit) is summed once per process instead of on every review.
 *
 * Bounded (least recently used first out), scoped to the database (two databases in one
 * process, as in tests, share nothing), and a failed read is not kept.
 */
import type { GroupedSums } from '../../evm/index.js';
import type { LineageStep } from '../../versioning/types.js';

/** Entries kept: each is a few rows per WBE asked for; a review needs one or two. */
export const IMPACT_FIGURES_CACHE_SIZE = 256;

type Figures = Promise<Map<string, GroupedSums>>;

const entries = new Map<string, Figures>();
const scopeIds = new WeakMap<object, number>();
let nextScope = 0;

function scopeId(scope: object): number {
  let id = scopeIds.get(scope);
  if (id === undefined) {
    nextScope += 1;
    id = nextScope;
    scopeIds.set(scope, id);
  }
  return id;
}

/** What a sum is asked for: its key (the WBE ids in any order name the same sum). */
export interface FiguresKey {
  scope: object;
  projectId: string;
  lineage: readonly LineageStep[];
  controlDate: string;
  wbeIds: readonly string[];
  project: boolean;
}

function keyOf(k: FiguresKey): string {
  return JSON.stringify([
    scopeId(k.scope),
    k.projectId,
    k.lineage.map((s) => [s.branch, s.maxSeq]),
    k.controlDate,
    k.project,
    [...new Set(k.wbeIds)].sort(),
  ]);
}

/** The cached sums for `key`, or those `read` returns (kept unless it fails). */
export function cachedFigures(key: FiguresKey, read: () => Figures): Figures {
  const k = keyOf(key);
  const hit = entries.get(k);
  if (hit !== undefined) {
    entries.delete(k);
    entries.set(k, hit);
    return hit;
  }
  const figures = read();
  entries.set(k, figures);
  figures.catch(() => {
    if (entries.get(k) === figures) entries.delete(k);
  });
  while (entries.size > IMPACT_FIGURES_CACHE_SIZE) {
    const oldest = entries.keys().next().value;
    if (oldest === undefined) break;
    entries.delete(oldest);
  }
  return figures;
}

/** Empties the cache: for measuring the uncached cost (bench/review.ts) and for tests. */
export function forgetImpactFigures(): void {
  entries.clear();
}

/** Entries held now (tests). */
export function impactFiguresCached(): number {
  return entries.size;
}
