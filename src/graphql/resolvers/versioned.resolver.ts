import type { EntityState } from '../../versioning/types.js';
import type { Context } from '../context.js';
import type { Commit } from '../types/commit.type.js';
import type { VersionedSource } from '../types/versioned.type.js';

/**
 * `commit`, common to every versioned type, answered from the commit read with the version.
 * A plain function installed on the built schema rather than a type-graphql field resolver:
 * it runs on every node of a tree (60,000 at L), and it needs neither auth, middleware nor
 * argument handling, so type-graphql's per-call wrapper (resolver data, container lookup,
 * parameter list) was pure overhead. The SDL is the interface field's, unchanged.
 */
export function resolveCommit(
  node: VersionedSource<EntityState> & { commit?: Commit },
  _args: unknown,
  ctx: Context,
): Commit | Promise<Commit> {
  return node.commit ?? ctx.loaders.commitOf(node.source.commitId);
}
