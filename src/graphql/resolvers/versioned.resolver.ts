import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityState } from '../../versioning/types.js';
import type { Context } from '../context.js';
import { Commit } from '../types/commit.type.js';
import { Versioned, type VersionedSource } from '../types/versioned.type.js';

/** Fields every versioned type shares; type-graphql applies interface resolvers to each implementation. */
@Resolver(() => Versioned)
export class VersionedResolver {
  @FieldResolver(() => Commit)
  async commit(@Root() node: VersionedSource<EntityState>, @Ctx() ctx: Context): Promise<Commit> {
    const commit = await ctx.loaders.commits.load(node.source.commitId);
    if (commit === null) throw new Error(`commit ${node.source.commitId} missing`);
    return commit;
  }
}
