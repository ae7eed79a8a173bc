import { Migration20261122000000Initial } from './Migration20261122000000_initial.js';
import { Migration20261201000000LoginThrottle } from './Migration20261201000000_login_throttle.js';
import { Migration20261202000000ChangeOrderReview } from './Migration20261202000000_change_order_review.js';
import { Migration20261202180000OpenEntityTypes } from './Migration20261202180000_open_entity_types.js';
import { Migration20261204130000PlannedSpanIndexes } from './Migration20261204130000_planned_span_indexes.js';

/** Every migration, in order. Listed explicitly so both engines and every runtime load the same set. */
export const migrationsList = [
  { name: 'Migration20261122000000_initial', class: Migration20261122000000Initial },
  { name: 'Migration20261201000000_login_throttle', class: Migration20261201000000LoginThrottle },
  { name: 'Migration20261202000000_change_order_review', class: Migration20261202000000ChangeOrderReview },
  { name: 'Migration20261202180000_open_entity_types', class: Migration20261202180000OpenEntityTypes },
  { name: 'Migration20261204130000_planned_span_indexes', class: Migration20261204130000PlannedSpanIndexes },
];
