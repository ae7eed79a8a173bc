/**
 * Versioned reads compiled with plain leaves (src/graphql/plain-leaves.ts): the same answers as
 * the serializing compile for values in wire form, DateTime still serialized, null checks kept,
 * and the schema's types restored after the compile. Pure, no database.
 */
import { GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { describe, expect, it } from 'vitest';
import { PLAIN_LEAF_OPTIONS, withPlainLeaves } from '../../src/graphql/plain-leaves.js';
import { DateScalar, DateTimeScalar, DecimalScalar, UUIDScalar } from '../../src/graphql/scalars.js';

const Thing = new GraphQLObjectType({
  name: 'Thing',
  fields: {
    id: { type: new GraphQLNonNull(UUIDScalar) },
    day: { type: DateScalar },
    amounts: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(DecimalScalar))) },
    at: { type: new GraphQLNonNull(DateTimeScalar) },
    version: { type: new GraphQLNonNull(GraphQLInt) },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { thing: { type: Thing, resolve: (root) => root } } }),
});
const document = parse('{ thing { id day amounts at version } }');

function compiled(plain: boolean) {
  const query = plain
    ? withPlainLeaves(schema, () => compileQuery(schema, document, undefined, PLAIN_LEAF_OPTIONS))
    : compileQuery(schema, document);
  if (!isCompiledQuery(query)) throw new Error('did not compile');
  return query;
}

const thing = {
  id: '0190f6a3-5c2e-7b1d-9a4f-3e8c2d1b0a96',
  day: '2026-03-01',
  amounts: ['1250.00', '-3.10'],
  at: new Date('2026-03-01T12:00:00Z'),
  version: 3,
};

describe('plain leaves', () => {
  it('answers as the serializing compile does, DateTime still serialized', async () => {
    const plain = await compiled(true).query(thing, {}, {});
    expect(plain).toEqual(await compiled(false).query(thing, {}, {}));
    expect(plain.data).toEqual({ thing: { ...thing, at: '2026-03-01T12:00:00.000Z' } });
  });

  it('reads UUID, Decimal and Date leaves without their serializers (which refuse a non-string)', async () => {
    const odd = { ...thing, id: 42 };
    expect((await compiled(false).query(odd, {}, {})).errors?.[0]?.message).toContain('UUID values are strings');
    expect((await compiled(true).query(odd, {}, {})).data).toEqual({
      thing: { ...thing, id: 42, at: '2026-03-01T12:00:00.000Z' },
    });
  });

  it('keeps the null checks of non-null leaves', async () => {
    const result = await compiled(true).query({ ...thing, id: null }, {}, {});
    expect(result.data).toEqual({ thing: null });
    expect(result.errors?.[0]?.message).toBe('Cannot return null for non-nullable field Thing.id.');
  });

  it('leaves the schema with its own scalar types after the compile', () => {
    compiled(true);
    const fields = Thing.getFields();
    expect(String(fields['id']?.type)).toBe('UUID!');
    expect(String(fields['day']?.type)).toBe('Date');
    expect(String(fields['amounts']?.type)).toBe('[Decimal!]!');
    expect(String(fields['at']?.type)).toBe('DateTime!');
  });
});
