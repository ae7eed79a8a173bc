import { Field, Int, InterfaceType } from 'type-graphql';
import type { EntityState, Versioned as VersionedState } from '../../versioning/types.js';
import { nodeIdOf } from '../node-id.js';
import { DateTimeScalar, UUIDScalar } from '../scalars.js';
import { Commit } from './commit.type.js';

@InterfaceType({
  description:
    "Common to every versioned type. A versioned object is one entity seen at one\npoint of history: the branch and moment it was read at. Fields that return\nversioned objects take `branch` and `asOf`; where a field leaves them out it\ninherits the parent's, so a whole tree is read at one consistent point.",
})
export abstract class Versioned {
  @Field(() => UUIDScalar, { description: 'stable identity across versions and branches' })
  id!: string;

  @Field(() => Int, { description: "1 for the first state; +1 for every later state on this branch's lineage" })
  version!: number;

  @Field(() => String, { description: 'the branch that this object was read from' })
  branch!: string;

  @Field(() => DateTimeScalar, { description: "when this state was committed: its commit's committedAt" })
  validFrom!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'when it was replaced; null while it is still the latest at the read point',
  })
  validTo!: Date | null;

  @Field(() => Commit, { description: 'the commit that produced this state' })
  commit?: Commit;

  /** The state and its read point; set on every node (toNode). */
  source!: VersionedState;

  /**
   * `Node.nodeId` of the concrete types: a getter, so a node pays for it only when a query
   * selects it, and compiled queries read it as a property (no resolver call per node).
   */
  get nodeId(): string {
    return nodeIdOf(this.source);
  }
}

/** What a versioned GraphQL object carries besides its fields: the state and its read point. */
export interface VersionedSource<S extends EntityState> {
  source: VersionedState<S>;
}
