import type { EntityKind, EntityState, ReadPoint, Versioned as VersionedState } from '../versioning/types.js';
import type { Context } from './context.js';
import { childPoint } from './read-points.js';
import type { VersionArgs } from './types/inputs.js';
import { sortedNodes, type NodeOf } from './types/project-data.type.js';

/** The order of a list field's nodes, as a module constant: a comparator literal per call is a closure per node. */
export type NodeOrder<S extends EntityState> = (a: VersionedState<S>, b: VersionedState<S>) => number;

/**
 * A node's children of one kind, as sorted nodes, at the node's read point or the one `args`
 * names. Runs once per node and list field of a whole tree (30,000 times at L): on the common
 * path (inherited point, kind already loaded) it answers synchronously and allocates only the
 * list and its nodes, no promise and no closure.
 */
export function childNodes<S extends EntityState>(
  ctx: Context,
  kind: EntityKind<S>,
  parentPoint: ReadPoint,
  parentId: string,
  args: VersionArgs,
  order: NodeOrder<S>,
): NodeOf<S>[] | Promise<NodeOf<S>[]> {
  const point = childPoint(ctx, parentPoint, args);
  if (point instanceof Promise) return point.then((p) => (p === null ? [] : nodesAt(ctx, kind, p, parentId, order)));
  return nodesAt(ctx, kind, point, parentId, order);
}

function nodesAt<S extends EntityState>(
  ctx: Context,
  kind: EntityKind<S>,
  point: ReadPoint,
  parentId: string,
  order: NodeOrder<S>,
): NodeOf<S>[] | Promise<NodeOf<S>[]> {
  const rows = ctx.loaders.children(kind, point, parentId);
  return rows instanceof Promise
    ? rows.then((loaded) => sortedNodes(loaded, order, ctx.loaders))
    : sortedNodes(rows, order, ctx.loaders);
}
