import {
  CostRegistrationKind,
  ProgressEntryKind,
  type CostRegistrationState,
  type ProgressEntryState,
} from '../kinds.js';
import { writesOf } from '../versioned-writes.js';

export interface CostRegistrationCreate {
  costElementId: string;
  amount: string;
  incurredOn: string;
  description?: string | null;
}

export interface ProgressCreate {
  costElementId: string;
  percentComplete: number;
  measuredOn: string;
}

/** Records an actual cost: a fact, so EDITOR may record it on any branch, main included. */
export const registerCost = writesOf<CostRegistrationState, CostRegistrationCreate, never>(CostRegistrationKind).create;
/** Records a percent complete on a date (actuals, like costs). */
export const recordProgress = writesOf<ProgressEntryState, ProgressCreate, never>(ProgressEntryKind).create;
