import { Kind, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';

/**
 * The fields whose answers are functions of the read points the request resolves (and of the
 * caller's role): versioned objects, their EVM figures and the commits that produced them.
 * Everything else (branches and their heads, users, change orders, logs, diffs, `node`,
 * introspection) can change without a commit moving a read point, so a document that selects
 * anything else is never cached. Deny by default: a new field is left out until added here.
 */
const VERSIONED = [
  'allWbes',
  'branch',
  'budget',
  'children',
  'code',
  'commit',
  'costElement',
  'costElements',
  'costRegistrations',
  'costType',
  'currency',
  'description',
  'endDate',
  'evm',
  'history',
  'id',
  'measuredOn',
  'incurredOn',
  'amount',
  'name',
  'nodeId',
  'parent',
  'percentComplete',
  'plannedEnd',
  'plannedStart',
  'progressEntries',
  'project',
  'startDate',
  'status',
  'validFrom',
  'validTo',
  'version',
  'wbe',
  'wbes',
];

const CACHEABLE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    Query: ['project', 'wbe', 'costElement'],
    Project: VERSIONED,
    WBE: VERSIONED,
    CostElement: VERSIONED,
    CostRegistration: VERSIONED,
    ProgressEntry: VERSIONED,
    Versioned: VERSIONED,
    Node: ['nodeId'],
    EVMMetrics: [
      'ac',
      'bac',
      'controlDate',
      'cpi',
      'cv',
      'eac',
      'etc',
      'ev',
      'percentComplete',
      'pv',
      'spi',
      'sv',
      'tcpi',
      'vac',
    ],
    // A commit never changes; its author (a user) and the branches containing it do.
    Commit: ['branch', 'committedAt', 'id', 'kind', 'message', 'parents', 'projectId', 'seq'],
  }).map(([type, fields]) => [type, new Set(fields)]),
);

/** Whether every field the document selects (in all its operations and fragments) is a versioned read. */
function onlyVersionedReads(schema: GraphQLSchema, document: DocumentNode): boolean {
  let cacheable = true;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        if (node.operation !== 'query') cacheable = false;
      },
      Field(node) {
        if (node.name.value === '__typename') return;
        const parent = typeInfo.getParentType()?.name;
        const allowed = parent === undefined ? undefined : CACHEABLE.get(parent);
        if (allowed === undefined || !allowed.has(node.name.value)) cacheable = false;
      },
      Directive(node) {
        // @include/@skip only: anything else (e.g. @defer) changes how the answer is sent.
        if (node.name.value !== 'include' && node.name.value !== 'skip') cacheable = false;
      },
    }),
  );
  return (
    cacheable &&
    document.definitions.every((d) => d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION)
  );
}

/** `onlyVersionedReads`, once per parsed document (Apollo hands out one per query text). */
export function cacheableDocuments(schema: GraphQLSchema): (document: DocumentNode) => boolean {
  const decided = new WeakMap<DocumentNode, boolean>();
  return (document) => {
    let cacheable = decided.get(document);
    if (cacheable === undefined) {
      cacheable = onlyVersionedReads(schema, document);
      decided.set(document, cacheable);
    }
    return cacheable;
  };
}
