import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseSchema } from '../../src/domain/database-schema.js';
import { ALL_KINDS } from '../../src/domain/kinds.js';
import { versionedTypeOf } from '../../src/graphql/versioned-types.js';

/** The columns every version table starts with (src/db/entities/version.entity.ts). */
const VERSION_COLUMNS = ['entity_id', 'project_id', 'branch', 'seq', 'commit_id', 'version', 'committed_at', 'deleted'];

function sourcesOf(folder: string): { file: string; text: string }[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: f, text: readFileSync(join(folder, f), 'utf8') }));
}

describe('the kinds registry is the one declaration of each versioned type', () => {
  it('the versioning engine names no registered type (it knows kinds only through EntityKind)', () => {
    const named = sourcesOf('src/versioning').flatMap(({ file, text }) =>
      ALL_KINDS.filter((k) => text.includes(`'${k.type}'`) || text.includes(`"${k.type}"`)).map(
        (k) => `${file}: ${k.type}`,
      ),
    );
    expect(named).toEqual([]);
  });

  it.each(ALL_KINDS.map((k) => [k.type, k] as const))('%s: its fields are the columns of its entity', (_type, kind) => {
    expect(kind.table).toBe(kind.entity.meta.tableName);
    const columns = new Map<string, boolean>();
    // Before the ORM discovers them, properties carry an explicit fieldName or take the snake_case of their name.
    for (const [name, defined] of Object.entries(kind.entity.meta.properties)) {
      const property: { fieldName?: string; nullable?: boolean } = defined;
      columns.set(
        property.fieldName ?? name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
        property.nullable === true,
      );
    }
    const own = [...columns.keys()].filter((c) => !VERSION_COLUMNS.includes(c)).sort();
    expect(kind.fields.map((f) => f.column).sort()).toEqual(own);
    for (const field of kind.fields)
      expect([field.name, columns.get(field.column)]).toEqual([field.name, field.nullable === true]);
  });

  it('each kind has a parent that is registered before it, a GraphQL type and a nodeId code of its own', () => {
    const seen = new Set<string>();
    for (const kind of ALL_KINDS) {
      if (kind.parentKind !== undefined) expect(seen.has(kind.parentKind) || kind.parentKind === kind.type).toBe(true);
      seen.add(kind.type);
      expect(versionedTypeOf(kind.type).node().name).toBe(kind.type);
    }
    const codes = ALL_KINDS.map((k) => k.nodeIdCode);
    expect(new Set([...codes, 6]).size).toBe(codes.length + 1);
  });

  it('the database is opened with every kind’s entity and migrations, in the order of their names', () => {
    for (const kind of ALL_KINDS) expect(databaseSchema.entities).toContain(kind.entity);
    const names = databaseSchema.migrations.map((m) => m.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
  });
});
