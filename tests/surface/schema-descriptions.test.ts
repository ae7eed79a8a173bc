import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import {
  buildSchema as buildSdl,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  getNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema } from '../../src/graphql/schema.js';

/**
 * Every element a person exploring the API reads (types, fields, arguments, input fields, enum
 * values) that has no description, by schema coordinate (`Type.field(arg:)`). Introspection
 * types and graphql's own scalars are described by the spec, not by us.
 */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => (text ?? '').trim() === '';
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  return missing.sort();
}

/** Money fields, arguments and input fields whose description does not say the currency they are in. */
function moneyWithoutUnit(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const money = (type: GraphQLType, description: string | null | undefined, at: string) => {
    if (getNamedType(type).name === 'Decimal' && !/currency/i.test(description ?? '')) missing.push(at);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        money(field.type, field.description, `${type.name}.${field.name}`);
        for (const arg of field.args) money(arg.type, arg.description, `${type.name}.${field.name}(${arg.name}:)`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        money(field.type, field.description, `${type.name}.${field.name}`);
    }
  }
  return missing.sort();
}

describe('a schema people can read', () => {
  it('describes every type, field, argument, input field and enum value of the schema the server builds', async () => {
    const missing = undescribed(await getSchema());
    expect(missing, `${missing.length} schema elements without a description`).toEqual([]);
  });

  it('describes every element of the committed schema/schema.graphql (what Sandbox and codegen read)', () => {
    const committed = buildSdl(readFileSync('schema/schema.graphql', 'utf8'));
    const missing = undescribed(committed);
    expect(missing, `${missing.length} schema elements without a description`).toEqual([]);
  });

  it('says the unit of every money value (Decimal): the project currency', async () => {
    expect(moneyWithoutUnit(await getSchema())).toEqual([]);
  });

  it('finds what is missing (the check itself can fail)', () => {
    const schema = buildSdl(`
      "described"
      type Query {
        "described"
        ok(
          "described"
          a: Int
          b: Int
        ): Int
        bare: Color
      }
      enum Color {
        "described"
        RED
        BLUE
      }
      input Filter {
        "described"
        x: Int
        y: Int
      }
      scalar Money
    `);
    expect(undescribed(schema)).toEqual([
      'Color',
      'Color.BLUE',
      'Filter',
      'Filter.y',
      'Money',
      'Query.bare',
      'Query.ok(b:)',
    ]);
    const money = buildSdl(`
      scalar Decimal
      type Query {
        "budget, in the project currency"
        budget: Decimal
        "a sum"
        total(
          "a floor, in the project currency"
          min: Decimal
          max: Decimal
        ): Decimal
      }
    `);
    expect(moneyWithoutUnit(money)).toEqual(['Query.total', 'Query.total(max:)']);
  });
});
