import type { InferKyselyDB } from '@mikro-orm/sql';
import { ChangeOrder, ChangeOrderTransition } from './change-order.entity.js';
import { Branch, BranchBase, Commit } from './commit.entity.js';
import { LoginThrottle } from './login-throttle.entity.js';
import { Node } from './node.entity.js';
import { User, UserVersion } from './user.entity.js';
import {
  CostElementVersion,
  CostRegistrationVersion,
  ProgressEntryVersion,
  ProjectVersion,
  WbeVersion,
} from './version.entity.js';

export {
  Branch,
  BranchBase,
  ChangeOrder,
  ChangeOrderTransition,
  Commit,
  CostElementVersion,
  CostRegistrationVersion,
  LoginThrottle,
  Node,
  ProgressEntryVersion,
  ProjectVersion,
  User,
  UserVersion,
  WbeVersion,
};

/** Every table of the schema, as the one list given to the ORM (a test holds it equal to the migrations). */
export const entities = [
  User,
  UserVersion,
  Commit,
  Branch,
  BranchBase,
  Node,
  ProjectVersion,
  WbeVersion,
  CostElementVersion,
  CostRegistrationVersion,
  ProgressEntryVersion,
  ChangeOrder,
  ChangeOrderTransition,
  LoginThrottle,
];

/**
 * The tables of the versioned kinds declared above the database layer (src/domain/kinds.ts),
 * which this layer may not import: the module that declares such an entity adds it here by
 * declaration merging (`declare module` … `interface KindTables extends InferKyselyDB<typeof
 * RiskVersion> {}`), so that Kysely knows its table as it knows these.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface KindTables {}

/** The tables and columns as Kysely sees them, inferred from the entities: a wrong name does not compile. */
export type Tables = InferKyselyDB<(typeof entities)[number]> & KindTables;
