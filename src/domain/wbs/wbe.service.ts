import type { Sql } from '../../db/sql.js';
import type { Actor } from '../../auth/roles.js';
import type { CommitRecord, Versioned } from '../../versioning/types.js';
import { WbeKind, type WbeState } from '../kinds.js';
import {
  createVersioned,
  deleteVersioned,
  updateVersioned,
  type VersionedWriteArgs,
  type WriteArgs,
} from '../versioned-writes.js';

export interface WbeCreate {
  code: string;
  name: string;
  description?: string | null;
  parentId?: string | null;
}

export type WbeUpdate = Partial<{ [K in keyof WbeCreate]: WbeCreate[K] | null }>;

/** Adds a WBE to a project (at the top, or under `parentId`). */
export function createWbe(
  sql: Sql,
  actor: Actor | null,
  args: WriteArgs & { projectId: string; input: WbeCreate },
): Promise<Versioned<WbeState>> {
  return createVersioned(sql, actor, WbeKind, args);
}

/** Changes a WBE or moves it (never under itself or below it). */
export function updateWbe(
  sql: Sql,
  actor: Actor | null,
  args: VersionedWriteArgs & { id: string; input: WbeUpdate },
): Promise<Versioned<WbeState>> {
  return updateVersioned(sql, actor, WbeKind, args);
}

/** Removes the WBE, the WBEs below it, their cost elements and their actuals: one commit. */
export function deleteWbe(
  sql: Sql,
  actor: Actor | null,
  args: VersionedWriteArgs & { id: string },
): Promise<CommitRecord> {
  return deleteVersioned(sql, actor, WbeKind, args);
}
