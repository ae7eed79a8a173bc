/**
 * Runs operation sequences through the real service layer (on a real database) and through
 * the reference model, and demands identical answers: every read, diff, log, merge result
 * and error code. Ids are mapped between the two worlds by creation order; the model takes
 * the server's committedAt for each commit, so moments between commits mean the same on both.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import type { Actor } from '../../src/auth/roles.js';
import { Commit } from '../../src/db/entities/index.js';
import { migrateUp } from '../../src/db/migrate.js';
import { openDatabase, type Database } from '../../src/db/orm.js';
import { databaseSchema } from '../../src/domain/database-schema.js';
import { Sql } from '../../src/db/sql.js';
import { recordProgress, registerCost } from '../../src/domain/actuals/actuals.service.js';
import { archiveBranch, commitLog, createBranch, findBranch } from '../../src/domain/branch/branch.service.js';
import { diffProject, mergeBranch, revertCommit } from '../../src/domain/change-control/change-control.service.js';
import {
  approveChangeOrder,
  createChangeOrder,
  rejectChangeOrder,
  submitChangeOrder,
  withdrawChangeOrder,
  type ChangeOrder as ServerChangeOrder,
} from '../../src/domain/change-order/change-order.service.js';
import {
  createCostElement,
  deleteCostElement,
  updateCostElement,
} from '../../src/domain/cost-element/cost-element.service.js';
import { ALL_KINDS, ProjectKind } from '../../src/domain/kinds.js';
import { createProject, updateProject } from '../../src/domain/project/project.service.js';
import { insertUser } from '../../src/domain/user/user.service.js';
import { createWbe, deleteWbe, updateWbe } from '../../src/domain/wbs/wbe.service.js';
import { diffPoints } from '../../src/versioning/diff.js';
import { DomainError } from '../../src/shared/errors.js';
import { decodeCommit } from '../../src/versioning/history.js';
import { requireRef, resolveLineagesAtSeq, type Ref as ServerRef } from '../../src/versioning/read-point.js';
import { loadAt, loadHistories, loadProjectsAt } from '../../src/versioning/store.js';
import type { CommitRecord, EntityChange as ServerChange, ReadPoint, Versioned } from '../../src/versioning/types.js';
import { createTestDatabase } from '../helpers/database.js';
import { sequence, type BranchSpec, type Moment, type Op, type RefSpec } from './generator.js';
import {
  ENTITY_TYPES,
  FIELDS,
  isNullable,
  ModelError,
  ReferenceModel,
  type Commit as ModelCommit,
  type Conflict,
  type EntityChange,
  type EntityType,
  type Ref,
  type Resolution,
  type Seen,
  type State,
  type Step,
  type Value,
} from './reference-model.js';

// ------------------------------------------------------------------ engine

export interface Engine {
  name: 'postgresql' | 'pglite';
  sql: Sql;
  actor: Actor;
  close(): Promise<void>;
}

/** A fresh database (PGlite in memory, or a new PostgreSQL database under TEST_DATABASE_URL), migrated. */
export async function openEngine(): Promise<Engine> {
  const testDb = await createTestDatabase();
  let db: Database | null = null;
  try {
    db = await openDatabase({ databaseUrl: testDb.url, dataDir: ':memory:', dbPoolSize: 2 }, databaseSchema);
    await migrateUp(db);
    const sql = new Sql(db.em.fork());
    const email = `model-${randomBytes(4).toString('hex')}@test.local`;
    const admin = await insertUser(
      sql,
      { email, password: 'correct-horse-battery', fullName: 'Model Admin', role: 'ADMIN' },
      null,
    );
    const opened = db;
    return {
      name: opened.engine,
      sql,
      actor: { id: admin.id, role: 'ADMIN' },
      close: async () => {
        await opened.close();
        await testDb.drop();
      },
    };
  } catch (error) {
    await db?.close();
    await testDb.drop();
    throw error;
  }
}

// ------------------------------------------------------------------ outcomes and divergences

type Outcome<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

async function onServer<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
  }
}

function onModel<T>(work: () => T): Outcome<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof ModelError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

/** The two worlds answered differently. `expected` is the model's answer, `actual` the server's. */
export class Divergence extends Error {
  constructor(
    readonly step: number,
    readonly what: string,
    readonly expected: unknown,
    readonly actual: unknown,
  ) {
    super(`step ${step}: ${what} differs${firstDifference(expected, actual)}`);
    this.name = 'Divergence';
  }
}

/** Where two values first differ: a path and both sides there. */
function firstDifference(model: unknown, server: unknown, path = ''): string {
  if (stable(model) === stable(server)) return '';
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';
  if (isObject(model) && isObject(server) && Array.isArray(model) === Array.isArray(server)) {
    const keys = [...new Set([...Object.keys(model), ...Object.keys(server)])].sort();
    for (const k of keys) {
      const found = firstDifference(model[k], server[k], `${path}${Array.isArray(model) ? `[${k}]` : `.${k}`}`);
      if (found !== '') return found;
    }
  }
  return ` at ${path === '' ? '(top)' : path}\n  model:  ${stable(model) ?? 'undefined'}\n  server: ${stable(server) ?? 'undefined'}`;
}

