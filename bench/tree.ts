import { field } from './http.js';

/**
 * The data of one tree read, in a canonical form shared by the HTTP answer and the SQL floor,
 * so the benchmark can check that both return the same thing before comparing their speed.
 */
export interface TreeProject {
  id: string;
  version: number;
  commitId: string;
  budget: string;
  wbes: TreeWbe[];
}

export interface TreeWbe {
  id: string;
  code: string;
  name: string;
  version: number;
  commitId: string;
  budget: string;
  elements: TreeElement[];
}

export interface TreeElement {
  id: string;
  code: string;
  name: string;
  version: number;
  commitId: string;
  budget: string;
  plannedStart: string;
  plannedEnd: string;
  costs: TreeCost[];
  progress: TreeProgress[];
}

export interface TreeCost {
  id: string;
  amount: string;
  incurredOn: string;
  commitId: string;
}

export interface TreeProgress {
  id: string;
  percentComplete: number;
  measuredOn: string;
  commitId: string;
}

/** Reads the `project` of a tree query's data into the canonical form. */
export function treeFromGraphQL(data: unknown): TreeProject | null {
  const p = field(data, 'project');
  if (p === null || p === undefined) return null;
  const wbes = list(field(p, 'allWbes')).map((w): TreeWbe => ({
    id: text(w, 'id'),
    code: text(w, 'code'),
    name: text(w, 'name'),
    version: num(w, 'version'),
    commitId: text(field(w, 'commit'), 'id'),
    budget: text(w, 'budget'),
    elements: list(field(w, 'costElements')).map((e): TreeElement => ({
      id: text(e, 'id'),
      code: text(e, 'code'),
      name: text(e, 'name'),
      version: num(e, 'version'),
      commitId: text(field(e, 'commit'), 'id'),
      budget: text(e, 'budget'),
      plannedStart: text(e, 'plannedStart'),
      plannedEnd: text(e, 'plannedEnd'),
      costs: list(field(e, 'costRegistrations')).map((c) => ({
        id: text(c, 'id'),
        amount: text(c, 'amount'),
        incurredOn: text(c, 'incurredOn'),
        commitId: text(field(c, 'commit'), 'id'),
      })),
      progress: list(field(e, 'progressEntries')).map((g) => ({
        id: text(g, 'id'),
        percentComplete: num(g, 'percentComplete'),
        measuredOn: text(g, 'measuredOn'),
        commitId: text(field(g, 'commit'), 'id'),
      })),
    })),
  }));
  return {
    id: text(p, 'id'),
    version: num(p, 'version'),
    commitId: text(field(p, 'commit'), 'id'),
    budget: text(p, 'budget'),
    wbes,
  };
}

/** Order-insensitive comparison; returns the first difference, or null when equal. */
export function treeDifference(a: TreeProject | null, b: TreeProject | null): string | null {
  const left = JSON.stringify(canonical(a));
  const right = JSON.stringify(canonical(b));
  if (left === right) return null;
  let i = 0;
  while (i < left.length && left[i] === right[i]) i += 1;
  return `differs at character ${i}: …${left.slice(Math.max(0, i - 80), i + 80)}… vs …${right.slice(Math.max(0, i - 80), i + 80)}…`;
}

export function countNodes(tree: TreeProject | null): number {
  if (tree === null) return 0;
  return (
    1 +
    tree.wbes.reduce((n, w) => n + 1 + w.elements.reduce((m, e) => m + 1 + e.costs.length + e.progress.length, 0), 0)
  );
}

function canonical(tree: TreeProject | null): TreeProject | null {
  if (tree === null) return null;
  const byId = <T extends { id: string }>(items: readonly T[]): T[] =>
    [...items].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return {
    ...tree,
    wbes: byId(tree.wbes).map((w) => ({
      ...w,
      elements: byId(w.elements).map((e) => ({ ...e, costs: byId(e.costs), progress: byId(e.progress) })),
    })),
  };
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown, key: string): string {
  const v = field(value, key);
  if (typeof v !== 'string') throw new Error(`expected text at ${key}, got ${JSON.stringify(v)}`);
  return v;
}

function num(value: unknown, key: string): number {
  const v = field(value, key);
  if (typeof v !== 'number') throw new Error(`expected a number at ${key}, got ${JSON.stringify(v)}`);
  return v;
}
