import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType({
  description:
    'An object that a normalising cache can key by `nodeId`: one state of one entity, as read at one read point. `Query.node` reads it again.',
})
export abstract class Node {
  @Field(() => ID, {
    description:
      'Opaque cache key: the same for two reads of the same state at the same read point, different whenever one of its fields could answer differently (see the README, "Using it from a front end"). `id` is the identity of the entity across versions and branches; `Query.node(nodeId)` reads this object again.',
  })
  nodeId!: string;
}
