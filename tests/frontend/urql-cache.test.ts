/**
 * The same as apollo-cache.test.ts with urql and Graphcache: the README's `keys` keep every
 * read point apart in one normalised cache; Graphcache's default keys (`id`) mix them.
 */
import { Client, fetchExchange, type Exchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FrontendTreeDocument, type FrontendTreeQuery } from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { frontendReads, readmeCache, serverTree, withoutTypenames, type FrontendRead } from './front-end-reads.js';

let t: TestApp;
let reads: FrontendRead[];

beforeAll(async () => {
  t = await createTestApp();
  reads = await frontendReads(t);
});

afterAll(async () => {
  await t?.close();
});

function client(cache: Exchange): Client {
  return new Client({
    url: t.url,
    exchanges: [cache, fetchExchange],
    preferGetMethod: false,
    fetchOptions: { headers: { authorization: `Bearer ${t.users.VIEWER.token}` } },
  });
}

interface Round {
  name: string;
  server: FrontendTreeQuery;
  fromCache: unknown;
}

/** Every read point into one cache, then each again from the cache alone; and Graphcache's warnings. */
async function readAllThenFromCache(cache: Exchange): Promise<{ rounds: Round[]; warnings: string[] }> {
  const warnings: string[] = [];
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  });
  try {
    const urql = client(cache);
    const servers: FrontendTreeQuery[] = [];
    for (const read of reads) {
      servers.push(await serverTree(t, read));
      const result = await urql
        .query(FrontendTreeDocument, read.variables, { requestPolicy: 'network-only' })
        .toPromise();
      expect(result.error, read.name).toBeUndefined();
    }
    const rounds: Round[] = [];
    for (const [i, read] of reads.entries()) {
      const cached = await urql
        .query(FrontendTreeDocument, read.variables, { requestPolicy: 'cache-only' })
        .toPromise();
      rounds.push({
        name: read.name,
        server: servers[i] as FrontendTreeQuery,
        fromCache: withoutTypenames(cached.data),
      });
    }
    return { rounds, warnings };
  } finally {
    warn.mockRestore();
  }
}

describe('urql Graphcache with the documented keys', () => {
  it('answers every read point from one cache exactly as the server did', async () => {
    const documented = readmeCache<typeof cacheExchange, Exchange>(
      "import { cacheExchange } from '@urql/exchange-graphcache';",
      'cacheExchange',
      cacheExchange,
    );
    const { rounds, warnings } = await readAllThenFromCache(documented);
    for (const round of rounds) expect(round.fromCache, round.name).toEqual(round.server);
    expect(warnings.filter((w) => w.includes('Invalid key'))).toEqual([]);
  });
});

describe('urql Graphcache with its default keys (id)', () => {
  it('answers an earlier read point with a later one', async () => {
    const { rounds } = await readAllThenFromCache(cacheExchange());
    const [first] = rounds;
    const cached = first?.fromCache as FrontendTreeQuery | undefined;
    expect(cached?.project?.budget).not.toBe(first?.server.project?.budget);
    expect(cached?.project?.budget).toBe(rounds.at(-1)?.server.project?.budget);
    const versions = (rounds[2]?.fromCache as FrontendTreeQuery | undefined)?.project?.history.map((h) => h.version);
    expect(new Set(versions).size).toBe(1);
  });
});
