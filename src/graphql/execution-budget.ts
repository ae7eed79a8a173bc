import { GraphQLError, type ExecutionResult, type OperationTypeNode } from 'graphql';

/** The `extensions.code` of a request stopped by its execution budget. */
export const BUDGET_EXCEEDED = 'EXECUTION_BUDGET_EXCEEDED';

/** How much one execution may build (MAX_RESULT_NODES, MAX_RESULT_VALUES). */
export interface BudgetLimits {
  /** Objects that resolvers return (list items and single objects), plus per-call work. */
  maxNodes: number;
  /** Values in the response: each such object counts one per field selected on it. */
  maxValues: number;
}

/**
 * Pacing (see `pace`): once an execution has built this many nodes (more than a whole tree of
 * the bench's L workload, 60,000), it lets other requests in every TURN_MS of CPU.
 */
const PACE_AFTER_NODES = 100_000;
const TURN_MS = 50;
const budgets = new WeakMap<object, ExecutionBudget>();

/**
 * The work one execution has done so far, counted where results are produced
 * (`meterResults`, src/graphql/result-meter.ts). Once a limit is passed the budget is
 * exceeded: metered fields stop resolving (lists answer empty, nullable objects null, so the
 * rest of the walk costs next to nothing) and `settle` replaces the whole result with one
 * error, before Apollo serializes any of it.
 */
export class ExecutionBudget {
  nodes = 0;
  values = 0;
  /** Nodes met for the first time, and met again (see `repeated`). */
  distinct = 0;
  repeats = 0;
  exceeded: 'nodes' | 'values' | 'repeats' | null = null;
  private calls = 0;
  private lastTurn = performance.now();
  private gate: Promise<void> | null = null;
  private readonly seen = new Set<object>();

  private constructor(
    readonly limits: BudgetLimits,
    readonly operation: OperationTypeNode,
  ) {}

  /** Starts the budget of one execution; resolvers find it through their context object. */
  static start(context: object, limits: BudgetLimits, operation: OperationTypeNode): ExecutionBudget {
    const budget = new ExecutionBudget(limits, operation);
    budgets.set(context, budget);
    return budget;
  }

  /** The budget of the execution that runs with this context, if one was started. */
  static of(context: unknown): ExecutionBudget | undefined {
    return typeof context === 'object' && context !== null ? budgets.get(context) : undefined;
  }

  /**
   * Whether the result already holds this node (an entity state at a read point), noting it.
   * A tree names each node once; amplification is made of repeats (`allWbes { project {
   * allWbes … } }` repeats all 200 WBEs of L under each of them, level after level), so the
   * budget allows a result to repeat at most as many nodes as it holds distinct ones, plus
   * 1% of MAX_RESULT_NODES: such a query stops a level before its size would.
   */
  repeated(identity: object): boolean {
    if (this.seen.has(identity)) {
      this.repeats += 1;
      return true;
    }
    this.seen.add(identity);
    this.distinct += 1;
    return false;
  }

  /** Counts produced work; false once a limit is passed (then and ever after). */
  spend(nodes: number, values: number): boolean {
    if (this.exceeded !== null) return false;
    this.nodes += nodes;
    this.values += values;
    if (this.nodes > this.limits.maxNodes) this.exceeded = 'nodes';
    else if (this.values > this.limits.maxValues) this.exceeded = 'values';
    else if (this.repeats > this.distinct + this.limits.maxNodes / 100) this.exceeded = 'repeats';
    return this.exceeded === null;
  }

  /**
   * A result, or a promise of it after a turn of the event loop once this execution has kept
   * the CPU for TURN_MS: a tree resolved from loaded data runs synchronously (or in one long
   * chain of microtasks), and a large one would otherwise hold every other request, and
   * /health, until it is done. Every branch of the walk waits at the same gate: pausing one
   * branch alone would let the others run on.
   */
  pace<T>(value: T): T | Promise<T> {
    if (this.gate !== null) return this.gate.then(() => value);
    this.calls += 1;
    if (this.nodes < PACE_AFTER_NODES || (this.calls & 63) !== 0) return value;
    if (performance.now() - this.lastTurn < TURN_MS) return value;
    const gate = new Promise<void>((resolve) =>
      setImmediate(() => {
        this.gate = null;
        this.lastTurn = performance.now();
        resolve();
      }),
    );
    this.gate = gate;
    return gate.then(() => value);
  }

  /** The execution's result, or a single error in place of all of it once the budget is exceeded. */
  settle(result: ExecutionResult): ExecutionResult {
    if (this.exceeded === null) return result;
    return { data: null, errors: [this.error()] };
  }

  private error(): GraphQLError {
    const { maxNodes, maxValues } = this.limits;
    const what =
      this.exceeded === 'nodes'
        ? `the result would hold more than ${maxNodes} objects (MAX_RESULT_NODES)`
        : this.exceeded === 'values'
          ? `the result would hold more than ${maxValues} values (MAX_RESULT_VALUES)`
          : `the result would repeat objects it already holds ${this.repeats} times, against ${this.distinct} ` +
            `distinct ones (at most as many repeats as distinct objects, plus ${maxNodes / 100}: MAX_RESULT_NODES / 100)`;
    const written =
      this.operation === 'mutation'
        ? ' The mutation itself was carried out: read what it changed with a separate, smaller query.'
        : '';
    return new GraphQLError(
      `${what}, so the request was stopped before its result was built. Ask for less: read a tree once ` +
        '(allWbes, or wbes with children) instead of nesting back up under a list (project, parent, wbe, ' +
        'costElement), page lists with first/after, select fewer fields, use fewer aliases.' +
        written,
      {
        extensions: {
          code: BUDGET_EXCEEDED,
          limit: this.exceeded === 'values' ? 'MAX_RESULT_VALUES' : 'MAX_RESULT_NODES',
        },
      },
    );
  }
}
