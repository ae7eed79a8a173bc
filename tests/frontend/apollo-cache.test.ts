/**
 * A real Apollo Client 4 (InMemoryCache, HttpLink over HTTP to the real server) reads a whole
 * project tree with its histories at several read points into ONE cache, then reads each
 * query again from the cache alone. With the configuration the README documents ("Using it
 * from a front end") every answer equals the server's; with the default configuration, the
 * failure the README describes is real.
 */
import { readFileSync } from 'node:fs';
import { ApolloClient, HttpLink, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateProject, type GeneratedProject } from '../../src/setup/seed/generator.js';
import { DEMO_SHAPE } from '../../src/setup/seed/shape.js';
import {
  FrontendCommitsDocument,
  FrontendTreeDocument,
  type FrontendTreeQuery,
  type FrontendTreeQueryVariables,
} from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { actorOf, ok } from '../helpers/versioning.js';

let t: TestApp;
let project: GeneratedProject;
/** The read points, in the order they are read into the cache. */
let reads: { name: string; variables: FrontendTreeQueryVariables }[];

beforeAll(async () => {
  t = await createTestApp();
  project = await generateProject(t.sql, DEMO_SHAPE, {
    seed: 'frontend-cache',
    code: 'FE-1',
    name: 'Front end plant',
    author: actorOf(t, 'ADMIN'),
  });
  const branch = project.branch?.name;
  if (branch === undefined) throw new Error('the demo shape has a branch');
  const span = project.lastCommitAt.getTime() - project.baselineAt.getTime();
  const at = (share: number) => new Date(project.baselineAt.getTime() + span * share).toISOString();
  const [commit] = ok(
    await t.request(FrontendCommitsDocument, { projectId: project.projectId, until: at(0.5), first: 1 }),
  ).commits.edges;
  if (commit === undefined) throw new Error('no commit before mid-history');
  const id = project.projectId;
  reads = [
    { name: 'main at a first past moment', variables: { id, asOf: at(0.3) } },
    { name: 'main at a second past moment', variables: { id, asOf: at(0.9) } },
    { name: 'main, latest', variables: { id } },
    { name: `${branch}, latest`, variables: { id, branch } },
    { name: `${branch} at a past moment`, variables: { id, branch, asOf: at(0.95) } },
    { name: 'main at a commit', variables: { id, commit: commit.node.id } },
  ];
});

afterAll(async () => {
  await t?.close();
});

/** The cache configuration exactly as the README gives it for Apollo Client. */
function documentedCache(): InMemoryCache {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Using it from a front end'));
  const block = /```ts\n(import \{ InMemoryCache \} from '@apollo\/client';[\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error('the README has no Apollo Client configuration');
  const body = block.replace(/^import .*$/m, '').replace('export const cache =', 'return');
  // The block is plain JavaScript: run it as written, with InMemoryCache in scope.
  const make = new Function('InMemoryCache', body) as (cache: typeof InMemoryCache) => InMemoryCache;
  return make(InMemoryCache);
}

function client(cache: InMemoryCache): ApolloClient {
  return new ApolloClient({
    cache,
    link: new HttpLink({ uri: t.url, headers: { authorization: `Bearer ${t.users.VIEWER.token}` } }),
  });
}

/** Apollo adds __typename to every selection; the server's answer to the document as written has none. */
function withoutTypenames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypenames);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '__typename')
      .map(([key, v]) => [key, withoutTypenames(v)]),
  );
}

async function serverAnswer<V>(document: TypedDocumentNode<FrontendTreeQuery, V>, variables: V) {
  return ok(await t.request(document, variables));
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
    servers.push(await serverAnswer(FrontendTreeDocument, read.variables));
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
