/**
 * Diff and merge cost grows with the change, not with the project: the same change of ten
 * entities costs the same number of SQL statements on a project and on one ten times bigger
 * (more entities and more history). Statement counts come from the x-sql-statements header.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/auth/roles.js';
import { registerCost } from '../../src/domain/actuals/actuals.service.js';
import { createBranch } from '../../src/domain/branch/branch.service.js';
import {
  createCostElement,
  deleteCostElement,
  updateCostElement,
} from '../../src/domain/cost-element/cost-element.service.js';
import { createProject } from '../../src/domain/project/project.service.js';
import { createWbe, updateWbe } from '../../src/domain/wbs/wbe.service.js';
import {
  CcDiffDocument,
  CcDiffWithImpactDocument,
  CcMergeBranchDocument,
  CcReadableChangesDocument,
  CcReadableDiffDocument,
} from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { ok, summary, uniqueCode } from './fixtures.js';

let t: TestApp;
let actor: Actor;

beforeAll(async () => {
  t = await createTestApp();
  actor = { id: t.users.ADMIN.id, role: 'ADMIN' };
});

afterAll(async () => {
  await t?.close();
});

interface Built {
  projectId: string;
  wbes: string[];
  elements: string[];
}

/** A project of `wbes` WBEs with `perWbe` cost elements each, one commit per entity, via the domain services. */
async function build(wbes: number, perWbe: number): Promise<Built> {
  const project = await createProject(
    t.sql,
    actor,
    { code: uniqueCode('COST'), name: 'Cost', startDate: '2026-01-01', endDate: '2026-12-31' },
    null,
  );
  const built: Built = { projectId: project.id, wbes: [], elements: [] };
  for (let i = 0; i < wbes; i += 1) {
    const wbe = await createWbe(t.sql, actor, {
      projectId: project.id,
      input: { code: `W${i}`, name: `WBE ${i}` },
      branch: 'main',
      message: null,
    });
    built.wbes.push(wbe.id);
    for (let j = 0; j < perWbe; j += 1) {
      const element = await createCostElement(t.sql, actor, {
        input: {
          wbeId: wbe.id,
          code: `CE${i}.${j}`,
          name: `Element ${i}.${j}`,
          budget: `${100 + j}.00`,
          plannedStart: '2026-01-01',
          plannedEnd: '2026-06-30',
        },
        branch: 'main',
        message: null,
      });
      built.elements.push(element.id);
    }
  }
  return built;
}

/**
 * The same change on both projects: on branch "change", 4 budget updates, 2 WBE renames, 2
 * new elements, 1 delete and 1 cost registration (10 entities); main moves on elsewhere.
 */
async function change(b: Built): Promise<string[]> {
  const at = (list: string[], i: number) => list[i] ?? '';
  await createBranch(t.sql, actor, { projectId: b.projectId, name: 'change', from: null });
  const branch = 'change';
  for (let i = 0; i < 4; i += 1) {
    await updateCostElement(t.sql, actor, {
      id: at(b.elements, i),
      input: { budget: `${200 + i}.00` },
      branch,
      expectedVersion: null,
      message: null,
    });
  }
  for (let i = 0; i < 2; i += 1)
    await updateWbe(t.sql, actor, {
      id: at(b.wbes, i),
      input: { name: `Renamed ${i}` },
      branch,
      expectedVersion: null,
      message: null,
    });
  const added: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const e = await createCostElement(t.sql, actor, {
      input: {
        wbeId: at(b.wbes, 2),
        code: `NEW${i}`,
        name: `New ${i}`,
        budget: '50.00',
        plannedStart: '2026-02-01',
        plannedEnd: '2026-02-28',
      },
      branch,
      message: null,
    });
    added.push(e.id);
  }
  await deleteCostElement(t.sql, actor, { id: at(b.elements, 5), branch, expectedVersion: null, message: null });
  const cost = await registerCost(t.sql, actor, {
    input: { costElementId: at(b.elements, 6), amount: '12.00', incurredOn: '2026-02-01' },
    branch,
    message: null,
  });
  // main moves on after the fork, on an entity the change does not touch.
  await updateCostElement(t.sql, actor, {
    id: at(b.elements, 7),
    input: { name: 'Moved on' },
    branch: 'main',
    expectedVersion: null,
    message: null,
  });
  return [...b.elements.slice(0, 4), ...b.wbes.slice(0, 2), ...added, at(b.elements, 5), cost.id].sort();
}

describe('cost grows with the change, not the project', () => {
  it('a THREE_DOT diff and a dry-run merge of a 10-entity change take the same statements on a 10x bigger project', async () => {
    const small = await build(3, 3);
    const big = await build(30, 3);
    expect(big.elements.length).toBe(10 * small.elements.length);
    const touched = { small: await change(small), big: await change(big) };

    const measure = async (b: Built, expected: string[]) => {
      const diff = await t.request(CcDiffDocument, {
        projectId: b.projectId,
        from: { branch: 'main' },
        to: { branch: 'change' },
        mode: 'THREE_DOT',
      });
      const changes = ok(diff).diff.changes;
      expect(changes.map((c) => c.entityId).sort()).toEqual(expected);
      const impact = await t.request(CcDiffWithImpactDocument, {
        projectId: b.projectId,
        from: { branch: 'main' },
        to: { branch: 'change' },
        mode: 'THREE_DOT',
      });
      ok(impact);
      const sides = {
        projectId: b.projectId,
        from: { branch: 'main' },
        to: { branch: 'change' },
        mode: 'THREE_DOT' as const,
      };
      const readable = await t.request(CcReadableChangesDocument, sides);
      for (const c of ok(readable).diff.changes) expect((c.after ?? c.before)?.label, c.entityId).toBeTruthy();
      const review = await t.request(CcReadableDiffDocument, { ...sides, at: '2026-03-01' });
      expect(ok(review).diff.wbeImpact.length).toBeGreaterThan(0);
      const dry = await t.request(CcMergeBranchDocument, { projectId: b.projectId, source: 'change', dryRun: true });
      const dryResult = ok(dry).mergeBranch;
      expect(dryResult.status).toBe('MERGED');
      expect(summary(dryResult.changes)).toEqual(summary(changes));
      const real = await t.request(CcMergeBranchDocument, { projectId: b.projectId, source: 'change' });
      expect(ok(real).mergeBranch.status).toBe('MERGED');
      return {
        diff: diff.statements,
        diffWithImpact: impact.statements,
        readableDiff: readable.statements,
        readableDiffWithImpact: review.statements,
        dryRunMerge: dry.statements,
        merge: real.statements,
      };
    };
    const counts = { small: await measure(small, touched.small), big: await measure(big, touched.big) };
    console.info(`change-control statement counts: ${JSON.stringify(counts)}`);
    for (const value of Object.values(counts.small)) expect(Number.isInteger(value) && value > 0).toBe(true);
    expect(counts.big).toEqual(counts.small);
  });
});