/** JSON with sorted object keys, so equal values print equally. */
export function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** How often each kind of outcome occurred: shows what the generator actually explores. */
export type Stats = Map<string, number>;
function count(stats: Stats | undefined, key: string): void {
  stats?.set(key, (stats.get(key) ?? 0) + 1);
}

export interface RunOptions {
  /** Also read the whole project at every commit at the end (slower, finds more). */
  readEveryCommit?: boolean;
  stats?: Stats;
}

// ------------------------------------------------------------------ the run

const TYPE_ORDER = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, i]));
/** The kinds the reference model knows (the registry may hold more, which the model does not drive). */
const MODEL_KINDS = ALL_KINDS.filter((k): k is (typeof ALL_KINDS)[number] & { type: EntityType } =>
  (ENTITY_TYPES as readonly string[]).includes(k.type),
);
let projectCounter = 0;

/** Runs one sequence on both worlds; throws a Divergence at the first difference. */
export async function runSequence(engine: Engine, ops: readonly Op[], options: RunOptions): Promise<void> {
  const run = new Run(engine, options);
  for (const [i, op] of ops.entries()) await run.step(i, op);
  await run.finalCheck(ops.length);
}

class Run {
  readonly model = new ReferenceModel();
  /** server id -> model id, and back. */
  readonly toModel = new Map<string, string>();
  readonly toServer = new Map<string, string>();
  readonly projects: string[] = [];

  constructor(
    readonly engine: Engine,
    readonly options: RunOptions,
  ) {}

  private get sql(): Sql {
    return this.engine.sql;
  }
  private get actor(): Actor {
    return this.engine.actor;
  }

