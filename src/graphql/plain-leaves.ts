import {
  GraphQLList,
  GraphQLNonNull,
  GraphQLString,
  isListType,
  isNonNullType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Custom scalars whose serializer is the identity on the strings the server holds for them
 * (src/graphql/scalars.ts): ids, money and calendar days leave the database as text in their
 * wire form. `DateTime` is not one of them (a `Date` becomes an ISO string).
 */
const STRING_SCALARS: ReadonlySet<string> = new Set(['UUID', 'Decimal', 'Date']);

/**
 * graphql-jit options for a document whose every value is already in wire form (see
 * `withPlainLeaves`): leaves of String, Int, Float, Boolean, ID and enums are read as they are.
 */
export const PLAIN_LEAF_OPTIONS = { disableLeafSerialization: true } as const;

/**
 * Runs `compile` (graphql-jit) with the leaves of `STRING_SCALARS` seen as `String`, so that,
 * compiled with `PLAIN_LEAF_OPTIONS`, each leaf is a property read. graphql-jit otherwise calls
 * its serializer through a helper that allocates a locations array, a response path and two
 * argument arrays per leaf: some 60,000 leaves in an S tree, a third of its allocation in the
 * compiled code (docs/decisions/0018). Sound only for documents that select versioned reads
 * (`cacheable-reads.ts`): their leaves come from database text (strings), integers, EVM
 * figures (finite numbers, formatted money) and string enums whose values are their names.
 * The swap lasts for the synchronous compile only; the schema itself is unchanged after it.
 */
export function withPlainLeaves<T>(schema: GraphQLSchema, compile: () => T): T {
  const fields = stringScalarFields(schema);
  const saved = fields.map((field) => field.type);
  for (const field of fields) field.type = asString(field.type);
  try {
    return compile();
  } finally {
    fields.forEach((field, i) => {
      const type = saved[i];
      if (type !== undefined) field.type = type;
    });
  }
}

const fieldsOf = new WeakMap<GraphQLSchema, GraphQLField<unknown, unknown>[]>();

function stringScalarFields(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  let found = fieldsOf.get(schema);
  if (found === undefined) {
    found = Object.values(schema.getTypeMap()).flatMap((type) =>
      (isObjectType(type) || isInterfaceType(type)) && !type.name.startsWith('__')
        ? Object.values(type.getFields()).filter((field) => isStringScalar(field.type))
        : [],
    );
    fieldsOf.set(schema, found);
  }
  return found;
}

function isStringScalar(type: GraphQLOutputType): boolean {
  if (isNonNullType(type) || isListType(type)) return isStringScalar(type.ofType);
  return isScalarType(type) && STRING_SCALARS.has(type.name);
}

function asString(type: GraphQLOutputType): GraphQLOutputType {
  if (isNonNullType(type)) return new GraphQLNonNull(asString(type.ofType) as typeof GraphQLString);
  if (isListType(type)) return new GraphQLList(asString(type.ofType));
  return GraphQLString;
}
