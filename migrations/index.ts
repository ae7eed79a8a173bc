import { Migration20261122000000Initial } from './Migration20261122000000_initial.js';
import { Migration20261201000000LoginThrottle } from './Migration20261201000000_login_throttle.js';

/** Every migration, in order. Listed explicitly so both engines and every runtime load the same set. */
export const migrationsList = [
  { name: 'Migration20261122000000_initial', class: Migration20261122000000Initial },
  { name: 'Migration20261201000000_login_throttle', class: Migration20261201000000LoginThrottle },
];
