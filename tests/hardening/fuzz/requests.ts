import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import {
  bool,
  branchName,
  code,
  date,
  dateTime,
  decimal,
  enumValue,
  float,
  hostileString,
  int,
  json,
  text,
  uuid,
  wrongType,
  type Gen,
} from './values.js';

/** One generated request: an operation on one root field, its variables (with Known ids), and who sends it. */
export interface FuzzRequest {
  root: 'query' | 'mutation';
  field: string;
  /** Values by argument name; absent: the argument is left out. */
  args: Record<string, unknown>;
  /** Arguments written into the document instead of passed as variables. */
  inline: boolean;
  as: 'ADMIN' | 'MANAGER' | 'EDITOR' | 'VIEWER' | 'anonymous' | 'forged';
  /** The request around the operation: as is, or one Apollo cannot resolve to an operation. */
  envelope: 'plain' | 'second-operation' | 'unknown-name' | 'as-subscription';
}

/** The queries a front end relies on; every mutation is fuzzed. */
export const MAIN_QUERIES = [
  'me',
  'user',
  'users',
  'projects',
  'project',
  'wbe',
  'costElement',
  'commits',
  'commit',
  'branches',
  'diff',
  'changeOrder',
  'changeOrders',
];

/** Which pool of known ids a UUID argument draws from, by its name and the field it belongs to. */
function idPool(name: string, field: string): string {
  if (name === 'projectId') return 'Project';
  if (name === 'wbeId' || name === 'parentId') return 'WBE';
  if (name === 'costElementId') return 'CostElement';
  if (name === 'commitId' || name === 'commit') return 'Commit';
  if (name === 'entityId') return 'any';
  if (/ChangeOrder/.test(field)) return 'ChangeOrder';
  if (/CostElement|costElement/.test(field)) return 'CostElement';
  if (/WBE|wbe/.test(field)) return 'WBE';
  if (/User|user/.test(field)) return 'User';
  if (/ommit/.test(field)) return 'Commit';
  return 'Project';
}

function stringValue(name: string, field: string): Gen {
  if (['branch', 'source', 'target'].includes(name)) return branchName;
  if (name === 'name' && /Branch/.test(field)) return branchName;
  if (name === 'code') return code;
  if (name === 'currency') return { valid: fc.constantFrom('EUR', 'usd', 'CHF'), hostile: hostileString };
  if (name === 'email')
    return { valid: fc.oneof(fc.emailAddress(), fc.constant('admin@test.local')), hostile: hostileString };
  if (name === 'password')
    return {
      valid: fc.constantFrom('correct-horse-battery', 'wrong-password-1'),
      hostile: fc.oneof(hostileString, fc.string()),
    };
  if (name === 'field')
    return {
      valid: fc.constantFrom('name', 'code', 'budget', 'description', 'parentId', 'wbeId', '*'),
      hostile: hostileString,
    };
  if (name === 'after')
    return { valid: fc.constant(null), hostile: fc.oneof(fc.base64String({ maxLength: 24 }), hostileString) };
  return text;
}

function scalarValue(type: GraphQLNamedType, name: string, field: string): Gen {
  switch (type.name) {
    case 'UUID':
      return uuid(idPool(name, field));
    case 'String':
      return stringValue(name, field);
    case 'Int':
      if (name === 'first') return { valid: fc.integer({ min: 0, max: 60 }), hostile: int.hostile };
      if (name === 'expectedVersion') return { valid: fc.option(fc.integer({ min: 1, max: 4 })), hostile: int.hostile };
      return int;
    case 'Float':
      return float;
    case 'Boolean':
      return bool;
    case 'Decimal':
      return decimal;
    case 'Date':
      return date;
    case 'DateTime':
      return dateTime;
    case 'JSON':
      return json;
    default:
      return { valid: wrongType, hostile: wrongType };
  }
}

/** Valid values of a set of named inputs: the required ones always, the optional ones half the time. */
function validRecord(entries: { name: string; required: boolean; gen: Gen }[]): fc.Arbitrary<Record<string, unknown>> {
  const parts = entries.map(({ name, required, gen }) =>
    required
      ? gen.valid.map((v) => [name, v] as const)
      : fc.option(
          gen.valid.map((v) => [name, v] as const),
          { nil: undefined },
        ),
  );
  return fc.tuple(...parts).map((pairs) => {
    const record: Record<string, unknown> = {};
    for (const pair of pairs) if (pair !== undefined) record[pair[0]] = pair[1];
    return record;
  });
}