  pair(serverId: string, modelId: string): void {
    this.toModel.set(serverId, modelId);
    this.toServer.set(modelId, serverId);
  }
  server(modelId: string): string {
    const id = this.toServer.get(modelId);
    if (id === undefined) throw new Error(`no server id for ${modelId}`);
    return id;
  }
  /** Server values in model terms: every id replaced by its model id. */
  normalize(value: unknown): unknown {
    if (typeof value === 'string') {
      const mapped = this.toModel.get(value);
      if (mapped !== undefined) return mapped;
      return /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(value) ? `unmapped:${value}` : value;
    }
    if (value instanceof Date) return value.getTime();
    if (Array.isArray(value)) return value.map((v) => this.normalize(v));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.toModel.get(k) ?? k, this.normalize(v)]));
    }
    return value;
  }
  /** Model values in server terms: reference fields (and ids) mapped to server ids. */
  serverValue(type: EntityType, field: string, value: unknown): unknown {
    if (value === null || value === undefined) return value ?? null;
    if (field === '*' && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([f, v]) => [f, this.serverValue(type, f, v)]));
    }
    return FIELDS[type][field] === 'ref' && typeof value === 'string' ? this.server(value) : value;
  }

  /** Fails unless both worlds agree on success and error code; on success, returns both values. */
  agree<S, M>(i: number, op: Op, server: Outcome<S>, model: Outcome<M>): { server: S; model: M } {
    count(this.options.stats, `${op.op}:${server.ok ? 'ok' : server.code}`);
    if (server.ok && model.ok) return { server: server.value, model: model.value };
    // INVARIANT: the operation must be refused, with nothing written; the contract does not say how.
    const refused = !server.ok
      ? server.code === 'CONFLICT' || server.code === 'BAD_USER_INPUT'
      : isConflictsResult(server.value);
    if (!model.ok && model.code === 'INVARIANT' && refused) skip();
    const show = (o: Outcome<unknown>) => (o.ok ? 'success' : `${o.code} (${o.message})`);
    if (server.ok !== model.ok || (!server.ok && !model.ok && server.code !== model.code)) {
      throw new Divergence(i, `${op.op} outcome`, show(model), show(server));
    }
    return skip();
  }

  /** Compares normalized values; the model's are already in model terms. */
  same(i: number, what: string, expected: unknown, actual: unknown): void {
    const a = stable(expected);
    const b = stable(this.normalize(actual));
    if (a !== b) throw new Divergence(i, what, expected, this.normalize(actual));
  }

  // ---- resolving abstract operands (model terms) ----

  projectOf(p: number): string | null {
    return this.projects.length === 0 ? null : (this.projects[p % this.projects.length] ?? null);
  }
  /** The n-th of a list, modulo its length (negative: from the end). */
  pick(list: readonly string[], n: number): string | null {
    return list.length === 0 ? null : (list[((n % list.length) + list.length) % list.length] ?? null);
  }
  /** The n-th commit of the project in creation order (negative: from the last). */
  commitOf(projectId: string, n: number): ModelCommit | null {
    const list = this.model.commitList(projectId);
    return list.length === 0 ? null : (list[((n % list.length) + list.length) % list.length] ?? null);
  }
  moment(projectId: string, m: Moment): number {
    if (m === 'past') return Date.UTC(2000, 0, 1);
    if (m === 'future') return Date.UTC(2100, 0, 1);
    const c = this.commitOf(projectId, m.commit);
    return (c?.at ?? 0) + m.offset;
  }
  branch(projectId: string, spec: BranchSpec): string {
    if (typeof spec === 'string') return spec;
    const names = this.model.branchNames(projectId);
    return names[spec % names.length] ?? 'main';
  }
  ref(projectId: string, spec: RefSpec): Ref {
    if ('commit' in spec) {
      const c = this.commitOf(projectId, spec.commit);
      const asOf = 'asOf' in spec ? { asOf: this.moment(projectId, spec.asOf) } : {};
      return { branch: c?.branch ?? 'main', commit: c?.id ?? null, ...asOf };
    }
    const branch = this.branch(projectId, spec.branch);
    return 'asOf' in spec ? { branch, asOf: this.moment(projectId, spec.asOf) } : { branch };
  }
  serverRef(ref: Ref): ServerRef {
    return {
      branch: ref.branch,
      asOf: ref.asOf === null || ref.asOf === undefined ? null : new Date(ref.asOf),
      commitId: ref.commit === null || ref.commit === undefined ? null : this.server(ref.commit),
    };
  }

  // ---- one operation ----

  async step(i: number, op: Op): Promise<void> {
    try {
      await this.dispatch(i, op);
    } catch (error) {
      if (error instanceof Skip) return;
      throw error;
    }
  }

  /** Runs a write on both worlds: the model gets the committedAt of the commit the server made. */
  async write<S, M>(
    i: number,
    op: Op,
    server: () => Promise<S>,
    serverCommit: (s: S) => Promise<{ id: string; at: Date } | null>,
    model: (at: number) => M,
    modelCommit: (m: M) => string | null,
  ): Promise<{ server: S; model: M }> {
    const s = await onServer(server);
    const commit = s.ok ? await serverCommit(s.value) : null;
    const m = onModel(() => model(commit?.at.getTime() ?? Date.now()));
    const both = this.agree(i, op, s, m);
    const mc = modelCommit(both.model);
    if ((commit === null) !== (mc === null)) throw new Divergence(i, `${op.op} commit`, mc, commit?.id ?? null);
    if (commit !== null && mc !== null) this.pair(commit.id, mc);
    return both;
  }

  async dispatch(i: number, op: Op): Promise<void> {
    const { sql, actor, model } = this;
    const versioned = (v: Versioned) => Promise.resolve({ id: v.commitId, at: v.validFrom });
    const record = (c: CommitRecord) => Promise.resolve({ id: c.id, at: c.committedAt });
    if (op.op === 'createProject') {
      if (this.projects.length >= 2) throw new Skip();
      projectCounter += 1;
      const input = {
        code: `M${process.pid}-${projectCounter}-${randomBytes(3).toString('hex')}`,
        name: 'Model',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
      };
      const { server, model: m } = await this.write(
        i,
        op,
        () => createProject(sql, actor, input, null),
        versioned,
        (at) => model.createProject(input, at),
        (x) => x.commit,
      );
      this.pair(server.id, m.id);
      this.projects.push(m.id);
      return;
    }
    const projectId = this.projectOf(op.p);
    if (projectId === null) throw new Skip();
    const wbes = model.entityIds(projectId, 'WBE');
    const ces = model.entityIds(projectId, 'CostElement');
    const need = (list: string[], n: number | undefined): string =>
      n === undefined ? skip() : (this.pick(list, n) ?? skip());
    const ev = (n: number | undefined) => n ?? null;
    const branch = 'branch' in op ? this.branch(projectId, op.branch) : 'main';

    switch (op.op) {
      case 'updateProject': {
        const { server } = await this.write(
          i,
          op,
          () =>
            updateProject(sql, actor, {
              id: this.server(projectId),
              input: op.input,
              branch: branch,
              expectedVersion: ev(op.expectedVersion),
              message: null,
            }),
          versioned,
          (at) => model.updateProject(projectId, branch, op.input, ev(op.expectedVersion), at),
          (x) => x.commit,
        );
        return this.compareWritten(i, op, server);
      }
      case 'createWbe': {
        const parentId = op.input.parent === undefined || op.input.parent === null ? null : need(wbes, op.input.parent);
        const input = { code: op.input.code, name: op.input.name, description: op.input.description ?? null, parentId };
        const { server, model: m } = await this.write(
          i,
          op,
          () =>
            createWbe(sql, actor, {
              projectId: this.server(projectId),
              input: { ...input, parentId: parentId === null ? null : this.server(parentId) },
              branch: branch,
              message: null,
            }),
          versioned,
          (at) => model.createWbe(projectId, branch, input, at),
          (x) => x.commit,
        );
        this.pair(server.id, m.id);
        return this.compareWritten(i, op, server);
      }
      case 'updateWbe': {
        const id = need(wbes, op.wbe);
        const { parent, ...rest } = op.input;
        const parentId = parent === undefined ? undefined : parent === null ? null : need(wbes, parent);
        const input = { ...rest, ...(parentId === undefined ? {} : { parentId }) };
        const serverInput = {
          ...rest,
          ...(parentId === undefined ? {} : { parentId: parentId === null ? null : this.server(parentId) }),
        };
        const { server } = await this.write(
          i,
          op,
          () =>
            updateWbe(sql, actor, {
              id: this.server(id),
              input: serverInput,
              branch: branch,
              expectedVersion: ev(op.expectedVersion),
              message: null,
            }),
          versioned,
          (at) => model.updateWbe(id, branch, input, ev(op.expectedVersion), at),
          (x) => x.commit,
        );
        return this.compareWritten(i, op, server);
      }
      case 'deleteWbe': {
        const id = need(wbes, op.wbe);
        await this.write(
          i,
          op,
          () =>
            deleteWbe(sql, actor, {
              id: this.server(id),
              branch: branch,
              expectedVersion: ev(op.expectedVersion),
              message: null,
            }),
          record,
          (at) => model.deleteWbe(id, branch, ev(op.expectedVersion), at),
          (x) => x.commit,
        );
        return;
      }
      case 'createCe': {
        const wbeId = need(wbes, op.input.wbe);
        const input = {
          wbeId,
          code: op.input.code,
          name: op.input.name ?? 'n',
          costType: op.input.costType ?? null,
          budget: op.input.budget,
          plannedStart: op.input.start,
          plannedEnd: op.input.end,
        };
        const { server, model: m } = await this.write(
          i,
          op,
          () =>
            createCostElement(sql, actor, {
              input: { ...input, wbeId: this.server(wbeId) },
              branch: branch,
              message: null,
            }),
          versioned,
          (at) => model.createCostElement(input, branch, at),
          (x) => x.commit,
        );
        this.pair(server.id, m.id);
        return this.compareWritten(i, op, server);
      }
      case 'updateCe': {
        const id = need(ces, op.ce);
        const wbeId = op.input.wbe === undefined ? undefined : need(wbes, op.input.wbe);
        const input = {
          ...(wbeId === undefined ? {} : { wbeId }),
          ...(op.input.code === undefined ? {} : { code: op.input.code }),
          ...(op.input.name === undefined ? {} : { name: op.input.name }),
          ...(op.input.costType === undefined ? {} : { costType: op.input.costType }),
          ...(op.input.budget === undefined ? {} : { budget: op.input.budget }),
          ...(op.input.start === undefined ? {} : { plannedStart: op.input.start }),
          ...(op.input.end === undefined ? {} : { plannedEnd: op.input.end }),
        };
        const serverInput = { ...input, ...(wbeId === undefined ? {} : { wbeId: this.server(wbeId) }) } as Parameters<
          typeof updateCostElement
        >[2]['input'];
        const { server } = await this.write(
          i,
          op,
          () =>
            updateCostElement(sql, actor, {
              id: this.server(id),
              input: serverInput,
              branch: branch,
              expectedVersion: ev(op.expectedVersion),
              message: null,
            }),
          versioned,
          (at) => model.updateCostElement(id, branch, input, ev(op.expectedVersion), at),
          (x) => x.commit,
        );
        return this.compareWritten(i, op, server);
      }
      case 'deleteCe': {
        const id = need(ces, op.ce);
        await this.write(
          i,
          op,
          () =>
            deleteCostElement(sql, actor, {
              id: this.server(id),
              branch: branch,
              expectedVersion: ev(op.expectedVersion),
              message: null,
            }),
          record,
          (at) => model.deleteCostElement(id, branch, ev(op.expectedVersion), at),
          (x) => x.commit,
        );
        return;
      }
      case 'registerCost':
      case 'recordProgress': {
        const ce = need(ces, op.ce);
        const cost = op.op === 'registerCost';
        const state: State = cost
          ? { costElementId: ce, amount: op.amount, incurredOn: op.date, description: op.description ?? null }
          : { costElementId: ce, percentComplete: op.percent, measuredOn: op.date };
        const { server, model: m } = await this.write(
          i,
          op,
          () =>
            op.op === 'registerCost'
              ? registerCost(sql, actor, {
                  input: {
                    costElementId: this.server(ce),
                    amount: op.amount,
                    incurredOn: op.date,
                    description: op.description ?? null,
                  },
                  branch: branch,
                  message: null,
                })
              : recordProgress(sql, actor, {
                  input: { costElementId: this.server(ce), percentComplete: op.percent, measuredOn: op.date },
                  branch: branch,
                  message: null,
                }),
          (v: Versioned) => versioned(v),
          (at) => model.recordActual(cost ? 'CostRegistration' : 'ProgressEntry', state, branch, at),
          (x) => x.commit,
        );
        this.pair(server.id, m.id);
        return this.compareWritten(i, op, server);
      }
      case 'createBranch': {
        const from = op.from === undefined ? null : this.ref(projectId, op.from);
        const { server } = await this.write(
          i,
          op,
          () =>
            createBranch(sql, actor, {
              projectId: this.server(projectId),
              name: op.name,
              from: from === null ? null : this.serverRef(from),
            }),
          (b) => Promise.resolve({ id: b.headCommitId, at: b.headCommittedAt }),
          (at) => model.createBranch(projectId, op.name, from, at),
          (x) => x.commit,
        );
        this.same(i, 'created branch', model.branchInfo(projectId, op.name), {
          name: server.name,
          status: server.status,
          head: server.headCommitId,
          forkedFrom: server.forkedFromCommitId,
        });
        return;
      }
      case 'archiveBranch': {
        const { server } = await this.write(
          i,
          op,
          () => archiveBranch(sql, actor, { projectId: this.server(projectId), name: branch }),
          () => Promise.resolve(null),
          () => model.archiveBranch(projectId, branch),
          () => null,
        );
        this.same(i, 'archived branch', model.branchInfo(projectId, branch).status, server.status);
        return;
      }
      case 'merge':
        return this.merge(i, op, projectId);
      case 'revert': {
        const c = this.commitOf(projectId, op.commit) ?? skip();
        await this.write(
          i,
          op,
          () =>
            revertCommit(sql, actor, {
              projectId: this.server(projectId),
              commitId: this.server(c.id),
              branch: branch,
              message: null,
            }),
          record,
          (at) => model.revert(projectId, c.id, branch, at),
          (x) => x.commit,
        );
        return;
      }
      case 'createCo': {
        const { server, model: m } = await this.write(
          i,
          op,
          () => createChangeOrder(sql, actor, { projectId: this.server(projectId), code: op.code, title: 'T' }),
          async (o) => {
            const b = await findBranch(sql, o.projectId, o.branch);
            return b === null ? null : { id: b.headCommitId, at: b.headCommittedAt };
          },
          (at) => model.createChangeOrder(projectId, { code: op.code }, at),
          (x) => x.commit,
        );
        this.pair(server.id, m.id);
        return;
      }
      case 'submitCo':
      case 'withdrawCo':
      case 'approveCo':
      case 'rejectCo': {
        const co =
          this.pick(
            model.changeOrders(projectId).map((o) => o.id),
            op.co,
          ) ?? skip();
        const serverOp = (): Promise<ServerChangeOrder> =>
          op.op === 'submitCo'
            ? submitChangeOrder(sql, actor, this.server(co))
            : op.op === 'withdrawCo'
              ? withdrawChangeOrder(sql, actor, this.server(co), null)
              : op.op === 'approveCo'
                ? approveChangeOrder(sql, actor, this.server(co), null)
                : rejectChangeOrder(sql, actor, this.server(co), 'no');
        const { server, model: m } = await this.write(
          i,
          op,
          serverOp,
          async (o) => {
            if (op.op !== 'approveCo' || o.mergeCommitId === null) return null;
            const main = await findBranch(sql, o.projectId, 'main');
            return main === null || main.headCommitId !== o.mergeCommitId
              ? null
              : { id: main.headCommitId, at: main.headCommittedAt };
          },
          (at) =>
            op.op === 'submitCo'
              ? model.submitChangeOrder(projectId, co)
              : op.op === 'withdrawCo'
                ? model.withdrawChangeOrder(projectId, co)
                : op.op === 'approveCo'
                  ? model.approveChangeOrder(projectId, co, at)
                  : model.rejectChangeOrder(projectId, co),
          (x) => x.mergeCommit,
        );
        this.same(
          i,
          'change order',
          { code: m.code, status: m.status, branch: m.branch, mergeCommit: m.mergeCommit },
          {
            code: server.code,
            status: server.status,
            branch: server.branch,
            mergeCommit: server.mergeCommitId,
          },
        );
        return;
      }
      case 'read':
        return this.read(i, op, projectId, this.ref(projectId, op.at));
      case 'log':
        return this.log(i, op, projectId, branch, op.pageSize);
      case 'diff':
        return this.diff(i, op, projectId, this.ref(projectId, op.from), this.ref(projectId, op.to), op.mode);
      case 'changes': {
        const c = this.commitOf(projectId, op.commit) ?? skip();
        const s = await onServer(async () => {
          const row = await sql.repository(Commit).byId(this.server(c.id));
          if (row === null) throw new Error('commit missing');
          const commit = decodeCommit(row);
          const after = await resolveLineagesAtSeq(sql, commit.projectId, commit.branch, commit.seq);
          const parent =
            commit.parentIds[0] === undefined ? null : await sql.repository(Commit).byId(commit.parentIds[0]);
          const p = parent === null ? null : decodeCommit(parent);
          const before = p === null ? null : await resolveLineagesAtSeq(sql, p.projectId, p.branch, p.seq);
          if (after === null) throw new Error('no lineage');
          return diffPoints(sql, ALL_KINDS, before, after);
        });
        const both = this.agree(
          i,
          op,
          s,
          onModel(() => model.commitChanges(projectId, c.id)),
        );
        this.same(
          i,
          'commit changes',
          sortChanges(both.model),
          sortChanges(this.normalize(both.server) as EntityChange[]),
        );
        return;
      }
    }
  }

  /** A written state equals the model's state of it, read right after the commit. */
  compareWritten(i: number, op: Op, written: Versioned): void {
    const projectId = this.toModel.get(written.readPoint.projectId) ?? '';
    const lineage = this.model.pointAt(projectId, { branch: written.readPoint.branch });
    const seen = lineage === null ? [] : this.model.readAll(projectId, lineage);
    const id = this.toModel.get(written.id);
    this.same(i, `${op.op} result`, seen.find((s) => s.id === id) ?? null, seenOf(written));
  }

  async merge(i: number, op: Extract<Op, { op: 'merge' }>, projectId: string): Promise<void> {
    const { model, sql, actor } = this;
    const target = this.branch(projectId, op.target);
    const others = model.branchNames(projectId).filter((b) => b !== target);
    const source = typeof op.source === 'string' ? op.source : (others[op.source % others.length] ?? skip());
    let resolutions: Resolution[] = [];
    const plan = op.resolve;
    const probe = onModel(() =>
      model.merge(projectId, { source, target, strategy: 'FAIL_ON_CONFLICT', resolutions: [], dryRun: true }, 0),
    );
    if (plan !== undefined) {
      const conflicts = probe.ok
        ? [...probe.value.conflicts].sort((a, b) =>
            `${a.entityId}|${a.field}`.localeCompare(`${b.entityId}|${b.field}`),
          )
        : [];
      if (plan === 'stray') {
        const some = this.model.entityIds(projectId, 'WBE')[0];
        if (some !== undefined) resolutions = [{ entityId: some, field: 'name', value: 'stray' }];
      } else {
        resolutions = conflicts.flatMap((c, n) => {
          // Choice 2 takes a new code for a code conflict (more merges succeed); 6 takes the source's code.
          const planned = plan[n % plan.length] ?? 0;
          const choice = c.field === 'code' && planned === 2 ? 4 : planned;
          if (choice === 0) return [];
          const side =
            choice === 1 ? c.ours : choice === 2 || choice === 6 ? c.theirs : choice === 3 ? c.base : undefined;
          // A side without a value for a required field (an entity added on one side only) gets a new value instead.
          const other = c.ours ?? c.theirs ?? c.base;
          const value =
            side === undefined || (side === null && !isNullable(c.field))
              ? customValue(c.entityType, c.field, choice === 5, n, other)
              : side;
          return [{ entityId: c.entityId, field: c.field, value }];
        });
      }
    }
    const serverResolutions = resolutions.map((r) => {
      const type = model.typeOf(r.entityId) ?? 'WBE';
      return { entityId: this.server(r.entityId), field: r.field, value: this.serverValue(type, r.field, r.value) };
    });
    const args = { source, target, strategy: op.strategy, dryRun: op.dryRun ?? false };
    const movesBase = model.branchNames(projectId).includes(target) && model.parentOf(projectId, target) === source;
    const compared = async () => {
      const { server, model: m } = await this.write(
        i,
        op,
        () =>
          mergeBranch(sql, actor, {
            projectId: this.server(projectId),
            ...args,
            resolutions: serverResolutions,
            message: null,
          }),
        (r) => Promise.resolve(r.commit === null ? null : { id: r.commit.id, at: r.commit.committedAt }),
        (at) => model.merge(projectId, { ...args, resolutions }, at),
        (r) => r.commit,
      );
      count(
        this.options.stats,
        `merge status ${m.status}${args.dryRun ? ' (dry run)' : ''}${resolutions.length > 0 ? ' (resolutions)' : ''}`,
      );
      this.same(
        i,
        'merge result',
        { status: m.status, commit: m.commit, conflicts: sortConflicts(m.conflicts), changes: sortChanges(m.changes) },
        {
          status: server.status,
          commit: server.commit?.id ?? null,
          conflicts: sortConflicts(this.normalize(server.conflicts) as Conflict[]),
          changes: sortChanges(this.normalize(server.changes) as EntityChange[]),
        },
      );
      return m;
    };
    const m = await compared();
    // Moving the target's base changes what it reads through it: read it right away.
    if (m.commit !== null && movesBase) await this.read(i, op, projectId, { branch: target });
  }

  /** The whole project at a point: every entity of every kind, by project, by id and by parent, and histories. */
  async read(i: number, op: Op, projectId: string, ref: Ref): Promise<void> {
    const { model, sql } = this;
    const known = (type: EntityType) => model.entityIds(projectId, type).map((id) => this.server(id));
    const s = await onServer(async () => {
      const point = await requireRef(sql, this.server(projectId), this.serverRef(ref));
      return point === null ? null : serverSnapshot(sql, point, known);
    });
    const m = onModel(() => {
      const lineage = model.pointAt(projectId, ref);
      return lineage === null ? null : this.modelSnapshot(projectId, lineage);
    });
    const both = this.agree(i, op, s, m);
    const server = both.server === null ? null : canonical(this.normalize(both.server) as Snapshot);
    this.same(i, `read at ${stable(ref)}`, both.model === null ? null : canonical(both.model), server);
  }

  modelSnapshot(projectId: string, lineage: Step[]): Snapshot {
    const all = this.model.readAll(projectId, lineage);
    const byType = (type: EntityType) => sortSeen(all.filter((s) => s.type === type));
    const snapshot: Snapshot = { entities: {}, byIds: {}, children: {}, histories: {} };
    for (const type of ENTITY_TYPES) {
      snapshot.entities[type] = byType(type);
      snapshot.byIds[type] = byType(type);
      if (type === 'Project') snapshot.byIds['Projects'] = byType(type);
      const parentField = PARENT_FIELD[type];
      if (parentField !== undefined) snapshot.children[type] = groupChildren(byType(type), parentField);
    }
    for (const s of all) snapshot.histories[s.id] = this.model.history(projectId, lineage, s.id);
    return snapshot;
  }

  async log(i: number, op: Op, projectId: string, branch: string, pageSize: number | undefined): Promise<void> {
    const { sql, model } = this;
    const size = pageSize ?? 200;
    const s = await onServer(async () => {
      const pages: { commits: unknown[]; totalCount: number; hasNextPage: boolean }[] = [];
      let after: { at: number; id: string } | null = null;
      for (let n = 0; n < 100; n += 1) {
        const page = await commitLog(sql, { projectId: this.server(projectId), branch, first: size, after });
        pages.push({
          commits: page.commits.map(commitView),
          totalCount: page.totalCount,
          hasNextPage: page.hasNextPage,
        });
        const last = page.commits.at(-1);
        if (!page.hasNextPage || last === undefined) break;
        after = { at: last.committedAt.getTime(), id: last.id };
      }
      return pages;
    });
    const m = onModel(() => {
      const all = model
        .log(projectId, branch)
        .map((c) => ({ id: c.id, branch: c.branch, seq: c.seq, kind: c.kind, at: c.at, parents: c.parents }));
      const pages: { commits: unknown[]; totalCount: number; hasNextPage: boolean }[] = [];
      for (let start = 0; start === 0 || start < all.length; start += size) {
        pages.push({
          commits: all.slice(start, start + size),
          totalCount: all.length,
          hasNextPage: start + size < all.length,
        });
      }
      return pages;
    });
    const both = this.agree(i, op, s, m);
    this.same(i, `log of ${branch}`, both.model, both.server);
  }

  async diff(i: number, op: Op, projectId: string, from: Ref, to: Ref, mode: 'TWO_DOT' | 'THREE_DOT'): Promise<void> {
    const s = await onServer(async () => {
      const d = await diffProject(this.sql, {
        projectId: this.server(projectId),
        from: this.serverRef(from),
        to: this.serverRef(to),
        mode,
      });
      return {
        from: d.from.commitId,
        to: d.to.commitId,
        mergeBase: d.mergeBase?.commitId ?? null,
        changes: sortChanges(this.normalize(d.changes) as EntityChange[]),
      };
    });
    const m = onModel(() => {
      const d = this.model.diff(projectId, from, to, mode);
      return { ...d, changes: sortChanges(d.changes) };
    });
    const both = this.agree(i, op, s, m);
    this.same(i, `${mode} diff ${stable(from)}..${stable(to)}`, both.model, both.server);
  }

  /** After the last operation: every branch's head, log and record; optionally every commit. */
  async finalCheck(i: number): Promise<void> {
    for (const [p, projectId] of this.projects.entries()) {
      for (const branch of this.model.branchNames(projectId)) {
        await this.read(i, { op: 'read', p, at: { branch } }, projectId, { branch });
        await this.log(i, { op: 'log', p, branch }, projectId, branch, undefined);
        const b = await findBranch(this.sql, this.server(projectId), branch);
        this.same(
          i,
          `branch ${branch}`,
          this.model.branchInfo(projectId, branch),
          b === null
            ? null
            : { name: b.name, status: b.status, head: b.headCommitId, forkedFrom: b.forkedFromCommitId },
        );
      }
      if (this.options.readEveryCommit === true) {
        for (const c of this.model.commitList(projectId)) {
          await this.read(i, { op: 'read', p, at: { commit: 0 } }, projectId, { branch: c.branch, commit: c.id });
          await this.read(i, { op: 'read', p, at: { commit: 0 } }, projectId, { branch: c.branch, asOf: c.at });
        }
      }
    }
  }
}

