import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityState } from '../../versioning/types.js';
import type { Context } from '../context.js';
import { Commit } from '../types/commit.type.js';
import { Versioned, type VersionedSource } from '../types/versioned.type.js';

/** Fields every versioned type shares; type-graphql applies interface resolvers to each implementation. */
@Resolver(() => Versioned)
export class VersionedResolver {
  @FieldResolver(() => Commit)
  commit(@Root() node: VersionedSource<EntityState>, @Ctx() ctx: Context): Commit | Promise<Commit> {
    return ctx.loaders.commitOf(node.source.commitId);
  }
}
