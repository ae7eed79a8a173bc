import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
  type ClassType,
  type ParameterDecorator,
} from 'type-graphql';
import { kindOf, type DomainKind } from '../../domain/kinds.js';
import { createVersioned, deleteVersioned, updateVersioned, type FieldsInput } from '../../domain/versioned-writes.js';
import type { Actor } from '../../auth/roles.js';
import type { Sql } from '../../db/sql.js';
import type { CommitRecord, EntityState, Versioned } from '../../versioning/types.js';
import { requireActor, type Context } from '../context.js';
import { HISTORY } from '../descriptions.js';
import { childPoint, rootPoint } from '../read-points.js';
import { UUIDScalar } from '../scalars.js';
import { Commit } from '../types/commit.type.js';
import { VersionArgs } from '../types/inputs.js';
import { historyNodes, toNode } from '../types/project-data.type.js';
import { ActualsWriteArgs, RootReadArgs, VersionedWriteArgs, WriteArgs } from '../types/write-args.js';
import { projectOfOrNull } from './lookup.js';

/**
 * The GraphQL operations every versioned type has, made from its kind: the root query by id
 * with the shared read arguments (`branch`, `asOf`, `commit`), create/update/delete mutations
 * with the shared write arguments (`branch`, `message`, `expectedVersion`) on the one write
 * path of the domain, the field to its parent and its `history`. What a type declares is its names and its
 * descriptions; the schema they produce is the one hand-written resolvers produced before.
 */
export interface VersionedApi<S extends EntityState> {
  kind: DomainKind<S>;
  /** The type's GraphQL object class. */
  node: () => ClassType;
  /** `wbe(id, branch, asOf, commit)`: null where the entity is not there. */
  root?: { name: string; description: string; id: string };
  create?: {
    name: string;
    description: string;
    input: () => ClassType;
    inputDescription: string;
    /** A `projectId` argument with this description, for a kind whose parent may be absent (a top WBE). */
    project?: string;
  };
  update?: {
    name: string;
    description: string;
    input: () => ClassType;
    id: string;
    /** A service's own update (with rules of its own) instead of the shared one. */
    via?: (sql: Sql, actor: Actor | null, args: Parameters<typeof updateVersioned<S>>[3]) => Promise<Versioned<S>>;
  };
  delete?: { name: string; description: string; id: string };
  /** The field from an entity to its parent: `CostElement.wbe`. */
  parent?: { name: string; node: () => ClassType; description: string };
  /** `history`: its past states on the lineage of its read point, oldest first. */
  history?: boolean;
}

type Decorator = MethodDecorator;

/** Adds a method to a resolver class and applies type-graphql's decorators to it, as `@` would. */
function define(
  target: ClassType,
  name: string,
  impl: (...args: never[]) => unknown,
  decorators: readonly Decorator[],
  params: readonly ParameterDecorator[],
): void {
  Object.defineProperty(target.prototype, name, { value: impl, writable: true, configurable: true });
  params.forEach((decorate, index) => decorate(target.prototype as object, name, index));
  const descriptor = Object.getOwnPropertyDescriptor(target.prototype, name);
  if (descriptor === undefined) throw new TypeError(`${name} was not defined`);
  for (const decorate of [...decorators].reverse()) decorate(target.prototype as object, name, descriptor);
}

function node<S extends EntityState>(ctx: Context, v: Versioned<S> | null): object | null {
  return v === null ? null : toNode(v, ctx.loaders);
}

