import { WbeKind, type WbeState } from '../kinds.js';
import { writesOf } from '../versioned-writes.js';

export interface WbeCreate {
  code: string;
  name: string;
  description?: string | null;
  parentId?: string | null;
}

export type WbeUpdate = Partial<{ [K in keyof WbeCreate]: WbeCreate[K] | null }>;

const wbes = writesOf<WbeState, WbeCreate, WbeUpdate>(WbeKind);

/** Adds a WBE to a project (`projectId`: at the top, or under `parentId`). */
export const createWbe = wbes.create;
/** Changes a WBE or moves it (never under itself or below it). */
export const updateWbe = wbes.update;
/** Removes the WBE, the WBEs below it, their cost elements and their actuals: one commit. */
export const deleteWbe = wbes.delete;
