import { Migration20261122000000Initial } from './Migration20261122000000_initial.js';

/** Every migration, in order. Listed explicitly so both engines and every runtime load the same set. */
export const migrationsList = [{ name: 'Migration20261122000000_initial', class: Migration20261122000000Initial }];
