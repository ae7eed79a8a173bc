/**
 * Shrunk divergences between the server and the reference model, kept as regressions.
 * `it.fails` marks a server bug that is reported and not fixed yet: the test documents the
 * expected behaviour (the model's) and starts failing (so must be turned into `it`) once
 * the server is fixed.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Op } from './generator.js';
import { openEngine, runSequence, type Engine } from './runner.js';

let engine: Engine;

beforeAll(async () => {
  engine = await openEngine();
});

afterAll(async () => {
  await engine?.close();
});

/** Runs the sequence on the server and on the model; fails at the first difference. */
async function expectSameHistory(ops: Op[]): Promise<void> {
  await runSequence(engine, ops, { tolerateKnownBugs: false, readEveryCommit: true });
}

describe('history regressions (server against the reference model)', () => {
  it('a branch, an edit on it and a merge back agree', async () => {
    await expectSameHistory([
      { op: 'createProject' },
      { op: 'createWbe', p: 0, branch: 'main', input: { code: 'A', name: 'n' } },
      { op: 'createBranch', p: 0, name: 'b1' },
      { op: 'updateWbe', p: 0, branch: 'b1', wbe: 0, input: { name: 'm' } },
      { op: 'merge', p: 0, target: 'main', source: 0, strategy: 'FAIL_ON_CONFLICT' },
    ]);
  });
});
