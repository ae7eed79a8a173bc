import { isObjectType, type GraphQLSchema } from 'graphql';

/**
 * What a field costs beyond reading data that a batched load brought in.
 * - `weight`: the static estimate, per occurrence in the query (src/graphql/query-cost.ts).
 *   Every other field that returns an object or a list weighs 1, a scalar 0, a mutation 10.
 * - `perCall`: work that the execution budget charges, in nodes, each time the resolver runs
 *   (src/graphql/execution-budget.ts), for fields below the root that do unbatched work their
 *   result does not show: a diff (16–30 statements and a comparison, 10–90 ms at the bench's L
 *   workload, about what building 10,000 tree nodes costs), run once per object of a list.
 *   Root fields need none: the static estimate already counts every one of them.
 */
export interface FieldCost {
  weight: number;
  perCall?: number;
}

const DIFF: FieldCost = { weight: 200 };

/** Keyed by `Type.field`; `checkFieldCosts` fails the start when a key names no field. */
export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  'Query.diff': DIFF,
  'Mutation.mergeBranch': DIFF,
  'Mutation.approveChangeOrder': DIFF,
  'Mutation.revertCommit': { weight: 100 },
  'ChangeOrder.diff': { weight: 200, perCall: 10_000 },
  // A diff of one commit against its parent: it follows that commit's change (55 ms at L),
  // where `diff` compares any two points (up to the whole project: 1.5 s at L).
  'Commit.changes': { weight: 30, perCall: 10_000 },
  // A sweep over every cost element below (170 ms for the 10,000 of L, 53 points), with no
  // statement of its own; the points themselves are counted as the list's objects.
  'Project.evmSeries': { weight: 20, perCall: 10_000 },
  'WBE.evmSeries': { weight: 20, perCall: 1_000 },
  'CostElement.evmSeries': { weight: 5 },
  // Both sides' whole project at a control date (the data of one evm(at:) each), shared with
  // evmImpact; a ProjectDiff is also the diff of each change order of a list.
  'ProjectDiff.wbeImpact': { weight: 20, perCall: 10_000 },
  'ProjectDiff.scheduleImpact': { weight: 10, perCall: 5_000 },
  // One batched statement per level, but every past state of every entity asked for.
  'Project.history': { weight: 2 },
  'WBE.history': { weight: 2 },
  'CostElement.history': { weight: 2 },
  'User.history': { weight: 2 },
  // An argon2 hash (tens of milliseconds of CPU) each.
  'Mutation.login': { weight: 100 },
  'Mutation.createUser': { weight: 100 },
};

/** The weighted fields, heaviest first, as the cost limit's message names them. */
export function describeWeights(): string {
  const byWeight = new Map<number, string[]>();
  for (const [key, { weight }] of Object.entries(FIELD_COSTS)) {
    if (weight < 10) continue;
    byWeight.set(weight, [...(byWeight.get(weight) ?? []), key]);
  }
  return [...byWeight.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([weight, keys]) => `${keys.join(', ')}: ${weight}`)
    .join('; ');
}

/** The cost entry of a field, if it has one. */
export function fieldCost(typeName: string, fieldName: string): FieldCost | undefined {
  return FIELD_COSTS[`${typeName}.${fieldName}`];
}

/** Throws when a cost names a field that the schema does not have (a rename left it behind). */
export function checkFieldCosts(schema: GraphQLSchema): void {
  const missing = Object.keys(FIELD_COSTS).filter((key) => {
    const [typeName = '', fieldName = ''] = key.split('.');
    const type = schema.getType(typeName);
    return !isObjectType(type) || type.getFields()[fieldName] === undefined;
  });
  if (missing.length > 0) throw new Error(`field costs name fields the schema does not have: ${missing.join(', ')}`);
}
