import { CostRegistrationKind, ProgressEntryKind } from '../../domain/kinds.js';
import { CostRegistrationInput, ProgressInput } from '../types/inputs.js';
import { CostElement, CostRegistration, ProgressEntry } from '../types/project-data.type.js';
import { versionedResolver } from './versioned-api.js';

/** Actuals hang under a cost element; the same words for both kinds. */
const ACTUAL_ROOT =
  "One actual at a read point (its project's branch and moment, or a commit), like the other versioned roots. null when none exists there (never recorded, not yet recorded, or deleted)";
const ELEMENT = {
  name: 'costElement',
  node: () => CostElement,
  description: 'null only where an explicit branch/asOf points where the element does not exist',
};

/** The root query, the record mutation and the element of cost registrations. */
export const CostRegistrationApi = versionedResolver({
  kind: CostRegistrationKind,
  node: () => CostRegistration,
  root: { name: 'costRegistration', description: ACTUAL_ROOT, id: "the cost registration's id" },
  create: {
    name: 'registerCost',
    description:
      'Records an actual cost on a cost element, in one commit. EDITOR and up, on any branch including main (actuals are facts, not plan changes)',
    input: () => CostRegistrationInput,
    inputDescription: 'the cost',
  },
  parent: ELEMENT,
});

/** The root query, the record mutation and the element of progress entries. */
export const ProgressEntryApi = versionedResolver({
  kind: ProgressEntryKind,
  node: () => ProgressEntry,
  root: { name: 'progressEntry', description: ACTUAL_ROOT, id: "the progress entry's id" },
  create: {
    name: 'recordProgress',
    description:
      'Records the percent complete (0..100) of a cost element on a date, in one commit. EDITOR and up, on any branch including main',
    input: () => ProgressInput,
    inputDescription: 'the measurement',
  },
  parent: ELEMENT,
});
