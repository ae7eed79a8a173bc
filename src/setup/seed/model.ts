import {
  CostElementKind,
  CostRegistrationKind,
  ProgressEntryKind,
  ProjectKind,
  WbeKind,
  type CostElementState,
  type CostRegistrationState,
  type ProgressEntryState,
  type ProjectState,
  type WbeState,
} from '../../domain/kinds.js';
import { insertEntities, writeVersions, type OpenCommit, type VersionWrite } from '../../versioning/commit-writer.js';
import type { EntityKind, EntityState } from '../../versioning/types.js';

interface Current<S> {
  version: number;
  state: S;
  deleted: boolean;
}

/**
 * One kind's latest states on one branch, tracked in memory so the generator never reads
 * back what it wrote, plus the writes of the commit being drafted. Version numbers follow
 * the engine's rule: +1 over the latest state on the branch's lineage.
 */
export class KindTable<S extends EntityState> {
  private pending: VersionWrite<S>[] = [];
  private readonly touched = new Set<string>();
  private created: string[] = [];

  constructor(
    readonly kind: EntityKind<S>,
    private readonly current: Map<string, Current<S>> = new Map(),
  ) {}

  /** The live state of an entity; generating a write to a missing one is a generator bug. */
  get(id: string): S {
    const entry = this.current.get(id);
    if (entry === undefined || entry.deleted)
      throw new Error(`${this.kind.type} ${id} is not live in the generated model`);
    return entry.state;
  }

  has(id: string): boolean {
    const entry = this.current.get(id);
    return entry !== undefined && !entry.deleted;
  }

  /** Ids of the live entities whose state matches. */
  liveIds(match: (state: S) => boolean = () => true): string[] {
    const ids: string[] = [];
    for (const [id, entry] of this.current) if (!entry.deleted && match(entry.state)) ids.push(id);
    return ids;
  }

  create(id: string, state: S): void {
    this.claim(id);
    this.current.set(id, { version: 1, state, deleted: false });
    this.created.push(id);
    this.pending.push({ entityId: id, version: 1, deleted: false, state });
  }

  /** Records a state that was written outside the model (the project's first, by createProject). */
  adopt(id: string, state: S): void {
    this.current.set(id, { version: 1, state, deleted: false });
  }

  update(id: string, patch: Partial<S>): void {
    const state: S = { ...this.get(id), ...patch };
    this.write(id, state, false);
  }

  /** Tombstones keep the last state, as deleteEntities does. */
  remove(id: string): void {
    this.write(id, this.get(id), true);
  }

  get pendingRows(): number {
    return this.pending.length;
  }

  /** Registers the identities created by the drafted commit. */
  async insertIdentities(c: OpenCommit): Promise<void> {
    await insertEntities(c, this.kind.type, this.created);
    this.created = [];
  }

  /** Appends the drafted states in one statement and starts a new draft. */
  async writePending(c: OpenCommit): Promise<void> {
    await writeVersions(c, this.kind, this.pending);
    this.pending = [];
    this.touched.clear();
  }

  /** The same states, for a branch forked here; drafts are never shared. */
  fork(): KindTable<S> {
    if (this.pending.length > 0) throw new Error('cannot fork a model with a commit in draft');
    return new KindTable(this.kind, new Map(this.current));
  }

  private write(id: string, state: S, deleted: boolean): void {
    const entry = this.current.get(id);
    if (entry === undefined || entry.deleted)
      throw new Error(`${this.kind.type} ${id} is not live in the generated model`);
    this.claim(id);
    const version = entry.version + 1;
    this.current.set(id, { version, state, deleted });
    this.pending.push({ entityId: id, version, deleted, state });
  }

  /** One state per entity per commit: a second would collide on (entity, branch, seq). */
  private claim(id: string): void {
    if (this.touched.has(id)) throw new Error(`${this.kind.type} ${id} written twice in one generated commit`);
    this.touched.add(id);
  }
}

/** Everything the generator knows about one branch of the project. */
export class BranchModel {
  constructor(
    readonly project = new KindTable<ProjectState>(ProjectKind),
    readonly wbes = new KindTable<WbeState>(WbeKind),
    readonly elements = new KindTable<CostElementState>(CostElementKind),
    readonly costs = new KindTable<CostRegistrationState>(CostRegistrationKind),
    readonly progress = new KindTable<ProgressEntryState>(ProgressEntryKind),
  ) {}

  fork(): BranchModel {
    return new BranchModel(
      this.project.fork(),
      this.wbes.fork(),
      this.elements.fork(),
      this.costs.fork(),
      this.progress.fork(),
    );
  }

  get pendingRows(): number {
    return this.tables().reduce((n, t) => n + t.pendingRows, 0);
  }

  /** Writes the drafted commit: every new identity first, since versions reference parents by entity id. */
  async flush(c: OpenCommit): Promise<number> {
    const rows = this.pendingRows;
    for (const table of this.tables()) await table.insertIdentities(c);
    for (const table of this.tables()) await table.writePending(c);
    return rows;
  }

  private tables(): readonly (
    | KindTable<ProjectState>
    | KindTable<WbeState>
    | KindTable<CostElementState>
    | KindTable<CostRegistrationState>
    | KindTable<ProgressEntryState>
  )[] {
    return [this.project, this.wbes, this.elements, this.costs, this.progress];
  }
}
