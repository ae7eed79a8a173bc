import type { ClassType } from 'type-graphql';
import { ALL_KINDS, type DomainKind } from '../domain/kinds.js';
import { CostRegistrationApi, ProgressEntryApi } from './resolvers/actuals.resolver.js';
import { CostElementApi, CostElementResolver } from './resolvers/cost-element.resolver.js';
import { ProjectApi, ProjectResolver } from './resolvers/project.resolver.js';
import { WbeApi, WbeResolver } from './resolvers/wbe.resolver.js';
import { CostElement, CostRegistration, ProgressEntry, Project, WBE } from './types/project-data.type.js';
import type { Versioned } from './types/versioned.type.js';

/** How the API shows one registered kind. */
export interface VersionedType {
  /** The kind's `type`: the GraphQL type has the same name. */
  type: string;
  node: () => new () => Versioned;
  resolvers: () => readonly ClassType[];
}

/**
 * The registration of the versioned types' GraphQL side, one entry each (the kinds registry,
 * src/domain/kinds.ts, is the domain's). Thunks: the classes are read once the schema is
 * built, so that the modules may import each other in any order.
 */
export const VERSIONED_TYPES: readonly VersionedType[] = [
  { type: 'Project', node: () => Project, resolvers: () => [ProjectResolver, ProjectApi] },
  { type: 'WBE', node: () => WBE, resolvers: () => [WbeResolver, WbeApi] },
  { type: 'CostElement', node: () => CostElement, resolvers: () => [CostElementResolver, CostElementApi] },
  { type: 'CostRegistration', node: () => CostRegistration, resolvers: () => [CostRegistrationApi] },
  { type: 'ProgressEntry', node: () => ProgressEntry, resolvers: () => [ProgressEntryApi] },
];

/** The registered GraphQL side of a kind; every registered kind has one (checked at schema build). */
export function versionedTypeOf(type: string): VersionedType {
  const found = VERSIONED_TYPES.find((t) => t.type === type);
  if (found === undefined) throw new TypeError(`the kind ${type} has no GraphQL type (src/graphql/versioned-types.ts)`);
  return found;
}

/** Every resolver of the versioned types, after checking that each registered kind has its type. */
export function versionedResolvers(kinds: readonly DomainKind[] = ALL_KINDS): ClassType[] {
  return kinds.flatMap((kind) => [...versionedTypeOf(kind.type).resolvers()]);
}
