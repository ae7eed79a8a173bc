import DataLoader from 'dataloader';
import type { Sql } from '../db/sql.js';
import { resolveLineages, resolveRef, type ReadPointResult, type Ref } from '../versioning/read-point.js';

/** A read point that a request asked for, and what it resolved to: what the read cache keys by. */
export interface AskedReadPoint {
  projectId: string;
  ref: { branch: string; asOf: string | null; commitId: string | null };
  result: Promise<ReadPointResult>;
}

/**
 * Resolves the read points a request asks for, batched (lineages of many projects share one
 * statement) and cached, and remembers each one: what the read cache keys a response by.
 */
export class ReadPointLoader {
  /**
   * Every read point the request resolved, by ref. A response is a function of these (the
   * versions at a lineage never change), which is what lets the read cache reuse it.
   */
  readonly askedReadPoints = new Map<string, AskedReadPoint>();
  readonly readPoints: DataLoader<string, ReadPointResult>;
  /** Read points at commits (a commit's point ignores the ref's branch). */
  private readonly commitPoints = new Map<string, Promise<ReadPointResult>>();

  constructor(private readonly sql: Sql) {
    this.readPoints = new DataLoader(async (keys) => this.batchReadPoints(keys));
  }

  /** Resolves (project, branch, asOf|commit); lineages of many projects share one statement. */
  readPoint(projectId: string, ref: Ref): Promise<ReadPointResult> {
    const asked = { branch: ref.branch, asOf: ref.asOf?.toISOString() ?? null, commitId: ref.commitId ?? null };
    const key = JSON.stringify([projectId, asked.branch, asked.asOf, asked.commitId]);
    let entry = this.askedReadPoints.get(key);
    if (entry === undefined) {
      entry = { projectId, ref: asked, result: this.resolveReadPoint(projectId, ref) };
      this.askedReadPoints.set(key, entry);
    }
    return entry.result;
  }

  private resolveReadPoint(projectId: string, ref: Ref): Promise<ReadPointResult> {
    if (ref.commitId !== undefined && ref.commitId !== null) {
      const key = JSON.stringify([projectId, ref.commitId, ref.asOf?.toISOString() ?? null]);
      let point = this.commitPoints.get(key);
      if (point === undefined) {
        point = resolveRef(this.sql, projectId, ref);
        this.commitPoints.set(key, point);
      }
      return point;
    }
    return this.readPoints.load(JSON.stringify([projectId, ref.branch, ref.asOf?.toISOString() ?? null]));
  }

  private async batchReadPoints(keys: readonly string[]): Promise<ReadPointResult[]> {
    const parsed = keys.map((k) => JSON.parse(k) as [string, string, string | null]);
    const groups = new Map<string, string[]>();
    for (const [projectId, branch, asOf] of parsed) {
      const group = JSON.stringify([branch, asOf]);
      groups.set(group, [...(groups.get(group) ?? []), projectId]);
    }
    const results = new Map<string, ReadPointResult>();
    for (const [group, projectIds] of groups) {
      const [branch, asOf] = JSON.parse(group) as [string, string | null];
      const resolved = await resolveLineages(this.sql, projectIds, branch, asOf === null ? null : new Date(asOf));
      for (const [projectId, result] of resolved) results.set(JSON.stringify([projectId, branch, asOf]), result);
    }
    return keys.map((k) => results.get(k) ?? { status: 'no-branch' });
  }
}
