import { CostElementKind, type CostElementState, type CostType } from '../kinds.js';
import { writesOf } from '../versioned-writes.js';

export interface CostElementCreate {
  wbeId: string;
  code: string;
  name: string;
  costType?: CostType | null;
  budget: string;
  plannedStart: string;
  plannedEnd: string;
}

export type CostElementUpdate = Partial<{ [K in keyof CostElementCreate]: CostElementCreate[K] | null }>;

const elements = writesOf<CostElementState, CostElementCreate, CostElementUpdate>(CostElementKind);

/** Adds a cost element under a WBE. */
export const createCostElement = elements.create;
/** Changes a cost element or moves it under another WBE. */
export const updateCostElement = elements.update;
/** Removes the cost element with its costs and progress entries: one commit. */
export const deleteCostElement = elements.delete;
