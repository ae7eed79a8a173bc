import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node as NodeIdentity } from '../../db/entities/index.js';
import { kindOf } from '../../domain/kinds.js';
import { userHistory } from '../../domain/user/user.service.js';
import { DomainError } from '../../shared/errors.js';
import { resolveLineagesAtSeq } from '../../versioning/read-point.js';
import type { EntityTypeName, ReadPoint } from '../../versioning/types.js';
import { projectHeads } from '../branch-heads.js';
import type { Context } from '../context.js';
import type { Loaders } from '../loaders.js';
import { decodeNodeId, type NodeRef, type PointRef } from '../node-id.js';
import { withDate } from '../read-points.js';
import { Node } from '../types/node.type.js';
import { toNode } from '../types/project-data.type.js';
import { User } from '../types/user.type.js';

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, {
    nullable: true,
    description:
      'The object that a nodeId names, read again at the read point it was read at; its children inherit that point. null when no such object is here (e.g. a nodeId of another server or database); a string that is not a nodeId at all is BAD_USER_INPUT.',
  })
  async node(
    @Arg('nodeId', () => ID, { description: 'a `nodeId` from any versioned object' }) nodeId: string,
    @Ctx() ctx: Context,
  ): Promise<Node | User | null> {
    const ref = decodeNodeId(nodeId);
    if (ref.point.kind === 'USER') return userNode(ctx, ref, ref.point.visibleVersion);
    if (ref.type === 'User') return null;
    // The project is the entity's (a nodeId does not repeat it).
    const projectId = await projectOf(ctx, ref.type, ref.id);
    if (projectId === null) return null;
    const point = await pointOf(ctx, projectId, ref.point);
    return point === null ? null : versionedNode(ctx, point, ref.type, ref);
  }
}

type ProjectPointRef = Exclude<PointRef, { kind: 'USER' }>;

/** Per request: entities' projects (batched), and read points named by nodeIds (resolved once). */
interface NodeLookups {
  entities: DataLoader<string, { projectId: string; type: string } | null>;
  points: Map<string, Promise<ReadPoint | null>>;
}

const perRequest = new WeakMap<Loaders, NodeLookups>();

function lookups(ctx: Context): NodeLookups {
  let found = perRequest.get(ctx.loaders);
  if (found === undefined) {
    found = {
      entities: new DataLoader(async (ids) => {
        const rows = await ctx.sql.repository(NodeIdentity).identities(ids);
        const byId = new Map(rows.map((r) => [r.id, { projectId: r.project_id, type: r.entity_type }]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      points: new Map(),
    };
    perRequest.set(ctx.loaders, found);
  }
  return found;
}

async function projectOf(ctx: Context, type: EntityTypeName, id: string): Promise<string | null> {
  const entity = await lookups(ctx).entities.load(id);
  return entity !== null && entity.type === type ? entity.projectId : null;
}

function pointOf(ctx: Context, projectId: string, ref: ProjectPointRef): Promise<ReadPoint | null> {
  const { points } = lookups(ctx);
  const key = JSON.stringify([projectId, ref]);
  let point = points.get(key);
  if (point === undefined) {
    point = resolvePoint(ctx, projectId, ref).catch((error: unknown) => {
      // A point that does not exist here (an unknown commit or branch) names no object.
      if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
      throw error;
    });
    points.set(key, point);
  }
  return point;
}

async function resolvePoint(ctx: Context, projectId: string, ref: ProjectPointRef): Promise<ReadPoint | null> {
  switch (ref.kind) {
    case 'HEAD': {
      // Then the branch's latest state; now a state of its past, with the same lineage.
      const heads = await projectHeads(ctx, projectId);
      const branch = heads.branches.find((b) => b.name === ref.branch);
      if (branch === undefined || ref.seq < 1 || ref.seq > branch.headSeq) return null;
      const point = await resolveLineagesAtSeq(ctx.sql, projectId, ref.branch, ref.seq);
      return point === null ? null : withDate(point, ref.date);
    }
    case 'MOMENT': {
      const result = await ctx.loaders.readPoint(projectId, { branch: ref.branch, asOf: ref.horizon });
      return result.status === 'ok' ? withDate(result.point, ref.date) : null;
    }
    case 'COMMIT': {
      const result = await ctx.loaders.readPoint(projectId, { branch: '', commitId: ref.commitId });
      return result.status === 'ok' ? withDate(result.point, ref.date) : null;
    }
  }
}

/** The state of that version at the point: the latest there, or an entry of its history. */
async function versionedNode(ctx: Context, point: ReadPoint, type: EntityTypeName, ref: NodeRef): Promise<Node | null> {
  const kind = kindOf(type);
  const latest = await ctx.loaders.byId(kind, point, ref.id);
  if (latest !== null && latest.version === ref.version) return toNode(latest, ctx.loaders);
  const entry = (await ctx.loaders.history(kind, point, ref.id)).find((v) => v.version === ref.version);
  if (entry === undefined) return null;
  await ctx.loaders.ensureCommits([entry]);
  return toNode(entry, ctx.loaders);
}

/** A profile state as it was read where `visibleVersion` was the latest one. */
async function userNode(ctx: Context, ref: NodeRef, visibleVersion: number): Promise<User | null> {
  const states = await userHistory(ctx.sql, ref.id, null);
  const state = states.find((s) => s.version === ref.version);
  const visible = states.find((s) => s.version === visibleVersion);
  if (state === undefined || visible === undefined || ref.version > visibleVersion) return null;
  return Object.assign(new User(), {
    ...state,
    validTo: ref.version === visibleVersion ? null : state.validTo,
    // Its history is read up to the visible state, as where it was first read.
    asOf: visible.validFrom,
    visibleVersion,
  });
}
