/**
 * Reference model of Backcast EVS history (../shared/DESIGN.md §1-4 and the doc strings of
 * ../shared/api/contract.graphql), written to be checked by reading, not to be fast.
 *
 * Everything is plain in-memory data: a branch is a list of commits, the rows each commit
 * wrote, and its bases (parent branch and fork point; a new base whenever the parent is
 * merged into it). Reads resolve an entity along a lineage exactly as DESIGN.md §1 says.
 * Diffs and merges compare whole worlds (every entity of the project), never "what changed".
 * It shares no code with src/. Timestamps are given by the caller (the server's committedAt).
 *
 * Where DESIGN.md and the contract are silent, the model takes these positions:
 * - version: +1 over the state the new row replaces on the branch's lineage (for a merge that
 *   moves the base: the state the branch shows through its new base); tombstones count.
 * - history: a branch's own rows, preceded by the history of the state the first one replaced.
 * - merge: a code that an entity the merge brings in shares with another live entity is a
 *   conflict on `code` (OURS keeps the target's code; THEIRS cannot decide it); a live entity
 *   left under a parent that is gone is a conflict on its reference field (no strategy decides
 *   it); a merged state that breaks another write rule (codes unique, no WBE under itself,
 *   plannedEnd >= plannedStart) is a conflict on the field the rule names. Those rules are
 *   checked field by field: a rule waits on an entity only while a field it reads has an open
 *   conflict. A resolution value is an input: it must pass the rules of inputs (else
 *   BAD_USER_INPUT), and so must the state a resolution decides (a rule broken on a field that
 *   a resolution decided is BAD_USER_INPUT; on other fields, a conflict). With CONFLICTS,
 *   `changes` lists every field that no open conflict covers ("*" covers the whole entity).
 * - UP_TO_DATE: the source's state equals the merge base's for every entity (the contract's
 *   "changed nothing since the merge base"), which includes a source the target contains.
 * - INVARIANT (only revert can produce it now): the operation would store what no single
 *   write may (orphans, duplicate codes, cycles, crossed dates). The contract does not say how
 *   to refuse; the runner accepts CONFLICT, BAD_USER_INPUT or a merge with status CONFLICTS.
 * - Error precedence where several errors apply follows the server (validation of inputs, then
 *   branch, then entity, then expectedVersion, then references and codes).
 */

export type EntityType = 'Project' | 'WBE' | 'CostElement' | 'CostRegistration' | 'ProgressEntry';
export type Value = string | number | null;
export type State = Record<string, Value>;
export type ErrorCode = 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'INVARIANT';
export type CommitKind = 'CREATE' | 'EDIT' | 'BRANCH' | 'MERGE' | 'REVERT';
export type Strategy = 'FAIL_ON_CONFLICT' | 'OURS' | 'THEIRS';

/** A rejected operation. INVARIANT: the operation would store data that breaks a rule of single writes. */
export class ModelError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
const fail = (code: ErrorCode, message: string): never => {
  throw new ModelError(code, message);
};
const bad = (message: string): never => fail('BAD_USER_INPUT', message);

type FieldType = 'text' | 'ref' | 'money' | 'date' | 'float';
/** Business fields per type (contract names), with how a merge resolution value is checked. */
export const FIELDS: Record<EntityType, Record<string, FieldType>> = {
  Project: {
    code: 'text',
    name: 'text',
    description: 'text',
    currency: 'text',
    status: 'text',
    startDate: 'date',
    endDate: 'date',
  },
  WBE: { code: 'text', name: 'text', description: 'text', parentId: 'ref' },
  CostElement: {
    wbeId: 'ref',
    code: 'text',
    name: 'text',
    costType: 'text',
    budget: 'money',
    plannedStart: 'date',
    plannedEnd: 'date',
  },
  CostRegistration: { costElementId: 'ref', amount: 'money', incurredOn: 'date', description: 'text' },
  ProgressEntry: { costElementId: 'ref', percentComplete: 'float', measuredOn: 'date' },
};
const TYPES = Object.keys(FIELDS) as EntityType[];
/** The reference to the entity each type hangs under. */
const PARENT: Partial<Record<EntityType, string>> = {
  WBE: 'parentId',
  CostElement: 'wbeId',
  CostRegistration: 'costElementId',
  ProgressEntry: 'costElementId',
};
const NULLABLE = new Set(['description', 'parentId']);
export const isNullable = (field: string): boolean => NULLABLE.has(field) || field === '*';
const ENUMS: Partial<Record<string, readonly string[]>> = {
  status: ['PLANNED', 'ACTIVE', 'ON_HOLD', 'CLOSED'],
  costType: ['LABOR', 'MATERIAL', 'EQUIPMENT', 'SUBCONTRACT', 'OTHER'],
};
/** Date pairs that must be ordered, per type: [start, end]. */
const ORDERED: Partial<Record<EntityType, [string, string]>> = {
  Project: ['startDate', 'endDate'],
  CostElement: ['plannedStart', 'plannedEnd'],
};

// ---- input rules (the same rules every write applies) ----
const CODE = /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/;
const MONEY = /^-?\d{1,14}(\.\d{1,2})?$/;
function code(v: string): string {
  const c = v.trim();
  return c !== '' && c.length <= 50 && CODE.test(c) ? c : bad(`bad code "${v}"`);
}
function name(v: string): string {
  const n = v.trim();
  return n !== '' && n.length <= 200 ? n : bad(`bad name "${v}"`);
}
function text(v: string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  return v.trim() === '' ? null : v.trim();
}
function money(v: string, nonNegative: boolean): string {
  if (!MONEY.test(v)) bad(`bad amount ${v}`);
  const zero = /^-0+(\.0+)?$/.test(v);
  if (nonNegative && v.startsWith('-') && !zero) bad(`negative ${v}`);
  const [whole = '0', fraction = ''] = v.replace(/^-/, '').split('.');
  return `${v.startsWith('-') && !zero ? '-' : ''}${BigInt(whole).toString()}.${fraction.padEnd(2, '0')}`;
}
function date(v: string): string {
  return v >= '1900-01-01' && v <= '2199-12-31' ? v : bad(`date out of range ${v}`);
}
function ordered(type: EntityType, s: State): void {
  const pair = ORDERED[type];
  if (pair !== undefined && String(s[pair[1]]) < String(s[pair[0]])) bad(`${pair[1]} before ${pair[0]}`);
}
/** For update patches: absent or null keeps the current value of a required field. */
const keep = <T>(patch: T | null | undefined, current: T): T =>
  patch === undefined || patch === null ? current : patch;

