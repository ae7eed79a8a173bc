/**
 * Shared by the front-end cache tests: a generated project with a year of history and a
 * branch, the read points a front end visits, the README's configuration blocks, and the
 * server's own answers to compare the caches with.
 */
import { readFileSync } from 'node:fs';
import { generateProject } from '../../src/setup/seed/generator.js';
import { DEMO_SHAPE } from '../../src/setup/seed/shape.js';
import {
  FrontendCommitsDocument,
  FrontendTreeDocument,
  type FrontendTreeQuery,
  type FrontendTreeQueryVariables,
} from '../graphql/generated/graphql.js';
import type { TestApp } from '../helpers/test-app.js';
import { actorOf, ok } from '../helpers/versioning.js';

/** A read point of the tree, named for the test's messages. */
export interface FrontendRead {
  name: string;
  variables: FrontendTreeQueryVariables;
}

/** Trees at two past moments on main, main's and the branch's latest, the branch in the past, a commit. */
export async function frontendReads(t: TestApp): Promise<FrontendRead[]> {
  const project = await generateProject(t.sql, DEMO_SHAPE, {
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
  return [
    { name: 'main at a first past moment', variables: { id, asOf: at(0.3) } },
    { name: 'main at a second past moment', variables: { id, asOf: at(0.9) } },
    { name: 'main, latest', variables: { id } },
    { name: `${branch}, latest`, variables: { id, branch } },
    { name: `${branch} at a past moment`, variables: { id, branch, asOf: at(0.95) } },
    { name: 'main at a commit', variables: { id, commit: commit.node.id } },
  ];
}

/** What the server answers to the tree query as written (no __typename). */
export async function serverTree(t: TestApp, read: FrontendRead): Promise<FrontendTreeQuery> {
  return ok(await t.request(FrontendTreeDocument, read.variables));
}

/**
 * The README's configuration block that starts with `firstLine` (in "Using it from a front
 * end"), run as written: it is plain JavaScript; its import is given as `dependency`, and
 * `export const cache =` becomes the result.
 */
export function readmeCache<D, C>(firstLine: string, dependencyName: string, dependency: D): C {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Using it from a front end'));
  const start = section.indexOf(`\`\`\`ts\n${firstLine}`);
  if (start < 0) throw new Error(`the README has no block starting with ${firstLine}`);
  const block = section.slice(start + 6, section.indexOf('```', start + 6));
  const body = block.replace(/^import .*$/m, '').replace('export const cache =', 'return');
  const make = new Function(dependencyName, body) as (dependency: D) => C;
  return make(dependency);
}

/** Clients add __typename to every selection; the server's answer to the document as written has none. */
export function withoutTypenames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypenames);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '__typename')
      .map(([key, v]) => [key, withoutTypenames(v)]),
  );
}