class Skip extends Error {}
function isConflictsResult(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'status' in value && value.status === 'CONFLICTS';
}
function skip(): never {
  throw new Skip();
}

// ------------------------------------------------------------------ views

const PARENT_FIELD: Partial<Record<EntityType, string>> = {
  WBE: 'parentId',
  CostElement: 'wbeId',
  CostRegistration: 'costElementId',
  ProgressEntry: 'costElementId',
};

interface Snapshot {
  entities: Record<string, unknown[]>;
  byIds: Record<string, unknown[]>;
  children: Record<string, Record<string, string[]>>;
  histories: Record<string, unknown[]>;
}

/** Lists in id order (after ids are mapped), histories as they are (oldest first). */
function canonical(s: Snapshot): Snapshot {
  const byId = (list: unknown[]) => [...(list as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
  const each = <T>(r: Record<string, T>, f: (t: T) => T) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, f(v)]));
  return {
    entities: each(s.entities, byId),
    byIds: each(s.byIds, byId),
    children: each(s.children, (groups) => each(groups, (ids) => [...ids].sort())),
    histories: s.histories,
  };
}

function seenOf(v: Versioned): Omit<Seen, 'type'> & { type: string } {
  return {
    id: v.id,
    type: v.type,
    version: v.version,
    validFrom: v.validFrom.getTime(),
    validTo: v.validTo?.getTime() ?? null,
    commit: v.commitId,
    state: { ...v.state },
  };
}
function sortSeen<T extends { id: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => a.id.localeCompare(b.id));
}
function groupChildren(
  list: readonly { id: string; state: Record<string, unknown> }[],
  field: string,
): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const s of list) {
    const parent = s.state[field];
    if (typeof parent !== 'string') continue;
    (groups[parent] ??= []).push(s.id);
  }
  for (const ids of Object.values(groups)) ids.sort();
  return groups;
}