// ---- history records ----
interface Row {
  id: string;
  version: number;
  deleted: boolean;
  state: State;
  seq: number;
  commit: string;
  at: number;
}
export interface Commit {
  id: string;
  branch: string;
  seq: number;
  at: number;
  kind: CommitKind;
  parents: string[];
  /** Creation order: breaks ties between equal timestamps like the server's time-ordered ids. */
  order: number;
}
interface Base {
  fromSeq: number;
  parent: string;
  parentSeq: number;
}
interface Branch {
  name: string;
  status: 'ACTIVE' | 'MERGED' | 'ARCHIVED';
  /** While its change order is SUBMITTED: plan writes, merges into it and reverts refused. */
  frozen: boolean;
  commits: Commit[];
  bases: Base[];
  rows: Map<string, Row[]>;
  forkedFrom: string | null;
}
export interface ChangeOrder {
  id: string;
  code: string;
  status: 'DRAFT' | 'SUBMITTED' | 'REJECTED' | 'MERGED';
  branch: string;
  mergeCommit: string | null;
}
interface Project {
  id: string;
  branches: Map<string, Branch>;
  /** Every entity ever created in the project, in creation order. */
  entities: Map<string, EntityType>;
  commits: Commit[];
  changeOrders: ChangeOrder[];
}

export interface Step {
  branch: string;
  seq: number;
}
export interface Ref {
  branch: string;
  asOf?: number | null;
  commit?: string | null;
}
/** An entity's state as seen at a read point. */
export interface Seen {
  id: string;
  type: EntityType;
  version: number;
  validFrom: number;
  validTo: number | null;
  commit: string;
  state: State;
}
export interface FieldChange {
  field: string;
  before: Value;
  after: Value;
}
export interface EntityChange {
  entityType: EntityType;
  entityId: string;
  kind: 'ADDED' | 'MODIFIED' | 'REMOVED';
  fields: FieldChange[];
}
export interface Conflict {
  entityType: EntityType;
  entityId: string;
  field: string;
  base: Value | State;
  ours: Value | State;
  theirs: Value | State;
}
export interface Resolution {
  entityId: string;
  field: string;
  value: unknown;
}
export interface MergeResult {
  status: 'MERGED' | 'CONFLICTS' | 'UP_TO_DATE';
  commit: string | null;
  conflicts: Conflict[];
  changes: EntityChange[];
}
export interface Diff {
  from: string | null;
  to: string | null;
  mergeBase: string | null;
  changes: EntityChange[];
}

/** Every entity of a project that is live at a point: id -> resolved row. */
type World = Map<string, Row>;

const same = (type: EntityType, a: State | null, b: State | null): boolean =>
  a === null || b === null ? a === b : Object.keys(FIELDS[type]).every((f) => (a[f] ?? null) === (b[f] ?? null));

export class ReferenceModel {
  private readonly projects = new Map<string, Project>();
  private readonly owner = new Map<string, string>();
  private counter = 0;

