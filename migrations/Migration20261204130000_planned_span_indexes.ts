import { Migration } from '@mikro-orm/migrations';

/**
 * A project's planned span (earliest planned start, latest planned end of its live cost
 * elements) at a lineage, read by walking these indexes from the boundary until the first
 * version that is visible there (src/db/repositories/subtree-sums.ts), instead of resolving
 * every element: a diff's schedule impact then costs a few probes, not the project
 * (docs/decisions/0017).
 */
export class Migration20261204130000PlannedSpanIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index cost_element_version_planned_start_idx on cost_element_version (project_id, branch, planned_start)`,
    );
    this.addSql(
      `create index cost_element_version_planned_end_idx on cost_element_version (project_id, branch, planned_end)`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists cost_element_version_planned_end_idx`);
    this.addSql(`drop index if exists cost_element_version_planned_start_idx`);
  }
}
