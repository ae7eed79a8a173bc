/**
 * Model-based history tests (quick profile): random operation sequences run through the
 * real services on a real database and through tests/model/reference-model.ts must give
 * identical answers. `npm run test:model -- --runs N` runs the long profile.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { testEngine } from '../helpers/database.js';
import { checkRandomSequences, openEngine, type Engine } from './runner.js';

let engine: Engine;

beforeAll(async () => {
  engine = await openEngine();
});

afterAll(async () => {
  await engine?.close();
});

describe(`history against the reference model (${testEngine})`, () => {
  it('short random sequences agree with the model', async () => {
    await checkRandomSequences(engine, { runs: 120, maxOps: 12 });
  }, 300_000);

  it('longer random sequences agree with the model', async () => {
    await checkRandomSequences(engine, { runs: 80, maxOps: 40, readEveryCommit: true });
  }, 300_000);
});