/** The server's answer to "the whole project at this point", in the shape of modelSnapshot. */
async function serverSnapshot(sql: Sql, point: ReadPoint, known: (type: EntityType) => string[]): Promise<Snapshot> {
  const snapshot: Snapshot = { entities: {}, byIds: {}, children: {}, histories: {} };
  // The projects list reads through its own statement (one lineage per project).
  snapshot.byIds['Projects'] = (await loadProjectsAt(sql, ProjectKind, [{ id: point.projectId, point }])).map(seenOf);
  const ids = new Map<string, string[]>();
  for (const kind of MODEL_KINDS) {
    const all = await loadAt(sql, kind, point, { by: 'project' });
    ids.set(
      kind.type,
      all.map((v) => v.id),
    );
    snapshot.entities[kind.type] = all.map(seenOf);
    const byIds = await loadAt(sql, kind, point, { by: 'ids', ids: known(kind.type) });
    snapshot.byIds[kind.type] = byIds.map(seenOf);
    const histories = await loadHistories(
      sql,
      kind,
      point,
      all.map((v) => v.id),
    );
    for (const [id, states] of histories) snapshot.histories[id] = states.map(seenOf);
  }
  for (const kind of MODEL_KINDS) {
    const field = PARENT_FIELD[kind.type];
    const parentType = kind.type === 'WBE' ? 'WBE' : kind.type === 'CostElement' ? 'WBE' : 'CostElement';
    if (field === undefined) continue;
    const parents = known(parentType);
    const rows = await loadAt(sql, kind, point, { by: 'parent', parentIds: parents });
    const requested = new Set(parents);
    snapshot.children[kind.type] = groupChildren(
      rows.filter((r) => requested.has(String(r.state[field]))),
      field,
    );
  }
  return snapshot;
}

