import type { Sql } from '../db/sql.js';
import { epochMs, toDate, toInt } from './sql-values.js';
import type { CommitKind, CommitRecord } from './types.js';

/** A point of a project's history: a branch and one of its sequence numbers. */
export interface HistoryPoint {
  branch: string;
  seq: number;
}

/** Reachable history as, per branch, the highest reachable sequence (all lower ones are too). */
export type Ancestry = Map<string, number>;

/** The edges between branches: a branch's first commit (fork) and merges from other branches. */
export interface CrossEdge {
  branch: string;
  seq: number;
  otherBranch: string;
  otherSeq: number;
}

export const COMMIT_COLUMNS = `c.id, c.project_id, c.branch, c.seq, c.kind, c.message, c.author_id,
  ${epochMs('c.committed_at')} AS committed_at, c.parent_ids`;

export function decodeCommit(row: Record<string, unknown>): CommitRecord {
  const parents = row['parent_ids'];
  return {
    id: String(row['id']),
    projectId: String(row['project_id']),
    branch: String(row['branch']),
    seq: toInt(row['seq']),
    kind: String(row['kind']) as CommitKind,
    message: String(row['message']),
    authorId: String(row['author_id']),
    committedAt: toDate(row['committed_at']),
    parentIds: Array.isArray(parents) ? parents.map(String) : [],
  };
}

/** Only commits that cross branches matter for ancestry: one statement, as many rows as forks and merges. */
export async function loadCrossEdges(sql: Sql, projectId: string): Promise<CrossEdge[]> {
  const rows = await sql.query(
    `SELECT c.branch, c.seq, p.branch AS other_branch, p.seq AS other_seq
     FROM project_commit c JOIN project_commit p ON p.id = ANY(c.parent_ids)
     WHERE c.project_id = $1 AND c.kind IN ('BRANCH', 'MERGE') AND p.branch <> c.branch`,
    [projectId],
  );
  return rows.map((r) => ({
    branch: String(r['branch']),
    seq: toInt(r['seq']),
    otherBranch: String(r['other_branch']),
    otherSeq: toInt(r['other_seq']),
  }));
}

/** Everything reachable from `from` through all parents (git's ancestry), as per-branch bounds. */
export function ancestryOf(edges: readonly CrossEdge[], from: HistoryPoint): Ancestry {
  const byBranch = new Map<string, CrossEdge[]>();
  for (const e of edges) byBranch.set(e.branch, [...(byBranch.get(e.branch) ?? []), e]);
  const reached: Ancestry = new Map();
  const stack: HistoryPoint[] = [from];
  for (let p = stack.pop(); p !== undefined; p = stack.pop()) {
    if ((reached.get(p.branch) ?? 0) >= p.seq) continue;
    reached.set(p.branch, p.seq);
    for (const e of byBranch.get(p.branch) ?? []) {
      if (e.seq <= p.seq) stack.push({ branch: e.otherBranch, seq: e.otherSeq });
    }
  }
  return reached;
}

function contains(ancestry: Ancestry, point: HistoryPoint): boolean {
  return (ancestry.get(point.branch) ?? 0) >= point.seq;
}

/**
 * The best common ancestors of two points: the common points that are not ancestors of
 * another common point. Usually one; criss-cross merges can give several.
 */
export function mergeBases(edges: readonly CrossEdge[], a: HistoryPoint, b: HistoryPoint): HistoryPoint[] {
  const ancA = ancestryOf(edges, a);
  const ancB = ancestryOf(edges, b);
  const common: HistoryPoint[] = [];
  for (const [branch, seqA] of ancA) {
    const seqB = ancB.get(branch);
    if (seqB !== undefined) common.push({ branch, seq: Math.min(seqA, seqB) });
  }
  const ancestries = common.map((p) => ancestryOf(edges, p));
  return common.filter(
    (p, i) => !common.some((q, j) => j !== i && contains(ancestries[j] ?? new Map(), p) && !samePoint(p, q)),
  );
}

function samePoint(a: HistoryPoint, b: HistoryPoint): boolean {
  return a.branch === b.branch && a.seq === b.seq;
}

/** A join clause (and params) keeping the commits inside an ancestry. */
export function ancestryJoin(ancestry: Ancestry, firstParam: number): { join: string; params: unknown[] } {
  const branches = [...ancestry.keys()];
  return {
    join: `JOIN unnest($${firstParam}::text[], $${firstParam + 1}::int[]) AS anc(branch, max_seq)
      ON anc.branch = c.branch AND c.seq <= anc.max_seq`,
    params: [branches, branches.map((b) => ancestry.get(b) ?? 0)],
  };
}