/** A valid record with one thing wrong: one value hostile, a required one missing, or a key that does not exist. */
function oneBadRecord(entries: { name: string; required: boolean; gen: Gen }[]): fc.Arbitrary<Record<string, unknown>> {
  if (entries.length === 0) return validRecord(entries);
  return fc.tuple(validRecord(entries), fc.nat(entries.length - 1), fc.nat(9)).chain(([record, index, how]) => {
    const entry = entries[index] as (typeof entries)[number];
    if (how === 0) {
      const { [entry.name]: _dropped, ...rest } = record;
      return fc.constant(rest);
    }
    if (how === 1) return fc.tuple(hostileString, wrongType).map(([key, value]) => ({ ...record, [key]: value }));
    return entry.gen.hostile.map((value) => ({ ...record, [entry.name]: value }));
  });
}

function inputValue(type: GraphQLInputType, name: string, field: string): Gen {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = inputValue(nullable.ofType, name, field);
    return {
      valid: fc.array(item.valid, { maxLength: 3 }),
      hostile: fc.oneof(
        fc.tuple(fc.array(item.valid, { maxLength: 2 }), item.hostile).map(([items, bad]) => [...items, bad]),
        item.valid,
        wrongType,
      ),
    };
  }
  const named = getNamedType(type);
  if (isEnumType(named)) return enumValue(named.getValues().map((v) => v.name));
  if (isInputObjectType(named)) {
    const entries = Object.values(named.getFields()).map((f: GraphQLInputField) => ({
      name: f.name,
      required: isNonNullType(f.type) && f.defaultValue === undefined,
      gen: inputValue(f.type, f.name, field),
    }));
    return {
      valid: validRecord(entries),
      hostile: fc.oneof({ arbitrary: oneBadRecord(entries), weight: 5 }, wrongType),
    };
  }
  return scalarValue(named, name, field);
}

function argEntries(field: GraphQLField<unknown, unknown>): { name: string; required: boolean; gen: Gen }[] {
  return field.args.map((arg: GraphQLArgument) => ({
    name: arg.name,
    required: isNonNullType(arg.type) && arg.defaultValue === undefined,
    gen: inputValue(arg.type, arg.name, field.name),
  }));
}

/** Arguments: all valid, one thing wrong, or each one anything. */
function argValues(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const entries = argEntries(field);
  const chaos = validRecord(
    entries.map((e) => ({ ...e, gen: { valid: fc.oneof(e.gen.valid, e.gen.hostile), hostile: e.gen.hostile } })),
  );
  return fc.oneof(
    { arbitrary: validRecord(entries), weight: 9 },
    { arbitrary: oneBadRecord(entries), weight: 8 },
    { arbitrary: chaos, weight: 3 },
  );
}

/** Every mutation and the main queries, each equally likely; ADMIN most of the time, every other role too. */
export function fuzzRequests(schema: GraphQLSchema): fc.Arbitrary<FuzzRequest> {
  const roots: { root: FuzzRequest['root']; field: GraphQLField<unknown, unknown> }[] = [];
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {}))
    roots.push({ root: 'mutation', field });
  const queries = schema.getQueryType()?.getFields() ?? {};
  for (const name of MAIN_QUERIES) {
    const field = queries[name];
    if (field !== undefined) roots.push({ root: 'query', field });
  }
  const as = fc.oneof(
    { arbitrary: fc.constant('ADMIN' as const), weight: 12 },
    { arbitrary: fc.constantFrom('MANAGER' as const, 'EDITOR' as const, 'VIEWER' as const), weight: 6 },
    { arbitrary: fc.constantFrom('anonymous' as const, 'forged' as const), weight: 2 },
  );
  return fc.oneof(
    ...roots.map(({ root, field }) =>
      fc.record({
        root: fc.constant(root),
        field: fc.constant(field.name),
        args: argValues(field),
        inline: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }),
        as,
        envelope: fc.oneof(
          { arbitrary: fc.constant('plain' as const), weight: 27 },
          {
            arbitrary: fc.constantFrom(
              'second-operation' as const,
              'unknown-name' as const,
              'as-subscription' as const,
            ),
            weight: 3,
          },
        ),
      }),
    ),
  );
}

/** A small selection of what a field returns: leaves, one level of objects, __typename and id for harvesting. */
export function selectionFor(type: GraphQLNamedType, depth = 0): string {
  if (isLeafType(type) || !isObjectType(type)) return '';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth < 1 && isObjectType(named)) parts.push(`${field.name} ${selectionFor(named, depth + 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}
