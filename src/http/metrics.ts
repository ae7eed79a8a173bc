import type { ReadCacheStats } from '../graphql/read-cache.js';

/** The read cache's counters as Prometheus text (GET /metrics). */
export function metricsText(stats: ReadCacheStats): string {
  const lines = [
    ['backcast_read_cache_enabled', 'gauge', 'whether the read cache is on (READ_CACHE_MB > 0)', stats.enabled ? 1 : 0],
    ['backcast_read_cache_max_bytes', 'gauge', 'memory cap of the read cache', stats.maxBytes],
    ['backcast_read_cache_bytes', 'gauge', 'bytes the stored answers take (approximately)', stats.bytes],
    ['backcast_read_cache_entries', 'gauge', 'documents with stored answers', stats.entries],
    ['backcast_read_cache_hits_total', 'counter', 'cacheable reads answered from the cache', stats.hits],
    ['backcast_read_cache_misses_total', 'counter', 'cacheable reads that were executed', stats.misses],
    [
      'backcast_read_cache_stale_total',
      'counter',
      'misses whose stored answer was read at other read points',
      stats.stale,
    ],
    ['backcast_read_cache_stores_total', 'counter', 'answers stored', stats.stores],
    ['backcast_read_cache_evictions_total', 'counter', 'documents dropped to stay under the cap', stats.evictions],
  ] as const;
  return lines
    .map(([name, type, help, value]) => `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n${name} ${value}\n`)
    .join('');
}
