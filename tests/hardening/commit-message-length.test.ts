import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_COMMIT_MESSAGE_LENGTH } from '../../src/versioning/commit-writer.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { codes, footprint, seedProject, type SeededProject } from './fixtures.js';

/** A commit message is history that every reader of the log pays for: it is bounded, and a longer one writes nothing. */
describe('commit message length', () => {
  let t: TestApp;
  let s: SeededProject;

  beforeAll(async () => {
    t = await createTestApp();
    s = await seedProject(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const update =
    'mutation($id: UUID!, $m: String) { updateProject(id: $id, input: { name: "X" }, message: $m) { id } }';

  it('refuses a message over the bound with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await footprint(t);
    const result = await t.request(update, { id: s.projectId, m: 'x'.repeat(MAX_COMMIT_MESSAGE_LENGTH + 1) });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.['field']).toBe('message');
    expect(await footprint(t)).toEqual(before);
  });

  it('accepts a message of exactly the bound', async () => {
    const result = await t.request(update, { id: s.projectId, m: 'y'.repeat(MAX_COMMIT_MESSAGE_LENGTH) });
    expect(result.errors).toBeUndefined();
  });
});
