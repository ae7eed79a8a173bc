/**
 * Long profile of the model-based history tests:
 *   npm run test:model -- --runs 10000 [--max-ops 40] [--batch 500] [--seed 42] [--heads-only]
 * Runs on PostgreSQL when TEST_DATABASE_URL is set (a fresh database per batch), else on an
 * in-memory PGlite (a fresh instance per batch). At the end of each sequence the whole project
 * is read at every commit and moment (--heads-only: at branch heads only).
 * Prints outcome counts; on a divergence prints the shrunk sequence as a regression test and exits with 1.
 */
import { parseArgs } from 'node:util';
import { testEngine } from '../helpers/database.js';
import { checkRandomSequences, openEngine, type Stats } from './runner.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    'max-ops': { type: 'string', default: '40' },
    batch: { type: 'string', default: '500' },
    seed: { type: 'string' },
    'heads-only': { type: 'boolean', default: false },
  },
});

const runs = Number(values.runs);
const maxOps = Number(values['max-ops']);
const batch = Number(values.batch);
const seed = values.seed === undefined ? Date.now() % 1_000_000 : Number(values.seed);
const stats: Stats = new Map();
const started = Date.now();
let done = 0;

console.log(`model profile on ${testEngine}: ${runs} sequences of up to ${maxOps} operations, seed ${seed}`);
for (let b = 0; done < runs; b += 1) {
  const size = Math.min(batch, runs - done);
  const engine = await openEngine();
  try {
    await checkRandomSequences(engine, {
      runs: size,
      maxOps,
      seed: seed + b,
      readEveryCommit: !values['heads-only'],
      stats,
      onRun: (n) => {
        if ((done + n) % 100 === 0)
          console.log(`  ${done + n} sequences, ${Math.round((Date.now() - started) / 1000)} s`);
      },
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error(`failed in batch ${b} (seed ${seed + b}) after ${done} passing sequences`);
    await engine.close();
    process.exit(1);
  }
  await engine.close();
  done += size;
}
console.log(`${done} sequences agree with the model in ${Math.round((Date.now() - started) / 1000)} s`);
for (const [key, n] of [...stats].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`  ${String(n).padStart(7)}  ${key}`);