function commitView(c: CommitRecord): unknown {
  return { id: c.id, branch: c.branch, seq: c.seq, kind: c.kind, at: c.committedAt.getTime(), parents: c.parentIds };
}

/** A MergeConflict as the API shows it (the engine's internal flags left out), in entity and field order. */
function sortConflicts(list: readonly Conflict[]): Conflict[] {
  return list
    .map((c) => ({
      entityType: c.entityType,
      entityId: c.entityId,
      field: c.field,
      base: c.base,
      ours: c.ours,
      theirs: c.theirs,
    }))
    .sort((a, b) => `${a.entityId}|${a.field}`.localeCompare(`${b.entityId}|${b.field}`));
}

function sortChanges(list: readonly (EntityChange | ServerChange)[]): unknown[] {
  return [...list]
    .map((c) => {
      // The versions a server change keeps for readable diffs (labels, paths) are presentation,
      // checked by tests/change-control/readable-diff.test.ts; the model compares fields.
      const { sides: _sides, ...change } = c as typeof c & { sides?: unknown };
      return { ...change, fields: [...c.fields].sort((a, b) => a.field.localeCompare(b.field)) };
    })
    .sort(
      (a, b) =>
        (TYPE_ORDER.get(a.entityType) ?? 0) - (TYPE_ORDER.get(b.entityType) ?? 0) ||
        a.entityId.localeCompare(b.entityId),
    );
}

