/**
 * A real Apollo Client 4 (InMemoryCache, HttpLink over HTTP to the real server) reads a whole
 * project tree with its histories at several read points into ONE cache, then reads each
 * query again from the cache alone. With the configuration the README documents ("Using it
 * from a front end") every answer equals the server's; with the default configuration, the
 * failure the README describes is real.
 */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FrontendTreeDocument, type FrontendTreeQuery } from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { frontendReads, readmeCache, serverTree, withoutTypenames, type FrontendRead } from './front-end-reads.js';

let t: TestApp;
/** The read points, in the order they are read into the cache. */
let reads: FrontendRead[];

beforeAll(async () => {
  t = await createTestApp();
  reads = await frontendReads(t);
});

afterAll(async () => {
  await t?.close();
});

/** The cache configuration exactly as the README gives it for Apollo Client. */
function documentedCache(): InMemoryCache {
  return readmeCache("import { InMemoryCache } from '@apollo/client';", 'InMemoryCache', InMemoryCache);
}

function client(cache: InMemoryCache): ApolloClient {
  return new ApolloClient({
    cache,
    link: new HttpLink({ uri: t.url, headers: { authorization: `Bearer ${t.users.VIEWER.token}` } }),
  });
}

interface Round {
  name: string;
  server: FrontendTreeQuery;
  fromCache: unknown;
}

/**
 * Reads every point into one cache, one after the other, then each again from the cache alone.
 * Also returns what Apollo warned about while writing (lost cache data).
 */
async function readAllThenFromCache(cache: InMemoryCache): Promise<{ rounds: Round[]; warnings: string[] }> {
  const warnings: string[] = [];
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  });
  try {
    return { rounds: await readAll(cache), warnings };
  } finally {
    warn.mockRestore();
  }
}

async function readAll(cache: InMemoryCache): Promise<Round[]> {
  const apollo = client(cache);
  const servers: FrontendTreeQuery[] = [];
  for (const read of reads) {
    servers.push(await serverTree(t, read));
    const result = await apollo.query({
      query: FrontendTreeDocument,
      variables: read.variables,
      fetchPolicy: 'network-only',
    });
    expect(result.data?.project, read.name).toBeTruthy();
  }
  const rounds: Round[] = [];
  for (const [i, read] of reads.entries()) {
    const cached = await apollo.query({
      query: FrontendTreeDocument,
      variables: read.variables,
      fetchPolicy: 'cache-only',
    });
    rounds.push({ name: read.name, server: servers[i] as FrontendTreeQuery, fromCache: withoutTypenames(cached.data) });
  }
  return rounds;
}

describe('Apollo Client 4 with the documented cache configuration', () => {
  it('answers every read point from one cache exactly as the server did: trees at two past moments, on two branches, at a commit, with histories', async () => {
    const { rounds, warnings } = await readAllThenFromCache(documentedCache());
    for (const round of rounds) expect(round.fromCache, round.name).toEqual(round.server);
    expect(warnings).toEqual([]);
    // The reads differ from each other: had they been folded together, the equalities above would show it.
    const budgets = new Set(rounds.map((r) => r.server.project?.budget));
    expect(budgets.size, JSON.stringify([...budgets])).toBeGreaterThanOrEqual(4);
    const history = rounds[2]?.server.project?.history ?? [];
    expect(new Set(history.map((h) => h.version)).size).toBeGreaterThan(1);
  });
});

describe('Apollo Client 4 with the default cache configuration (Type:id)', () => {
  it('answers an earlier read point with a later one, and folds a history into one object, as the README warns', async () => {
    const { rounds, warnings } = await readAllThenFromCache(new InMemoryCache());
    expect(warnings.some((w) => w.includes('Cache data may be lost'))).toBe(true);
    const [first] = rounds;
    if (first === undefined) throw new Error('no reads');
    const cached = first.fromCache as FrontendTreeQuery;
    const last = rounds.at(-1)?.server;
    // The first past moment answers with what the last read left in Project:<id>.
    expect(cached.project?.budget).not.toBe(first.server.project?.budget);
    expect(cached.project?.budget).toBe(last?.project?.budget);
    expect(cached.project?.version).toBe(last?.project?.version);
    // Every entry of a history is the one object Project:<id>: all show one version.
    const versions = (rounds[2]?.fromCache as FrontendTreeQuery).project?.history.map((h) => h.version) ?? [];
    expect(versions.length).toBeGreaterThan(1);
    expect(new Set(versions).size).toBe(1);
  });
});
