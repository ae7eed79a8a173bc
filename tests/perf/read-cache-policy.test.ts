/**
 * What the read cache may store (deny by default) and how it stays under its memory cap:
 * pure, no database.
 */
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cacheableDocuments } from '../../src/graphql/cacheable-reads.js';
import { ReadCache, type CachedVariant } from '../../src/graphql/read-cache.js';
import { getSchema } from '../../src/graphql/schema.js';

const variant = (data: string): CachedVariant => ({
  refs: [{ projectId: 'p', ref: { branch: 'main', asOf: null, commitId: null } }],
  fingerprint: 'p@main:1|-|2026-12-02',
  data,
});

describe('cacheable documents', () => {
  it('allows versioned reads (fragments, interfaces, __typename, @include) and nothing else', async () => {
    const cacheable = cacheableDocuments(await getSchema());
    const yes = [
      '{ project(id: "00000000-0000-0000-0000-000000000001") { id __typename budget evm { bac cpi } allWbes { ...W } } } fragment W on WBE { code costElements { budget costRegistrations { amount } } }',
      'query Q($e: Boolean!) { wbe(id: "00000000-0000-0000-0000-000000000001") { ... on Versioned { version commit { id message committedAt parents { id } } } nodeId name @include(if: $e) } }',
      '{ costElement(id: "00000000-0000-0000-0000-000000000001", branch: "x") { history { budget validTo } wbe(branch: "main") { project { name } } } }',
    ];
    const no = [
      '{ project(id: "00000000-0000-0000-0000-000000000001") { branches { name } } }',
      '{ project(id: "00000000-0000-0000-0000-000000000001") { commit { author { fullName } } } }',
      '{ project(id: "00000000-0000-0000-0000-000000000001") { commit { containedInBranches { name } } } }',
      '{ projects { edges { node { id } } } }',
      '{ me { id } }',
      '{ node(nodeId: "x") { nodeId } }',
      '{ __schema { queryType { name } } }',
      '{ project(id: "00000000-0000-0000-0000-000000000001") { id } } mutation M { login(email: "a", password: "b") { token } }',
    ];
    for (const text of yes) expect(cacheable(parse(text)), text).toBe(true);
    for (const text of no) expect(cacheable(parse(text)), text).toBe(false);
  });
});

describe('read cache memory', () => {
  it('evicts the least recently used documents to stay under its cap, and keeps roles apart', () => {
    const cache = new ReadCache(10_000);
    const body = 'x'.repeat(2_000);
    for (const key of ['a', 'b', 'c', 'd']) cache.store(key, 'VIEWER', variant(body));
    expect(cache.candidate('a', 'VIEWER')?.data).toBe(body);
    expect(cache.candidate('a', 'ADMIN')).toBeUndefined();
    cache.store('e', 'VIEWER', variant(body));
    cache.store('f', 'VIEWER', variant(body));
    const stats = cache.stats();
    expect(stats.bytes).toBeLessThanOrEqual(10_000);
    expect(stats.evictions).toBeGreaterThan(0);
    // `a` was used after b, c and d: they go first.
    expect(cache.has('a')).toBe(true);
    expect(cache.has('b')).toBe(false);
    expect(cache.has('f')).toBe(true);
  });

  it('counts an answer with a character outside Latin-1 at two bytes per character, as V8 stores it', () => {
    const cache = new ReadCache(10_000);
    const latin = 'é'.repeat(2_000);
    const wide = `${'x'.repeat(1_999)}–`;
    cache.store('latin', 'VIEWER', variant(latin));
    const one = cache.stats().bytes;
    cache.store('wide', 'VIEWER', variant(wide));
    expect(cache.stats().bytes - one).toBeGreaterThanOrEqual(2 * wide.length);
    expect(one).toBeLessThan(2 * latin.length);
    // 2,000 two-byte characters are 4,000 bytes: a third one does not fit beside two others.
    for (const key of ['a', 'b', 'c']) cache.store(key, 'VIEWER', variant('–'.repeat(2_000)));
    expect(cache.stats().bytes).toBeLessThanOrEqual(10_000);
    expect(cache.has('latin')).toBe(false);
  });

  it('does not keep an answer larger than half its cap, and stores nothing when off', () => {
    const cache = new ReadCache(10_000);
    cache.store('big', 'ADMIN', variant('x'.repeat(6_000)));
    expect(cache.has('big')).toBe(false);
    const off = new ReadCache(0);
    off.store('a', 'ADMIN', variant('{}'));
    expect(off.has('a')).toBe(false);
    expect(off.stats().enabled).toBe(false);
  });
});