/** A value to resolve a conflict with: a fresh valid one, or (invalid) one that no write would accept. */
function customValue(
  type: EntityType,
  field: string,
  invalid: boolean,
  n: number,
  fallback: Value | State = null,
): Value | State {
  if (field === '*') return invalid ? { budget: '-5.00' } : n % 2 === 0 ? null : {};
  const kind = FIELDS[type][field];
  if (invalid) return kind === 'float' ? 150 : null;
  if (field === 'code') return `R${n}`;
  if (field === 'costType') return 'MATERIAL';
  if (field === 'status') return 'CLOSED';
  if (field === 'description' || field === 'parentId') return null;
  if (kind === 'ref') return fallback;
  if (kind === 'money') return '9.00';
  if (kind === 'date') return '2026-02-15';
  if (kind === 'float') return 25;
  return 'r';
}

// ------------------------------------------------------------------ properties and regressions

/** The ops as a vitest test, ready to paste into tests/model/regressions.test.ts. */
export function renderRegression(name: string, ops: readonly Op[], comment?: string): string {
  const body = ops.map((op) => `    ${JSON.stringify(op).replace(/"([A-Za-z]+)":/g, '$1: ')},`).join('\n');
  const note =
    comment === undefined
      ? ''
      : comment
          .split('\n')
          .map((l) => `  // ${l}\n`)
          .join('');
  return `${note}  it('${name.replace(/'/g, "\\'")}', async () => {\n    await expectSameHistory([\n${body}\n    ]);\n  });`;
}

