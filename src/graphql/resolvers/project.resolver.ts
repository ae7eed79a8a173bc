import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Node } from '../../db/entities/index.js';
import { CostElementKind, CostRegistrationKind, ProgressEntryKind, ProjectKind, WbeKind } from '../../domain/kinds.js';
import { createProject, updateProject } from '../../domain/project/project.service.js';
import { listBranches } from '../../domain/branch/branch.service.js';
import { loadProjectsAt } from '../../versioning/store.js';
import { formatMoney } from '../../evm/index.js';
import { NotFoundError } from '../../shared/errors.js';
import type { ReadPoint } from '../../versioning/types.js';
import type { Context } from '../context.js';
import { requireActor } from '../context.js';
import { evmView } from '../evm-view.js';
import { EVM_SERIES_DESCRIPTION, evmSeriesView } from '../evm-series.js';
import { fieldsNamed, mayAsk, ownSelections, subSelections } from '../lookahead.js';
import { whenReady } from '../maybe-async.js';
import { AFTER, COMMIT_MESSAGE, EVM_AT, FIRST, MONEY, ROOT_AS_OF } from '../descriptions.js';
import { childPoint, rootPoint } from '../read-points.js';
import { projectOfOrNull } from './lookup.js';
import { DateScalar, DateTimeScalar, DecimalScalar, UUIDScalar } from '../scalars.js';
import { Branch, ProjectConnection } from '../types/branch.type.js';
import { EVMMetrics } from '../types/evm.type.js';
import { ProjectCreateInput, ProjectUpdateInput, EvmSeriesArgs, VersionArgs } from '../types/inputs.js';
import { RootReadArgs } from '../types/write-args.js';
import { versionedResolver } from './versioned-api.js';
import { Project, WBE, sortedNodes, toNode } from '../types/project-data.type.js';
import { decodeCursor, encodeCursor, pageSize } from '../pagination.js';

/** The project's update (its create makes the branch main too: ProjectResolver.createProject). */
export const ProjectApi = versionedResolver({
  kind: ProjectKind,
  history: true,
  node: () => Project,
  update: {
    name: 'updateProject',
    description: "Changes the project's fields on a branch, in one commit; answers the new state",
    input: () => ProjectUpdateInput,
    id: "the project's id; NOT_FOUND when it does not exist on the branch",
    via: updateProject,
  },
});

