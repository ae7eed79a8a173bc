/**
 * Roll-ups over a work breakdown structure (ANSI/EIA-748: a WBE's figures are the sums over
 * its whole subtree, the project's the sums over the whole tree), in one linear pass.
 *
 * What counts:
 * - A WBE whose parentId is null or names no WBE in the list is top-level.
 * - An element whose wbeId names no WBE in the list is ignored everywhere, the project total
 *   included: the project is the sum of its live tree, so project = sum of the top-level WBEs.
 * - Duplicate WBE ids and parent cycles are corrupt input and throw WbsStructureError.
 */
import { type EvmTotals, sumTotals } from './metrics.js';
import { Rational } from './rational.js';

export interface WbeNode {
  readonly id: string;
  readonly parentId: string | null;
}

export interface WbeMember {
  readonly wbeId: string;
}

export interface ElementEvmTotals extends WbeMember {
  readonly id: string;
  readonly totals: EvmTotals;
}

/** Per-WBE subtree sums (every WBE of the input, zero when its subtree holds nothing) and the project sum. */
export interface Rollup<V> {
  readonly byWbe: ReadonlyMap<string, V>;
  readonly project: V;
}

export type WbsStructureErrorCode = 'DUPLICATE_WBE' | 'WBS_CYCLE';

/** The WBE list cannot form a tree. */
export class WbsStructureError extends Error {
  override readonly name = 'WbsStructureError';

  private constructor(
    readonly code: WbsStructureErrorCode,
    readonly wbeIds: readonly string[],
    message: string,
  ) {
    super(message);
  }

  static duplicateId(id: string): WbsStructureError {
    return new WbsStructureError('DUPLICATE_WBE', [id], `WBE ${id} appears more than once`);
  }

  static cycle(ids: readonly string[]): WbsStructureError {
    return new WbsStructureError(
      'WBS_CYCLE',
      ids,
      `WBEs unreachable from any top-level WBE (parent cycle): ${ids.join(', ')}`,
    );
  }
}

/**
 * Generic subtree roll-up: `valueOf` reads each element's value and `sum` combines a list of
 * values (it must treat an empty list as zero). Each WBE's values are summed once, so the
 * cost is linear in WBEs plus elements whatever the depth.
 */
export function rollupWith<E extends WbeMember, V>(
  wbes: readonly WbeNode[],
  elements: readonly E[],
  valueOf: (element: E) => V,
  sum: (values: readonly V[]) => V,
): Rollup<V> {
  const nodes = new Map<string, TreeNode<V>>();
  for (const wbe of wbes) {
    if (nodes.has(wbe.id)) throw WbsStructureError.duplicateId(wbe.id);
    nodes.set(wbe.id, { id: wbe.id, parent: null, children: [], values: [] });
  }
  const topLevel: TreeNode<V>[] = [];
  for (const wbe of wbes) {
    const node = nodes.get(wbe.id);
    if (node === undefined) continue;
    const parent = wbe.parentId === null ? undefined : nodes.get(wbe.parentId);
    if (parent === undefined) {
      topLevel.push(node);
    } else {
      node.parent = parent;
      parent.children.push(node);
    }
  }
  for (const element of elements) nodes.get(element.wbeId)?.values.push(valueOf(element));

  // Breadth-first from the top; read backwards it visits every child before its parent,
  // and it needs no recursion, so deep trees cannot overflow the stack.
  const order: TreeNode<V>[] = [...topLevel];
  for (const node of order) for (const child of node.children) order.push(child);
  if (order.length !== nodes.size) {
    const reached = new Set(order);
    throw WbsStructureError.cycle([...nodes.values()].filter((n) => !reached.has(n)).map((n) => n.id));
  }

  const subtreeSums = new Map<string, V>();
  const topLevelSums: V[] = [];
  for (const node of order.reverse()) {
    const subtreeSum = sum(node.values);
    subtreeSums.set(node.id, subtreeSum);
    (node.parent === null ? topLevelSums : node.parent.values).push(subtreeSum);
  }
  return { byWbe: subtreeSums, project: sum(topLevelSums) };
}

/** Subtree sums of one exact value per element, e.g. WBE.budget and Project.budget from cost element budgets. */
export function rollupBy<E extends WbeMember>(
  wbes: readonly WbeNode[],
  elements: readonly E[],
  valueOf: (element: E) => Rational,
): Rollup<Rational> {
  return rollupWith(wbes, elements, valueOf, (values) => Rational.sum(values));
}

/** Subtree sums of BAC, PV, EV and AC; derive WBE and project metrics from these with deriveMetrics. */
export function rollupTotals(wbes: readonly WbeNode[], elements: readonly ElementEvmTotals[]): Rollup<EvmTotals> {
  return rollupWith(wbes, elements, (element) => element.totals, sumTotals);
}

interface TreeNode<V> {
  readonly id: string;
  parent: TreeNode<V> | null;
  readonly children: TreeNode<V>[];
  /** The node's own element values, then its children's subtree sums as they are computed. */
  readonly values: V[];
}