/** The resolver class of a versioned type's API; list it with the type's other resolvers. */
export function versionedResolver<S extends EntityState>(api: VersionedApi<S>): ClassType {
  const { kind } = api;
  const Api = class {};
  Object.defineProperty(Api, 'name', { value: `${kind.type}Api` });
  const writeArgs = kind.scope === 'ACTUALS' ? ActualsWriteArgs : WriteArgs;

  if (api.root !== undefined) {
    const { root } = api;
    define(
      Api,
      root.name,
      async (id: string, read: RootReadArgs, ctx: Context) => {
        const projectId = await projectOfOrNull(ctx, id, kind.type);
        if (projectId === null) return null;
        const point = await rootPoint(ctx, projectId, read.branch ?? 'main', read.asOf ?? null, read.commit ?? null);
        return point === null ? null : node(ctx, await ctx.loaders.byId(kind, point, id));
      },
      [Authorized(), Query(api.node, { nullable: true, description: root.description })],
      [Arg('id', () => UUIDScalar, { description: root.id }), Args(() => RootReadArgs), Ctx()],
    );
  }

  if (api.create !== undefined) {
    const { create } = api;
    const write = async (ctx: Context, input: FieldsInput<S>, w: WriteArgs, projectId?: string) =>
      node(
        ctx,
        await createVersioned(ctx.sql, requireActor(ctx), kind, {
          input,
          branch: w.branch ?? 'main',
          message: w.message ?? null,
          ...(projectId === undefined ? {} : { projectId }),
        }),
      );
    const decorators = [Authorized(), Mutation(api.node, { description: create.description })];
    const input = Arg('input', create.input, { description: create.inputDescription });
    if (create.project === undefined) {
      define(Api, create.name, (i: FieldsInput<S>, w: WriteArgs, ctx: Context) => write(ctx, i, w), decorators, [
        input,
        Args(() => writeArgs),
        Ctx(),
      ]);
    } else {
      define(
        Api,
        create.name,
        (projectId: string, i: FieldsInput<S>, w: WriteArgs, ctx: Context) => write(ctx, i, w, projectId),
        decorators,
        [Arg('projectId', () => UUIDScalar, { description: create.project }), input, Args(() => writeArgs), Ctx()],
      );
    }
  }

  if (api.update !== undefined) {
    const { update } = api;
    const run = update.via ?? ((sql, actor, args) => updateVersioned(sql, actor, kind, args));
    define(
      Api,
      update.name,
      async (id: string, input: FieldsInput<S>, w: VersionedWriteArgs, ctx: Context) =>
        node(ctx, await run(ctx.sql, requireActor(ctx), { id, input, ...writeOf(w) })),
      [Authorized(), Mutation(api.node, { description: update.description })],
      [
        Arg('id', () => UUIDScalar, { description: update.id }),
        Arg('input', update.input, { description: 'the fields to change' }),
        Args(() => VersionedWriteArgs),
        Ctx(),
      ],
    );
  }

  if (api.delete !== undefined) {
    const { delete: remove } = api;
    define(
      Api,
      remove.name,
      (id: string, w: VersionedWriteArgs, ctx: Context): Promise<CommitRecord> =>
        deleteVersioned(ctx.sql, requireActor(ctx), kind, { id, ...writeOf(w) }),
      [Authorized(), Mutation(() => Commit, { description: remove.description })],
      [Arg('id', () => UUIDScalar, { description: remove.id }), Args(() => VersionedWriteArgs), Ctx()],
    );
  }

  if (api.parent !== undefined && kind.parentField !== null && kind.parentKind !== undefined) {
    const { parent } = api;
    const parentField = kind.parentField;
    const parentKind = kind.parentKind;
    define(
      Api,
      parent.name,
      async (child: { source: Versioned<S> }, args: VersionArgs, ctx: Context) => {
        const parentId = child.source.state[parentField];
        if (typeof parentId !== 'string') return null;
        const point = await childPoint(ctx, child.source.readPoint, args);
        if (point === null) return null;
        return node(ctx, await ctx.loaders.byId(kindOf(parentKind), point, parentId));
      },
      [FieldResolver(parent.node, { nullable: true, description: parent.description })],
      [Root(), Args(() => VersionArgs), Ctx()],
    );
  }

  if (api.history === true) {
    define(
      Api,
      'history',
      async (entity: { source: Versioned<S> }, ctx: Context, info: GraphQLResolveInfo) =>
        historyNodes(ctx, info, await ctx.loaders.history(kind, entity.source.readPoint, entity.source.id)),
      [FieldResolver(() => [api.node()], { description: HISTORY })],
      [Root(), Ctx(), Info()],
    );
  }

  Resolver(api.node)(Api);
  return Api;
}

function writeOf(w: VersionedWriteArgs): { branch: string; message: string | null; expectedVersion: number | null } {
  return { branch: w.branch ?? 'main', message: w.message ?? null, expectedVersion: w.expectedVersion ?? null };
}