@Resolver(() => Project)
export class ProjectResolver {
  @Authorized()
  @Query(() => Project, {
    nullable: true,
    description:
      'null when the project did not exist at that point (or was deleted);\na branch that the project does not have is a NOT_FOUND error',
  })
  async project(
    @Arg('id', () => UUIDScalar, { description: "the project's id" }) id: string,
    @Args(() => RootReadArgs) read: RootReadArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Project | null> {
    const point = await projectPoint(ctx, id, read.branch ?? 'main', read.asOf ?? null, read.commit ?? null);
    if (point === null) return null;
    // One round trip less: what `allWbes`/`wbes` would load once the project is in starts with it.
    prefetchBelowProject(ctx, point, info);
    const project = await ctx.loaders.byId(ProjectKind, point, id);
    return project === null ? null : toNode(project, ctx.loaders);
  }

  @Authorized()
  @Query(() => ProjectConnection, {
    description:
      'projects that exist at the given point; a project without that branch is left out. Ordered by code (then id), a page at a time; each project is read at the given point, and its children inherit it',
  })
  async projects(
    @Arg('branch', () => String, {
      defaultValue: 'main',
      nullable: true,
      description: 'the branch to read each project on (default main)',
    })
    branchArg: string | null,
    @Arg('asOf', () => DateTimeScalar, { nullable: true, description: ROOT_AS_OF }) asOf: Date | null,
    @Arg('first', () => Int, { defaultValue: 50, nullable: true, description: FIRST }) firstArg: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ProjectConnection> {
    const branch = branchArg ?? 'main';
    const first = firstArg ?? 50;
    const size = pageSize(first);
    const ids = await ctx.sql.repository(Node).idsOfType(ProjectKind.type);
    const points = await Promise.all(ids.map((id) => ctx.loaders.readPoint(id, { branch, asOf })));
    const entries = ids.flatMap((id, i) => {
      const result = points[i];
      return result?.status === 'ok' ? [{ id, point: result.point }] : [];
    });
    const projects = (await loadProjectsAt(ctx.sql, ProjectKind, entries)).sort((a, b) =>
      compareKeys([a.state.code, a.id], [b.state.code, b.id]),
    );
    const cursorOf = (p: (typeof projects)[number]) => encodeCursor([p.state.code, p.id]);
    let start = 0;
    if (after !== null && after !== undefined) {
      const [code, id] = decodeCursor(after, 2);
      const key: [string, string] = [String(code), String(id)];
      start = projects.findIndex((p) => compareKeys([p.state.code, p.id], key) > 0);
      if (start < 0) start = projects.length;
    }
    const page = projects.slice(start, start + size);
    const edgeNodes = fieldsNamed(info, fieldsNamed(info, ownSelections(info), 'edges'), 'node');
    if (mayAsk(info, edgeNodes, 'commit')) await ctx.loaders.ensureCommits(page);
    const last = page.at(-1);
    return {
      edges: page.map((p) => ({ cursor: cursorOf(p), node: toNode(p, ctx.loaders) })),
      pageInfo: { hasNextPage: start + size < projects.length, endCursor: last === undefined ? null : cursorOf(last) },
      totalCount: projects.length,
    };
  }

  @Authorized()
  @Mutation(() => Project, {
    description:
      'MANAGER or ADMIN. Creates a project with its protected branch main and its first commit (CREATE); answers the project as of that commit',
  })
  async createProject(
    @Arg('input', () => ProjectCreateInput, { description: 'the new project' }) input: ProjectCreateInput,
    @Arg('message', () => String, { nullable: true, description: COMMIT_MESSAGE }) message: string | null,
    @Ctx() ctx: Context,
  ): Promise<Project> {
    return toNode(await createProject(ctx.sql, requireActor(ctx), input, message));
  }

  @FieldResolver(() => DecimalScalar, {
    description: `sum of the budgets of the project's cost elements at this point, ${MONEY}`,
  })
  budget(@Root() project: Project, @Ctx() ctx: Context): string | Promise<string> {
    return whenReady(ctx.loaders.snapshot(project.source.readPoint), (snapshot) =>
      formatMoney(snapshot.budgets.project),
    );
  }

  @FieldResolver(() => [WBE], { description: 'top-level WBEs (no parent WBE)' })
  async wbes(
    @Root() project: Project,
    @Args(() => VersionArgs) args: VersionArgs,
    @Ctx() ctx: Context,
  ): Promise<WBE[]> {
    const point = await childPoint(ctx, project.source.readPoint, args);
    if (point === null) return [];
    const all = await ctx.loaders.all(WbeKind, point);
    return all
      .filter((w) => w.state.parentId === null)
      .sort(byCode)
      .map((w) => toNode(w, ctx.loaders));
  }

  @FieldResolver(() => [WBE], { description: 'every WBE of the project, flat' })
  async allWbes(
    @Root() project: Project,
    @Args(() => VersionArgs) args: VersionArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<WBE[]> {
    const point = await childPoint(ctx, project.source.readPoint, args);
    if (point === null) return [];
    const below = prefetchBelowAllWbes(ctx, point, info, ownSelections(info));
    const [wbes] = await Promise.all([ctx.loaders.all(WbeKind, point), ...below]);
    return sortedNodes(wbes, byCode, ctx.loaders);
  }

  @FieldResolver(() => EVMMetrics, {
    description:
      "control date defaults to the read point's date. The whole project's figures: every cost element's BAC, PV, EV and AC summed, indices derived from the sums",
  })
  async evm(
    @Root() project: Project,
    @Arg('at', () => DateScalar, { nullable: true, description: EVM_AT }) at: string | null,
    @Ctx() ctx: Context,
  ): Promise<EVMMetrics> {
    const point = project.source.readPoint;
    const date = at ?? point.date;
    const rollup = await ctx.loaders.evmRollup(point, date);
    return evmView(rollup.project, date);
  }

  @FieldResolver(() => [EVMMetrics], { description: EVM_SERIES_DESCRIPTION })
  evmSeries(
    @Root() project: Project,
    @Args(() => EvmSeriesArgs) range: EvmSeriesArgs,
    @Ctx() ctx: Context,
  ): Promise<EVMMetrics[]> {
    return evmSeriesView(ctx.loaders, project.source.readPoint, { of: 'project' }, range);
  }

  @FieldResolver(() => [Branch], {
    description: 'every branch of the project, whatever the read point: main first, then by creation time',
  })
  async branches(@Root() project: Project, @Ctx() ctx: Context): Promise<Branch[]> {
    return listBranches(ctx.sql, project.id);
  }
}

/** The root read point of `project`, where an unknown project is null rather than an error. */
async function projectPoint(
  ctx: Context,
  id: string,
  branch: string,
  asOf: Date | null,
  commit: string | null,
): Promise<ReadPoint | null> {
  if (commit !== null) {
    if (asOf === null && (await projectOfOrNull(ctx, id, 'Project')) === null) return null;
    return rootPoint(ctx, id, branch, asOf, commit);
  }
  const result = await ctx.loaders.readPoint(id, { branch, asOf });
  if (result.status === 'no-branch') {
    // Only on this path: an unknown project is null, a known one without the branch NOT_FOUND.
    if ((await projectOfOrNull(ctx, id, 'Project')) === null) return null;
    throw NotFoundError.branch(id, branch);
  }
  return result.status === 'ok' ? result.point : null;
}

/**
 * Under `allWbes`, `costElements` asks for the children of every WBE, and their actuals for
 * every cost element: the very rows that `all` reads for each kind. Those statements start
 * now, in parallel with the WBEs' instead of one level after the other, and `allWbes` answers
 * once they are in, so that everything below it resolves synchronously (same statements).
 */
function prefetchBelowAllWbes(
  ctx: Context,
  point: ReadPoint,
  info: GraphQLResolveInfo,
  sets: readonly SelectionSetNode[],
): Promise<void>[] {
  const elements = subSelections(info, sets, 'costElements');
  if (elements.length === 0) return [];
  const loads = [ctx.loaders.prefetch(CostElementKind, point)];
  if (subSelections(info, elements, 'costRegistrations').length > 0)
    loads.push(ctx.loaders.prefetch(CostRegistrationKind, point));
  if (subSelections(info, elements, 'progressEntries').length > 0)
    loads.push(ctx.loaders.prefetch(ProgressEntryKind, point));
  return loads;
}

/**
 * Under `project`, `allWbes` and `wbes` (at the project's read point) read every WBE, and
 * `allWbes` what is below it: those loads start together with the project's own row instead
 * of after it (the same statements; loaders share them by read point). Nothing is awaited.
 */
function prefetchBelowProject(ctx: Context, point: ReadPoint, info: GraphQLResolveInfo): void {
  const own = ownSelections(info);
  const allWbes = subSelections(info, own, 'allWbes');
  if (allWbes.length === 0 && subSelections(info, own, 'wbes').length === 0) return;
  void ctx.loaders.prefetch(WbeKind, point);
  if (allWbes.length > 0) void prefetchBelowAllWbes(ctx, point, info, allWbes);
}

function byCode(a: { state: { code: string } }, b: { state: { code: string } }): number {
  return a.state.code.localeCompare(b.state.code);
}

/** One ordering for sorting and for finding a cursor's place: code, then id, by code point. */
function compareKeys(a: readonly [string, string], b: readonly [string, string]): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return 0;
}
