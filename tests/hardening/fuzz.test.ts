import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../../src/graphql/schema.js';
import { testEngine } from '../helpers/database.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { seedProject } from './fixtures.js';
import { changedHistory, dataProblems, historyDigests } from './fuzz/invariants.js';
import { fuzzRequests } from './fuzz/requests.js';
import { describeOutcome, send, World, type Outcome } from './fuzz/run.js';

/**
 * Generated requests against every mutation and the main queries, over real HTTP, as every
 * role: wrong types, edge values, control characters, huge strings, random and known ids,
 * random enum names and JSON. No answer may be an internal error or an HTTP 5xx, and the
 * data must be valid afterwards. `npm test` runs the quick profile; the long one:
 *   FUZZ_RUNS=20000 npx vitest run tests/hardening/fuzz.test.ts    (or npm run test:fuzz)
 * FUZZ_SEED=n replays a run; FUZZ_STATS=1 prints, per root field, the answers' codes and time.
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2000);
const SEED = Number(process.env['FUZZ_SEED'] ?? Date.now() % 1_000_000);
const CONCURRENCY = 4;

describe(`fuzzing the API on ${testEngine} (${RUNS} requests, seed ${SEED})`, () => {
  let t: TestApp;
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    await seedProject(t, 'FUZZ');
  });
  afterAll(async () => {
    await t?.close();
  });

  it(
    'never answers an internal error or a 5xx, and leaves the data valid',
    async () => {
      const schema = await getSchema();
      const excluded = new Set(Object.values(t.users).map((u) => u.id));
      const world = new World(excluded);
      // What the seed made, as the fuzz's first known ids.
      world.harvest(
        (
          await t.request(`{ projects { edges { node { __typename id branches { __typename name }
            allWbes { __typename id costElements { __typename id commit { __typename id } } } } } } }`)
        ).data,
      );
      const before = await historyDigests(t.sql);
      const requests = fc.sample(fuzzRequests(schema), { numRuns: RUNS, seed: SEED });
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < requests.length) {
          const request = requests[next];
          next += 1;
          if (request !== undefined) outcomes.push(await send(t, schema, world, request));
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));

      const failures = outcomes.filter(
        (o) =>
          o.status >= 500 ||
          o.codes.some((c) => c === undefined || c === 'INTERNAL_SERVER_ERROR' || c === 'UNPARSABLE_RESPONSE'),
      );
      expect(failures.slice(0, 5).map(describeOutcome), `seed ${SEED}: ${failures.length} failing requests`).toEqual(
        [],
      );
      expect(await changedHistory(t.sql, before)).toEqual([]);
      expect(await dataProblems(t.sql)).toEqual([]);

      if (process.env['FUZZ_STATS'] !== undefined) {
        const stats = new Map<string, Map<string, number>>();
        for (const o of outcomes) {
          const byCode = stats.get(o.request.field) ?? new Map<string, number>();
          const key = o.codes.length === 0 ? 'ok' : [...new Set(o.codes)].join('+');
          byCode.set(key, (byCode.get(key) ?? 0) + 1);
          stats.set(o.request.field, byCode);
        }
        for (const [field, byCode] of stats) {
          const ms = outcomes.filter((o) => o.request.field === field).reduce((sum, o) => sum + o.ms, 0);
          console.log(field, Math.round(ms), JSON.stringify(Object.fromEntries(byCode)));
          const sample = outcomes.filter((o) => o.request.field === field && o.codes.includes('BAD_USER_INPUT'));
          for (const o of sample.slice(0, 3)) console.log('   ', o.body.slice(0, 160));
        }
      }
      // The run must have reached the resolvers, not only the input checks.
      const succeeded = outcomes.filter((o) => o.status === 200 && o.codes.length === 0);
      const mutationsDone = new Set(succeeded.filter((o) => o.request.root === 'mutation').map((o) => o.request.field));
      expect(outcomes).toHaveLength(RUNS);
      expect(succeeded.length).toBeGreaterThan(RUNS * 0.1);
      expect(mutationsDone.size).toBeGreaterThan(8);
    },
    Math.max(120_000, RUNS * 200),
  );
});
