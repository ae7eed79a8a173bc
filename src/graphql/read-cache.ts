import type { ReadPointResult } from '../versioning/read-point.js';
import type { AskedReadPoint, Loaders } from './loaders.js';

/**
 * Whole responses of reads of versioned data, reused while the read points they were read at
 * resolve to the same place in history (docs/decisions/0018). The versions a lineage sees
 * never change (DESIGN section 2), so a response is a function of the document, the variables,
 * the caller's role and the resolved read points: a read of the past resolves to the same
 * lineage forever, a read of a branch head to the head's sequence, which a new commit moves
 * (the next read misses, it never sees the old answer). Bounded by bytes, least recently
 * used out first.
 */

/** A cached answer for one role: the read points it depends on and the serialized `data`. */
export interface CachedVariant {
  refs: readonly Pick<AskedReadPoint, 'projectId' | 'ref'>[];
  /** What the refs resolved to when the answer was read (see `fingerprintOf`). */
  fingerprint: string;
  /** JSON of the response's `data`. */
  data: string;
}

interface Entry {
  variants: Map<string, CachedVariant>;
  bytes: number;
}

export interface ReadCacheStats {
  enabled: boolean;
  maxBytes: number;
  bytes: number;
  entries: number;
  hits: number;
  /** Cacheable reads that were executed: nothing stored yet, or stored for other read points. */
  misses: number;
  /** Of the misses: an answer was stored, but its read points now resolve elsewhere (e.g. a new head). */
  stale: number;
  stores: number;
  evictions: number;
}

/** Per-entry overhead beyond the strings (maps, the entry object), a rough constant. */
const ENTRY_OVERHEAD = 256;

export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private readonly counters = { hits: 0, misses: 0, stale: 0, stores: 0, evictions: 0 };

  constructor(readonly maxBytes: number) {}

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  /** The key of a request without its caller: document text, operation name and variables. */
  static keyOf(query: string, operationName: string | null | undefined, variables: unknown): string {
    return JSON.stringify([query, operationName ?? null, variables ?? null]);
  }

  /** Whether anything is stored for the request (for any role): checked before any statement. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** The stored answer for the role, marked as recently used; its read points are still to be checked. */
  candidate(key: string, role: string): CachedVariant | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.variants.get(role);
  }

  recordHit(): void {
    this.counters.hits += 1;
  }

  recordMiss(stale: boolean): void {
    this.counters.misses += 1;
    if (stale) this.counters.stale += 1;
  }

  /** Stores (or replaces) the role's answer; one larger than half the cap is not kept. */
  store(key: string, role: string, variant: CachedVariant): void {
    if (!this.enabled) return;
    const size = variantSize(variant);
    const entrySize = key.length + ENTRY_OVERHEAD;
    if (size + entrySize > this.maxBytes / 2) return;
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = { variants: new Map(), bytes: entrySize };
      this.entries.set(key, entry);
      this.bytes += entrySize;
    }
    const previous = entry.variants.get(role);
    if (previous !== undefined) {
      const old = variantSize(previous);
      entry.bytes -= old;
      this.bytes -= old;
    }
    entry.variants.set(role, variant);
    entry.bytes += size;
    this.bytes += size;
    this.counters.stores += 1;
    for (const [oldest, evicted] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= evicted.bytes;
      this.counters.evictions += 1;
    }
  }

  stats(): ReadCacheStats {
    return {
      enabled: this.enabled,
      maxBytes: this.maxBytes,
      bytes: this.bytes,
      entries: this.entries.size,
      ...this.counters,
    };
  }
}

/** A character outside Latin-1: V8 then keeps the whole string at two bytes per character. */
const TWO_BYTE = /[\u0100-\uffff]/;

/**
 * What a stored answer takes in memory: V8 keeps a string at one byte per character only when
 * every character is Latin-1, and at two otherwise (an en dash in one name is enough), so a
 * cap counted in characters would hold up to twice its size. The scan stops at the first such
 * character; an answer without one is scanned whole (under 1 ms per MB).
 */
function variantSize(variant: CachedVariant): number {
  const perChar = TWO_BYTE.test(variant.data) ? 2 : 1;
  return perChar * variant.data.length + variant.fingerprint.length + JSON.stringify(variant.refs).length;
}

/**
 * Where a read point resolved: its lineage (`key`), the project's horizon at a moment, and the
 * business date (the default EVM control date, today for a read of the head). Two equal
 * fingerprints read the same versions with the same defaults.
 */
function resultFingerprint(result: ReadPointResult): string {
  if (result.status !== 'ok') return result.status;
  const { point } = result;
  return `${point.key}|${point.horizon?.getTime() ?? '-'}|${point.date}`;
}

/** The read points a request resolved, in the order they were asked, with where each resolved. */
export async function askedFingerprint(
  loaders: Loaders,
): Promise<{ refs: CachedVariant['refs']; fingerprint: string }> {
  const asked = [...loaders.askedReadPoints.values()];
  const results = await Promise.all(asked.map((a) => a.result));
  return {
    refs: asked.map(({ projectId, ref }) => ({ projectId, ref })),
    fingerprint: results.map(resultFingerprint).join('\n'),
  };
}

/** Resolves a stored answer's read points again (on the request's own loaders) and fingerprints them. */
export async function currentFingerprint(loaders: Loaders, refs: CachedVariant['refs']): Promise<string> {
  const results = await Promise.all(
    refs.map(({ projectId, ref }) =>
      loaders.readPoint(projectId, {
        branch: ref.branch,
        asOf: ref.asOf === null ? null : new Date(ref.asOf),
        commitId: ref.commitId,
      }),
    ),
  );
  return results.map(resultFingerprint).join('\n');
}