export interface ProfileOptions {
  runs: number;
  maxOps: number;
  seed?: number;
  readEveryCommit?: boolean;
  stats?: Stats;
  /** Called after each sequence (for progress output). */
  onRun?: (n: number) => void;
  /** How long one sequence may take before it counts as hung (ms). */
  timeoutMs?: number;
}

/**
 * Runs random sequences on an engine; on a divergence fast-check shrinks it and the error
 * carries the minimal sequence rendered as a regression test.
 */
export async function checkRandomSequences(engine: Engine, options: ProfileOptions): Promise<void> {
  let n = 0;
  const property = fc.asyncProperty(sequence(options.maxOps), async (ops) => {
    n += 1;
    options.onRun?.(n);
    await runSequence(engine, ops, {
      readEveryCommit: options.readEveryCommit,
      stats: options.stats,
    });
  });
  const result = await fc.check(property, {
    numRuns: options.runs,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
    endOnFailure: false,
  });
  if (!result.failed) return;
  const ops = result.counterexample?.[0] ?? [];
  const cause = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
  const test = renderRegression('TODO name the divergence', ops, cause);
  throw new Error(
    `model and server diverge (seed ${result.seed}, path "${result.counterexamplePath ?? ''}", ${result.numShrinks} shrinks)\n${cause}\n\n` +
      `minimal sequence as a regression test:\n\n${test}\n`,
  );
}

export { sequence };