  private newId(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  // ---------------------------------------------------------------- reading

  project(id: string): Project {
    return this.projects.get(id) ?? fail('NOT_FOUND', `project ${id}`);
  }
  projectOf(entityId: string): Project {
    return this.project(this.owner.get(entityId) ?? fail('NOT_FOUND', `entity ${entityId}`));
  }
  typeOf(entityId: string): EntityType | undefined {
    const p = this.owner.get(entityId);
    return p === undefined ? undefined : this.projects.get(p)?.entities.get(entityId);
  }
  /** Ids of a project's entities of a type, in creation order (deleted ones included). */
  entityIds(projectId: string, type: EntityType): string[] {
    return [...this.project(projectId).entities].filter(([, t]) => t === type).map(([id]) => id);
  }
  commitList(projectId: string): readonly Commit[] {
    return this.project(projectId).commits;
  }
  changeOrders(projectId: string): readonly ChangeOrder[] {
    return this.project(projectId).changeOrders;
  }
  branchNames(projectId: string): string[] {
    return [...this.project(projectId).branches.keys()];
  }
  branchInfo(
    projectId: string,
    name: string,
  ): { name: string; status: string; head: string; forkedFrom: string | null } {
    const b = this.branch(this.project(projectId), name);
    return { name, status: b.status, head: this.head(b).id, forkedFrom: b.forkedFrom };
  }

  /** The branch a branch reads through now (its latest base), if any. */
  parentOf(projectId: string, name: string): string | null {
    return this.branch(this.project(projectId), name).bases.at(-1)?.parent ?? null;
  }

  private branch(p: Project, name: string): Branch {
    return p.branches.get(name) ?? fail('NOT_FOUND', `no branch ${name}`);
  }
  private head(b: Branch): Commit {
    const c = b.commits.at(-1);
    if (c === undefined) throw new Error(`branch ${b.name} has no commit`);
    return c;
  }
  private commitById(p: Project, id: string): Commit {
    return p.commits.find((c) => c.id === id) ?? fail('NOT_FOUND', `commit ${id}`);
  }
  private commitAt(p: Project, step: Step): Commit {
    const c = this.branch(p, step.branch).commits[step.seq - 1];
    if (c === undefined) throw new Error(`no commit ${step.branch}@${step.seq}`);
    return c;
  }
  /** The base in force at a sequence number of a branch (none for main). */
  private baseAt(b: Branch, seq: number): Base | undefined {
    return b.bases.filter((x) => x.fromSeq <= seq).at(-1);
  }

  /** The lineage right after commit `seq` of a branch: the branch, then its bases, recursively. */
  lineageAtSeq(p: Project, branch: string, seq: number): Step[] {
    const steps: Step[] = [{ branch, seq }];
    for (let base = this.baseAt(this.branch(p, branch), seq); base !== undefined;) {
      steps.push({ branch: base.parent, seq: base.parentSeq });
      base = this.baseAt(this.branch(p, base.parent), base.parentSeq);
    }
    return steps;
  }

  /** DESIGN §1: the branch's commits up to T, then the parent's at or before min(T, base), recursively. */
  private lineageAtTime(p: Project, branch: string, at: number): Step[] | null {
    const seqAt = (b: Branch) => b.commits.filter((c) => c.at <= at).at(-1)?.seq ?? 0;
    const own = seqAt(this.branch(p, branch));
    if (own === 0) return null;
    const steps: Step[] = [{ branch, seq: own }];
    for (let base = this.baseAt(this.branch(p, branch), own); base !== undefined;) {
      const parent = this.branch(p, base.parent);
      const seq = Math.min(base.parentSeq, seqAt(parent));
      steps.push({ branch: base.parent, seq });
      base = this.baseAt(parent, seq);
    }
    return steps;
  }

  /** A read point: null when the branch had no commit yet at that moment. */
  pointAt(projectId: string, ref: Ref): Step[] | null {
    const p = this.project(projectId);
    const asOf = ref.asOf ?? null;
    const commitId = ref.commit ?? null;
    if (asOf !== null && commitId !== null) bad('asOf and commit');
    if (commitId !== null) {
      const c = this.commitById(p, commitId);
      return this.lineageAtSeq(p, c.branch, c.seq);
    }
    const b = this.branch(p, ref.branch);
    return asOf === null ? this.lineageAtSeq(p, b.name, this.head(b).seq) : this.lineageAtTime(p, b.name, asOf);
  }

  /** The nearest lineage step that has a row of the entity at or below its sequence wins. */
  private resolve(p: Project, lineage: readonly Step[], id: string): Row | null {
    for (const step of lineage) {
      const rows = (this.branch(p, step.branch).rows.get(id) ?? []).filter((r) => r.seq <= step.seq);
      const last = rows.at(-1);
      if (last !== undefined) return last;
    }
    return null;
  }
  private liveRow(p: Project, lineage: readonly Step[], id: string): Row | null {
    const row = this.resolve(p, lineage, id);
    return row === null || row.deleted ? null : row;
  }
  private world(p: Project, lineage: readonly Step[] | null): World {
    const world: World = new Map();
    if (lineage === null) return world;
    for (const id of p.entities.keys()) {
      const row = this.liveRow(p, lineage, id);
      if (row !== null) world.set(id, row);
    }
    return world;
  }
  private seen(p: Project, row: Row, validTo: number | null): Seen {
    return {
      id: row.id,
      type: p.entities.get(row.id) ?? 'Project',
      version: row.version,
      validFrom: row.at,
      validTo,
      commit: row.commit,
      state: { ...row.state },
    };
  }

  /** Every live entity at a point (validTo null: each is the latest there). */
  readAll(projectId: string, lineage: readonly Step[]): Seen[] {
    const p = this.project(projectId);
    return [...this.world(p, lineage).values()].map((r) => this.seen(p, r, null));
  }

  /**
   * Every state of an entity on the lineage, oldest first: the branch's own rows, preceded by
   * the states of the state the first of them replaced, read through the base in force at that
   * row's commit (a merge that brings the branch up to date moves the base in its own commit).
   */
  private chain(p: Project, lineage: readonly Step[], id: string): Row[] {
    const [first, ...rest] = lineage;
    if (first === undefined) return [];
    const own = (this.branch(p, first.branch).rows.get(id) ?? []).filter((r) => r.seq <= first.seq);
    const firstOwn = own[0];
    if (firstOwn === undefined) return this.chain(p, rest, id);
    const before = this.lineageAtSeq(p, first.branch, firstOwn.seq).slice(1);
    return [...this.chain(p, before, id), ...own];
  }
  history(projectId: string, lineage: readonly Step[], id: string): Seen[] {
    const p = this.project(projectId);
    const rows = this.chain(p, lineage, id);
    return rows.flatMap((r, i) => (r.deleted ? [] : [this.seen(p, r, rows[i + 1]?.at ?? null)]));
  }

  /** Every commit reachable from `from` through all parents (itself included). */
  private ancestors(p: Project, from: Commit): Set<string> {
    const seen = new Set<string>();
    const stack = [from.id];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...this.commitById(p, id).parents);
    }
    return seen;
  }
  /** The log of a branch, newest first. */
  log(projectId: string, branch: string): Commit[] {
    const p = this.project(projectId);
    const reachable = this.ancestors(p, this.head(this.branch(p, branch)));
    return p.commits.filter((c) => reachable.has(c.id)).sort((a, b) => b.at - a.at || b.order - a.order);
  }
  /** git's merge base: the common ancestors that are no ancestor of another; the latest if several. */
  private mergeBase(p: Project, a: Commit, b: Commit): Commit {
    const ancA = this.ancestors(p, a);
    const ancB = this.ancestors(p, b);
    const common = p.commits.filter((c) => ancA.has(c.id) && ancB.has(c.id));
    const ancestries = common.map((d) => ({ id: d.id, anc: this.ancestors(p, d) }));
    const best = common.filter((c) => !ancestries.some((d) => d.id !== c.id && d.anc.has(c.id)));
    const [latest] = best.sort((x, y) => y.at - x.at || y.order - x.order);
    if (latest === undefined) throw new Error('no common ancestor');
    return latest;
  }

  // ---------------------------------------------------------------- comparing

  private change(type: EntityType, id: string, before: State | null, after: State | null): EntityChange | null {
    if (same(type, before, after)) return null;
    const fields = Object.keys(FIELDS[type])
      .map((f) => ({ field: f, before: before?.[f] ?? null, after: after?.[f] ?? null }))
      .filter((c) => before === null || after === null || c.before !== c.after);
    return {
      entityType: type,
      entityId: id,
      kind: before === null ? 'ADDED' : after === null ? 'REMOVED' : 'MODIFIED',
      fields,
    };
  }
  private compareWorlds(p: Project, before: World, after: World): EntityChange[] {
    return [...p.entities].flatMap(([id, type]) => {
      const c = this.change(type, id, before.get(id)?.state ?? null, after.get(id)?.state ?? null);
      return c === null ? [] : [c];
    });
  }

  /** TWO_DOT: `from` against `to`. THREE_DOT: the merge base of the two against `to`. */
  diff(projectId: string, fromRef: Ref, toRef: Ref, mode: 'TWO_DOT' | 'THREE_DOT'): Diff {
    const p = this.project(projectId);
    const from = this.pointAt(projectId, fromRef);
    const to = this.pointAt(projectId, toRef);
    const tip = (l: Step[] | null) => (l === null || l[0] === undefined ? null : this.commitAt(p, l[0]));
    const [fromTip, toTip] = [tip(from), tip(to)];
    let before = from;
    let base: Commit | null = null;
    if (mode === 'THREE_DOT') {
      base = fromTip === null || toTip === null ? null : this.mergeBase(p, fromTip, toTip);
      before = base === null ? null : this.lineageAtSeq(p, base.branch, base.seq);
    }
    const changes = to === null ? [] : this.compareWorlds(p, this.world(p, before), this.world(p, to));
    return { from: fromTip?.id ?? null, to: toTip?.id ?? null, mergeBase: base?.id ?? null, changes };
  }

  /** What a commit changed against its first parent. */
  commitChanges(projectId: string, commitId: string): EntityChange[] {
    const p = this.project(projectId);
    const c = this.commitById(p, commitId);
    const parentId = c.parents[0];
    const parent = parentId === undefined ? null : this.commitById(p, parentId);
    const before = parent === null ? null : this.lineageAtSeq(p, parent.branch, parent.seq);
    return this.compareWorlds(p, this.world(p, before), this.world(p, this.lineageAtSeq(p, c.branch, c.seq)));
  }

  // ---------------------------------------------------------------- writing

  /** A branch that may take a commit of that scope; nothing is written until `commit`. */
  private writable(p: Project, name: string, scope: 'PLAN' | 'ACTUALS' = 'PLAN'): { branch: Branch; now: Step[] } {
    const branch = this.branch(p, name);
    if (branch.status !== 'ACTIVE') bad(`branch ${name} is ${branch.status}`);
    if (branch.frozen && scope === 'PLAN') bad(`branch ${name} is frozen for review`);
    return { branch, now: this.lineageAtSeq(p, name, this.head(branch).seq) };
  }
  private commit(p: Project, branch: Branch, kind: CommitKind, at: number, extraParents: string[] = []): Commit {
    const prev = branch.commits.at(-1);
    const c: Commit = {
      id: this.newId('c'),
      branch: branch.name,
      seq: branch.commits.length + 1,
      at,
      kind,
      parents: [...(prev === undefined ? [] : [prev.id]), ...extraParents],
      order: this.counter,
    };
    branch.commits.push(c);
    p.commits.push(c);
    return c;
  }
  private write(branch: Branch, c: Commit, id: string, version: number, deleted: boolean, state: State): void {
    const rows = branch.rows.get(id) ?? [];
    rows.push({ id, version, deleted, state: { ...state }, seq: c.seq, commit: c.id, at: c.at });
    branch.rows.set(id, rows);
  }
  private register(p: Project, type: EntityType, prefix: string): string {
    const id = this.newId(prefix);
    p.entities.set(id, type);
    this.owner.set(id, p.id);
    return id;
  }
  /** The live entity of a type at a point; `field` set: missing is BAD_USER_INPUT (a reference in an input). */
  private current(p: Project, now: Step[], type: EntityType, id: string, field?: string): Row {
    const row = p.entities.get(id) === type ? this.liveRow(p, now, id) : null;
    if (row !== null) return row;
    return field === undefined ? fail('NOT_FOUND', `${type} ${id}`) : bad(`${field}: ${id} does not exist`);
  }
  private checkVersion(row: Row, expected: number | null | undefined): void {
    if (expected !== null && expected !== undefined && expected !== row.version)
      fail('CONFLICT', `stale version ${expected}`);
  }
  private codeFree(p: Project, now: Step[], type: EntityType, c: string, except: string | null): void {
    for (const [id, row] of this.world(p, now)) {
      if (id !== except && p.entities.get(id) === type && row.state['code'] === c) bad(`code ${c} in use`);
    }
  }
  /** Commits one change of one or more entities, each at its current version + 1. */
  private save(
    p: Project,
    w: { branch: Branch; now: Step[] },
    at: number,
    rows: { id: string; deleted: boolean; state: State }[],
  ): Commit {
    const c = this.commit(p, w.branch, 'EDIT', at);
    for (const r of rows)
      this.write(w.branch, c, r.id, (this.resolve(p, w.now, r.id)?.version ?? 0) + 1, r.deleted, r.state);
    return c;
  }

  createProject(
    input: { code: string; name: string; startDate: string; endDate: string },
    at: number,
  ): { id: string; commit: string } {
    const state: State = {
      code: code(input.code),
      name: name(input.name),
      description: null,
      currency: 'EUR',
      status: 'PLANNED',
      startDate: date(input.startDate),
      endDate: date(input.endDate),
    };
    ordered('Project', state);
    const id = this.newId('P');
    const p: Project = { id, branches: new Map(), entities: new Map([[id, 'Project']]), commits: [], changeOrders: [] };
    this.projects.set(id, p);
    this.owner.set(id, id);
    const main: Branch = {
      name: 'main',
      status: 'ACTIVE',
      frozen: false,
      commits: [],
      bases: [],
      rows: new Map(),
      forkedFrom: null,
    };
    p.branches.set('main', main);
    const c = this.commit(p, main, 'CREATE', at);
    this.write(main, c, id, 1, false, state);
    return { id, commit: c.id };
  }

  updateProject(
    projectId: string,
    branch: string,
    input: { name?: string | null; description?: string | null; status?: string | null },
    expectedVersion: number | null,
    at: number,
  ): { commit: string } {
    const p = this.project(projectId);
    const w = this.writable(p, branch);
    const cur = this.current(p, w.now, 'Project', projectId);
    this.checkVersion(cur, expectedVersion);
    const next: State = {
      ...cur.state,
      name: name(keep(input.name, String(cur.state['name']))),
      description: input.description === undefined ? (cur.state['description'] ?? null) : text(input.description),
      status: keep(input.status, cur.state['status'] ?? null),
    };
    return { commit: this.save(p, w, at, [{ id: projectId, deleted: false, state: next }]).id };
  }

  createWbe(
    projectId: string,
    branch: string,
    input: { code: string; name: string; description?: string | null; parentId?: string | null },
    at: number,
  ): { id: string; commit: string } {
    const state: State = {
      code: code(input.code),
      name: name(input.name),
      description: text(input.description),
      parentId: input.parentId ?? null,
    };
    const p = this.project(projectId);
    const w = this.writable(p, branch);
    if (state['parentId'] !== null) this.current(p, w.now, 'WBE', String(state['parentId']), 'parentId');
    this.codeFree(p, w.now, 'WBE', String(state['code']), null);
    const c = this.commit(p, w.branch, 'EDIT', at);
    const id = this.register(p, 'WBE', 'W');
    this.write(w.branch, c, id, 1, false, state);
    return { id, commit: c.id };
  }

  /** The WBE and every WBE below it at a point. */
  private subtree(world: World, p: Project, root: string): Set<string> {
    const ids = new Set([root]);
    for (let grew = true; grew;) {
      grew = false;
      for (const [id, row] of world) {
        if (p.entities.get(id) === 'WBE' && !ids.has(id) && ids.has(String(row.state['parentId']))) {
          ids.add(id);
          grew = true;
        }
      }
    }
    return ids;
  }

  updateWbe(
    id: string,
    branch: string,
    input: { code?: string | null; name?: string | null; description?: string | null; parentId?: string | null },
    expectedVersion: number | null,
    at: number,
  ): { commit: string } {
    const p = this.projectOf(id);
    const w = this.writable(p, branch);
    const cur = this.current(p, w.now, 'WBE', id);
    this.checkVersion(cur, expectedVersion);
    const s = cur.state;
    const next: State = {
      code: code(keep(input.code, String(s['code']))),
      name: name(keep(input.name, String(s['name']))),
      description: input.description === undefined ? (s['description'] ?? null) : text(input.description),
      parentId: input.parentId === undefined ? (s['parentId'] ?? null) : input.parentId,
    };
    const parent = next['parentId'] ?? null;
    if (parent !== s['parentId'] && parent !== null) {
      this.current(p, w.now, 'WBE', String(parent), 'parentId');
      if (this.subtree(this.world(p, w.now), p, id).has(String(parent))) bad('parentId: cycle');
    }
    if (next['code'] !== s['code']) this.codeFree(p, w.now, 'WBE', String(next['code']), id);
    return { commit: this.save(p, w, at, [{ id, deleted: false, state: next }]).id };
  }

  /** Tombstones for the given cost elements' actuals (live ones). */
  private actualsOf(p: Project, world: World, elements: Set<string>): string[] {
    return [...world]
      .filter(([id, r]) => p.entities.get(id) !== 'CostElement' && elements.has(String(r.state['costElementId'])))
      .map(([id]) => id);
  }
  private tombstones(world: World, ids: string[]): { id: string; deleted: boolean; state: State }[] {
    return ids.map((id) => ({ id, deleted: true, state: world.get(id)?.state ?? {} }));
  }

  /** Removes the WBE, the WBEs below it, their cost elements and their actuals: one commit. */
  deleteWbe(id: string, branch: string, expectedVersion: number | null, at: number): { commit: string } {
    const p = this.projectOf(id);
    const w = this.writable(p, branch);
    this.checkVersion(this.current(p, w.now, 'WBE', id), expectedVersion);
    const world = this.world(p, w.now);
    const wbes = this.subtree(world, p, id);
    const elements = new Set(
      [...world]
        .filter(([e, r]) => p.entities.get(e) === 'CostElement' && wbes.has(String(r.state['wbeId'])))
        .map(([e]) => e),
    );
    const ids = [...wbes, ...elements, ...this.actualsOf(p, world, elements)];
    return { commit: this.save(p, w, at, this.tombstones(world, ids)).id };
  }

  private elementState(s: State): State {
    const state: State = {
      ...s,
      code: code(String(s['code'])),
      name: name(String(s['name'])),
      budget: money(String(s['budget']), true),
      plannedStart: date(String(s['plannedStart'])),
      plannedEnd: date(String(s['plannedEnd'])),
    };
    ordered('CostElement', state);
    return state;
  }

  createCostElement(
    input: {
      wbeId: string;
      code: string;
      name: string;
      costType?: string | null;
      budget: string;
      plannedStart: string;
      plannedEnd: string;
    },
    branch: string,
    at: number,
  ): { id: string; commit: string } {
    const state = this.elementState({ ...input, costType: input.costType ?? 'OTHER' });
    const p = this.projectOf(input.wbeId);
    const w = this.writable(p, branch);
    this.current(p, w.now, 'WBE', input.wbeId, 'wbeId');
    this.codeFree(p, w.now, 'CostElement', String(state['code']), null);
    const c = this.commit(p, w.branch, 'EDIT', at);
    const id = this.register(p, 'CostElement', 'CE');
    this.write(w.branch, c, id, 1, false, state);
    return { id, commit: c.id };
  }

  updateCostElement(
    id: string,
    branch: string,
    input: Partial<
      Record<'wbeId' | 'code' | 'name' | 'costType' | 'budget' | 'plannedStart' | 'plannedEnd', string | null>
    >,
    expectedVersion: number | null,
    at: number,
  ): { commit: string } {
    const p = this.projectOf(id);
    const w = this.writable(p, branch);
    const cur = this.current(p, w.now, 'CostElement', id);
    this.checkVersion(cur, expectedVersion);
    const s = cur.state;
    const next = this.elementState(
      Object.fromEntries(
        Object.keys(FIELDS.CostElement).map((f) => [f, keep(input[f as keyof typeof input], s[f] ?? null)]),
      ),
    );
    if (next['wbeId'] !== s['wbeId']) this.current(p, w.now, 'WBE', String(next['wbeId']), 'wbeId');
    if (next['code'] !== s['code']) this.codeFree(p, w.now, 'CostElement', String(next['code']), id);
    return { commit: this.save(p, w, at, [{ id, deleted: false, state: next }]).id };
  }

  deleteCostElement(id: string, branch: string, expectedVersion: number | null, at: number): { commit: string } {
    const p = this.projectOf(id);
    const w = this.writable(p, branch);
    this.checkVersion(this.current(p, w.now, 'CostElement', id), expectedVersion);
    const world = this.world(p, w.now);
    const ids = [id, ...this.actualsOf(p, world, new Set([id]))];
    return { commit: this.save(p, w, at, this.tombstones(world, ids)).id };
  }

  /** Registers a cost (type CostRegistration) or a progress measurement (type ProgressEntry). */
  recordActual(
    type: 'CostRegistration' | 'ProgressEntry',
    state: State,
    branch: string,
    at: number,
  ): { id: string; commit: string } {
    const element = String(state['costElementId']);
    if (type === 'CostRegistration') {
      state = {
        ...state,
        amount: money(String(state['amount']), false),
        incurredOn: date(String(state['incurredOn'])),
        description: text(state['description'] as string | null),
      };
    } else {
      const pct = Number(state['percentComplete']);
      if (!Number.isFinite(pct) || pct < 0 || pct > 100) bad('percentComplete');
      state = { ...state, measuredOn: date(String(state['measuredOn'])) };
    }
    const p = this.owner.has(element) ? this.projectOf(element) : bad(`costElementId: ${element} does not exist`);
    // Actuals are facts: they land on a branch under review too.
    const w = this.writable(p, branch, 'ACTUALS');
    this.current(p, w.now, 'CostElement', element, 'costElementId');
    const c = this.commit(p, w.branch, 'EDIT', at);
    const id = this.register(p, type, type === 'CostRegistration' ? 'CR' : 'PE');
    this.write(w.branch, c, id, 1, false, state);
    return { id, commit: c.id };
  }

  // ---------------------------------------------------------------- branches

  createBranch(projectId: string, branchName: string, from: Ref | null, at: number): { commit: string } {
    if (!/^[A-Za-z0-9][A-Za-z0-9._\-/]{0,62}$/.test(branchName)) bad(`branch name ${branchName}`);
    const p = this.project(projectId);
    const point = this.pointAt(projectId, from ?? { branch: 'main' });
    const fork = point?.[0] ?? bad('from: no history at that point');
    const forkCommit = this.commitAt(p, fork);
    if (p.branches.has(branchName)) fail('CONFLICT', `branch ${branchName} exists`);
    const b: Branch = {
      name: branchName,
      status: 'ACTIVE',
      frozen: false,
      commits: [],
      bases: [{ fromSeq: 1, parent: fork.branch, parentSeq: fork.seq }],
      rows: new Map(),
      forkedFrom: forkCommit.id,
    };
    p.branches.set(branchName, b);
    return { commit: this.commit(p, b, 'BRANCH', at, [forkCommit.id]).id };
  }

  archiveBranch(projectId: string, branchName: string): void {
    if (branchName === 'main') bad('main cannot be archived');
    const b = this.branch(this.project(projectId), branchName);
    if (b.status === 'MERGED') bad('merged branch');
    if (b.frozen) bad('under review');
    b.status = 'ARCHIVED';
  }

  // ---------------------------------------------------------------- merge

  /**
   * Three-way, field-level merge of `source` into `target` against their merge base
   * (DESIGN §4 and the contract's mergeBranch): every entity of the project is merged.
   */
  merge(
    projectId: string,
    args: { source: string; target: string; strategy: Strategy; resolutions: readonly Resolution[]; dryRun: boolean },
    at: number,
  ): MergeResult {
    if (args.source === args.target) bad('source: merged into itself');
    const p = this.project(projectId);
    const target = this.branch(p, args.target);
    const source = this.branch(p, args.source);
    if (source.status === 'ARCHIVED') bad('source: archived');
    if (target.status !== 'ACTIVE') bad(`target: ${target.status}`);
    if (target.frozen && !args.dryRun) bad('target: frozen for review');
    const [oursHead, theirsHead] = [this.head(target), this.head(source)];
    if (this.ancestors(p, oursHead).has(theirsHead.id))
      return { status: 'UP_TO_DATE', commit: null, conflicts: [], changes: [] };
    const baseCommit = this.mergeBase(p, oursHead, theirsHead);
    const oursAt = this.lineageAtSeq(p, target.name, oursHead.seq);
    const [base, ours, theirs] = [
      this.world(p, this.lineageAtSeq(p, baseCommit.branch, baseCommit.seq)),
      this.world(p, oursAt),
      this.world(p, this.lineageAtSeq(p, source.name, theirsHead.seq)),
    ];
    // The contract: a source that changed nothing since the merge base is UP_TO_DATE and writes
    // nothing, whatever commits it has (its BRANCH commit, edits undone, merges from the target).
    if ([...p.entities].every(([id, type]) => same(type, base.get(id)?.state ?? null, theirs.get(id)?.state ?? null)))
      return { status: 'UP_TO_DATE', commit: null, conflicts: [], changes: [] };

    type Rule = 'clash' | 'dangling';
    type Decision = {
      id: string;
      type: EntityType;
      b: State | null;
      o: State | null;
      t: State | null;
      merged: State | null;
      conflicts: (Omit<Conflict, 'entityType' | 'entityId'> & { rule?: Rule })[];
    };
    const decisions: Decision[] = [...p.entities].map(([id, type]) => {
      const [b, o, t] = [base.get(id)?.state ?? null, ours.get(id)?.state ?? null, theirs.get(id)?.state ?? null];
      const d: Decision = { id, type, b, o, t, merged: o, conflicts: [] };
      if (same(type, b, t) || same(type, o, t)) return d;
      if (same(type, b, o)) return { ...d, merged: t };
      if (o === null || t === null) return { ...d, conflicts: [{ field: '*', base: b, ours: o, theirs: t }] };
      const merged: State = { ...o };
      for (const f of Object.keys(FIELDS[type])) {
        const [bv, ov, tv] = [b?.[f] ?? null, o[f] ?? null, t[f] ?? null];
        if (ov === tv || tv === bv) continue;
        if (ov === bv) merged[f] = tv;
        else d.conflicts.push({ field: f, base: bv, ours: ov, theirs: tv });
      }
      return { ...d, merged };
    });
    const byId = new Map(decisions.map((d) => [d.id, d]));

    // An entity the merge brings in (its code differs from the target's) may take a code that another live entity has.
    const clashes = () =>
      decisions.filter((d) => {
        const c = d.merged?.['code'];
        if ((d.type !== 'WBE' && d.type !== 'CostElement') || c === undefined || c === (d.o?.['code'] ?? undefined))
          return false;
        return decisions.some((x) => x.id !== d.id && x.type === d.type && x.merged?.['code'] === c);
      });
    for (const d of clashes()) {
      d.conflicts.push({
        field: 'code',
        base: d.b?.['code'] ?? null,
        ours: d.o?.['code'] ?? null,
        theirs: d.merged?.['code'] ?? null,
        rule: 'clash',
      });
    }
    // A live entity must not end up under a parent that is gone after the merge (one side adds or
    // moves it under a parent the other side deletes). An orphan the target already had is left alone.
    const orphans = () =>
      decisions.flatMap((d) => {
        const field = PARENT[d.type];
        const parent = field === undefined ? null : (d.merged?.[field] ?? null);
        if (field === undefined || parent === null || byId.get(String(parent))?.merged) return [];
        if (d.o?.[field] === parent && !ours.has(String(parent))) return [];
        return [
          {
            d,
            conflict: { field, base: d.b?.[field] ?? null, ours: d.o?.[field] ?? null, theirs: d.t?.[field] ?? null },
          },
        ];
      });
    for (const { d, conflict } of orphans()) {
      if (!d.conflicts.some((c) => c.field === conflict.field || c.field === '*'))
        d.conflicts.push({ ...conflict, rule: 'dangling' });
    }

    // Resolutions first (each must name a conflict), then the strategy. A clash cannot take theirs,
    // a dangling reference neither side: those need a resolution.
    const pending = new Map(args.resolutions.map((r) => [`${r.entityId}|${r.field}`, r]));
    const unresolved: Conflict[] = [];
    for (const d of decisions) {
      for (const { rule, ...conflict } of d.conflicts) {
        const key = `${d.id}|${conflict.field}`;
        const resolution = pending.get(key);
        if (resolution !== undefined) {
          pending.delete(key);
          d.merged = this.resolveWith(d.type, d, conflict.field, resolution.value);
        } else if (
          args.strategy === 'FAIL_ON_CONFLICT' ||
          rule === 'dangling' ||
          (rule === 'clash' && args.strategy === 'THEIRS')
        ) {
          unresolved.push({ entityType: d.type, entityId: d.id, ...conflict });
        } else if (conflict.field === '*') {
          d.merged = args.strategy === 'OURS' ? d.o : d.t;
        } else if (rule === 'clash' && d.o === null) {
          d.merged = null; // keeping the target's side: the target has no such entity
        } else if (d.merged !== null) {
          d.merged = {
            ...d.merged,
            [conflict.field]: (args.strategy === 'OURS' ? d.o : d.t)?.[conflict.field] ?? null,
          };
        }
      }
    }
    const stray = [...pending.values()][0];
    if (stray !== undefined) bad(`resolutions: no conflict on ${stray.entityId} ${stray.field}`);
    // Field by field from here: a field with an open conflict holds only the target's value, so a
    // rule that reads it waits for its decision; the entity's other fields are checked now.
    const open = (d: Decision, fields: readonly string[]) =>
      unresolved.some((c) => c.entityId === d.id && (c.field === '*' || fields.includes(c.field)));
    // What strategies and resolutions decided must not orphan anything either: such references stay unresolved.
    for (const { d, conflict } of orphans()) {
      if (!open(d, [conflict.field])) unresolved.push({ entityType: d.type, entityId: d.id, ...conflict });
    }
    // Nor break another rule of single writes: codes unique, no WBE under itself, ordered dates. A
    // merged state that does is a conflict on the field the rule names (`fields[0]`); if a
    // resolution decided one of the fields the rule reads, the resolution is bad input.
    const resolved = (d: Decision, fields: readonly string[]) =>
      args.resolutions.some((r) => r.entityId === d.id && (r.field === '*' || fields.includes(r.field)));
    const refuse = (d: Decision, fields: readonly string[]) => {
      const field = fields[0] ?? '*';
      if (open(d, fields)) return;
      if (resolved(d, fields)) bad(`resolutions: ${d.id} breaks the rule on ${field}`);
      const side = (x: State | null) => x?.[field] ?? null;
      const theirs = field === 'code' ? (d.merged?.['code'] ?? null) : side(d.t);
      unresolved.push({ entityType: d.type, entityId: d.id, field, base: side(d.b), ours: side(d.o), theirs });
    };
    for (const d of clashes()) refuse(d, ['code']);
    const parentOf = new Map(
      decisions.flatMap((d) => (d.type === 'WBE' && d.merged ? [[d.id, d.merged['parentId'] ?? null] as const] : [])),
    );
    for (const d of decisions) {
      const parent = parentOf.get(d.id);
      if (parent === undefined || parent === (d.o?.['parentId'] ?? null)) continue;
      const seen = new Set([d.id]);
      let at: Value = parent;
      while (at !== null && !seen.has(String(at))) {
        seen.add(String(at));
        at = parentOf.get(String(at)) ?? null;
      }
      if (at !== null) refuse(d, ['parentId']);
    }
    for (const d of decisions) {
      const pair = ORDERED[d.type];
      if (d.merged === null || pair === undefined || same(d.type, d.o, d.merged)) continue;
      if (String(d.merged[pair[1]]) < String(d.merged[pair[0]])) refuse(d, [pair[1], pair[0]]);
    }
    // With conflicts, `changes` is "the part that does not conflict", field by field.
    const changes = decisions.flatMap((d) => {
      const c = this.change(d.type, d.id, d.o, d.merged);
      const fields = c?.fields.filter((f) => !open(d, [f.field])) ?? [];
      return c === null || fields.length === 0 ? [] : [{ ...c, fields }];
    });
    if (unresolved.length > 0) return { status: 'CONFLICTS', commit: null, conflicts: unresolved, changes };
    const result = new Map(decisions.flatMap((d) => (d.merged === null ? [] : [[d.id, d.merged] as const])));
    this.checkInvariants(p, result, new Set(changes.map((c) => c.entityId)));
    if (args.dryRun) return { status: 'MERGED', commit: null, conflicts: [], changes };

    const c = this.commit(p, target, 'MERGE', at, [theirsHead.id]);
    // Merging the branch's parent brings it up to date: its base moves forward (DESIGN §1).
    if (target.bases.at(-1)?.parent === source.name)
      target.bases.push({ fromSeq: c.seq, parent: source.name, parentSeq: theirsHead.seq });
    const after = this.lineageAtSeq(p, target.name, c.seq);
    for (const d of decisions) {
      const visible = this.resolve(p, after, d.id);
      const shown = visible === null || visible.deleted ? null : visible.state;
      if (same(d.type, shown, d.merged)) continue;
      this.write(target, c, d.id, (visible?.version ?? 0) + 1, d.merged === null, d.merged ?? shown ?? {});
    }
    return { status: 'MERGED', commit: c.id, conflicts: [], changes };
  }

  /** An explicit resolution: a field's value, or for "*" null (deleted) or an object of field values. */
  private resolveWith(
    type: EntityType,
    d: { b: State | null; o: State | null; t: State | null; merged: State | null },
    field: string,
    value: unknown,
  ): State | null {
    // A resolution value is an input like any other: the rules of single writes apply to it.
    const coerce = (f: string, v: unknown): Value => {
      const t = FIELDS[type][f] ?? bad(`resolutions: ${type} has no field ${f}`);
      if (v === null) return NULLABLE.has(f) ? null : bad(`${f}: required`);
      if (t === 'float') return typeof v === 'number' && v >= 0 && v <= 100 ? v : bad(`${f}: 0..100`);
      if (typeof v !== 'string') return bad(`${f}: not a string`);
      if (t === 'money') return money(v, f === 'budget');
      if (t === 'date')
        return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))
          ? date(v)
          : bad(`${f}: date`);
      if (ENUMS[f] !== undefined && !ENUMS[f].includes(v)) bad(`${f}: ${v}`);
      return f === 'code' ? code(v) : f === 'name' ? name(v) : v;
    };
    if (field !== '*') return d.merged === null ? null : { ...d.merged, [field]: coerce(field, value) };
    if (value === null) return null;
    if (typeof value !== 'object' || Array.isArray(value)) return bad('resolutions: "*" takes null or an object');
    const start = d.o ?? d.t ?? d.b ?? bad('resolutions: nothing to restore');
    const patch = Object.entries(value as Record<string, unknown>).map(([f, v]) => [f, coerce(f, v)]);
    return { ...start, ...Object.fromEntries(patch) };
  }

  /**
   * What a merge or revert stores must obey the rules that single writes obey across fields and
   * entities: ordered dates, codes unique among live WBEs (cost elements), no WBE below itself,
   * and no live entity under a parent that is gone. `result`: the live states after; `changed`:
   * the entities whose state the operation changes (removed ones included).
   */
  private checkInvariants(p: Project, result: Map<string, State>, changed: Set<string>): void {
    const broken = (why: string): never => fail('INVARIANT', why);
    for (const [id, s] of result) {
      const type = p.entities.get(id) ?? 'Project';
      const field = PARENT[type];
      const parent = field === undefined ? null : (s[field] ?? null);
      if (parent !== null && !result.has(String(parent)) && (changed.has(id) || changed.has(String(parent)))) {
        broken(`${type} ${id} is under ${String(parent)}, which is gone`);
      }
      if (!changed.has(id)) continue;
      const pair = ORDERED[type];
      if (pair !== undefined && String(s[pair[1]]) < String(s[pair[0]]))
        broken(`${type} ${id}: ${pair[1]} before ${pair[0]}`);
      if (type === 'WBE' || type === 'CostElement') {
        const twin = [...result].find(([o, x]) => o !== id && p.entities.get(o) === type && x['code'] === s['code']);
        if (twin !== undefined) broken(`${type} ${id} and ${twin[0]} share code ${String(s['code'])}`);
      }
      const seen = new Set<string>();
      for (
        let at: Value = type === 'WBE' ? id : null;
        at !== null && result.has(String(at));
        at = result.get(String(at))?.['parentId'] ?? null
      ) {
        if (seen.has(String(at))) broken(`WBE ${id} is below itself`);
        seen.add(String(at));
      }
    }
  }

  // ---------------------------------------------------------------- revert

  /** A new commit on `branch` restoring what the commit replaced; a field changed again since is CONFLICT. */
  revert(projectId: string, commitId: string, branch: string, at: number): { commit: string } {
    const p = this.project(projectId);
    const reverted = this.commitById(p, commitId);
    const parentId = reverted.parents[0];
    const parent = parentId === undefined ? null : this.commitById(p, parentId);
    const was = this.world(p, parent === null ? null : this.lineageAtSeq(p, parent.branch, parent.seq));
    const became = this.world(p, this.lineageAtSeq(p, reverted.branch, reverted.seq));
    const touched = [...p.entities].filter(
      ([id, type]) => !same(type, was.get(id)?.state ?? null, became.get(id)?.state ?? null),
    );
    if (touched.length === 0) bad('the commit changed no data');
    const w = this.writable(p, branch);
    const nowWorld = this.world(p, w.now);
    const conflicts: string[] = [];
    const writes: { id: string; deleted: boolean; state: State }[] = [];
    for (const [id, type] of touched) {
      const [before, after, now] = [
        was.get(id)?.state ?? null,
        became.get(id)?.state ?? null,
        nowWorld.get(id)?.state ?? null,
      ];
      if (after === null) {
        // The commit removed it: bring it back, unless it exists again.
        if (now !== null) conflicts.push(`${id} *`);
        else if (before !== null) writes.push({ id, deleted: false, state: before });
      } else if (now === null) {
        if (before !== null) conflicts.push(`${id} *`);
      } else if (before === null) {
        // The commit added it: remove it, unless it changed since.
        if (same(type, now, after)) writes.push({ id, deleted: true, state: now });
        else conflicts.push(`${id} changed`);
      } else {
        const restored: State = { ...now };
        for (const f of Object.keys(FIELDS[type])) {
          if ((before[f] ?? null) === (after[f] ?? null)) continue;
          if ((now[f] ?? null) !== (after[f] ?? null)) conflicts.push(`${id} ${f}`);
          else restored[f] = before[f] ?? null;
        }
        writes.push({ id, deleted: false, state: restored });
      }
    }
    if (conflicts.length > 0) fail('CONFLICT', `changed again since: ${conflicts.join(', ')}`);
    const result = new Map([...nowWorld].map(([id, r]) => [id, r.state]));
    for (const x of writes) {
      if (x.deleted) result.delete(x.id);
      else result.set(x.id, x.state);
    }
    this.checkInvariants(p, result, new Set(writes.map((x) => x.id)));
    const c = this.commit(p, w.branch, 'REVERT', at);
    for (const x of writes)
      this.write(w.branch, c, x.id, (this.resolve(p, w.now, x.id)?.version ?? 0) + 1, x.deleted, x.state);
    return { commit: c.id };
  }

  // ---------------------------------------------------------------- change orders

  createChangeOrder(projectId: string, input: { code: string }, at: number): { id: string; commit: string } {
    const c = code(input.code);
    const p = this.project(projectId);
    if (p.changeOrders.some((o) => o.code === c)) fail('CONFLICT', `change order ${c} exists`);
    const { commit } = this.createBranch(projectId, `co-${c}`, { branch: 'main' }, at);
    const order: ChangeOrder = { id: this.newId('CO'), code: c, status: 'DRAFT', branch: `co-${c}`, mergeCommit: null };
    p.changeOrders.push(order);
    return { id: order.id, commit };
  }

  private order(projectId: string, id: string, expected: ChangeOrder['status']): ChangeOrder {
    const order =
      this.project(projectId).changeOrders.find((o) => o.id === id) ?? fail('NOT_FOUND', `change order ${id}`);
    if (order.status !== expected) bad(`change order is ${order.status}`);
    return order;
  }
  /** DRAFT -> SUBMITTED; the branch is frozen for plan writes until withdrawn or decided. */
  submitChangeOrder(projectId: string, id: string): ChangeOrder {
    const order = this.order(projectId, id, 'DRAFT');
    order.status = 'SUBMITTED';
    this.branch(this.project(projectId), order.branch).frozen = true;
    return { ...order };
  }
  withdrawChangeOrder(projectId: string, id: string): ChangeOrder {
    const order = this.order(projectId, id, 'SUBMITTED');
    order.status = 'DRAFT';
    this.branch(this.project(projectId), order.branch).frozen = false;
    return { ...order };
  }
  rejectChangeOrder(projectId: string, id: string): ChangeOrder {
    const order = this.order(projectId, id, 'SUBMITTED');
    order.status = 'REJECTED';
    this.branch(this.project(projectId), order.branch).frozen = false;
    return { ...order };
  }
  /** Merges the order's branch into main (FAIL_ON_CONFLICT); conflicts are CONFLICT and leave it SUBMITTED. */
  approveChangeOrder(projectId: string, id: string, at: number): ChangeOrder {
    const order = this.order(projectId, id, 'SUBMITTED');
    const result = this.merge(
      projectId,
      { source: order.branch, target: 'main', strategy: 'FAIL_ON_CONFLICT', resolutions: [], dryRun: false },
      at,
    );
    if (result.status === 'CONFLICTS') fail('CONFLICT', `change order ${order.code} conflicts with main`);
    order.status = 'MERGED';
    order.mergeCommit = result.commit;
    const branch = this.branch(this.project(projectId), order.branch);
    branch.status = 'MERGED';
    branch.frozen = false;
    return { ...order };
  }
}

export { TYPES as ENTITY_TYPES };
