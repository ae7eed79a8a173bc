import { Commit } from '../db/entities/index.js';
import type { AncestryBounds } from '../db/repositories/commit.repository.js';
import type { Sql } from '../db/sql.js';
import { toDate, toInt } from './sql-values.js';
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

/** A commit as a repository selects it (CommitRepository's columns) -> the engine's record. */
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
  const rows = await sql.repository(Commit).crossEdges(projectId);
  return rows.map((r) => ({
    branch: r.branch,
    seq: toInt(r.seq),
    otherBranch: r.other_branch,
    otherSeq: toInt(r.other_seq),
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

/** An ancestry as the two parallel arrays a repository joins against (unnest). */
export function ancestryBounds(ancestry: Ancestry): AncestryBounds {
  const branches = [...ancestry.keys()];
  return { branches, maxSeqs: branches.map((b) => ancestry.get(b) ?? 0) };
}
