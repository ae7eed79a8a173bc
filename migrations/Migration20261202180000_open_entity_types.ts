import { Migration } from '@mikro-orm/migrations';

/**
 * The identity table's type check named every versioned type, so each new type had to change
 * it (and the entity that mirrors it). It now checks the form of a type name only: which
 * types exist is what the kinds registry declares (src/domain/kinds.ts), and a version table
 * per type keeps every stored state typed.
 */
export class Migration20261202180000OpenEntityTypes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table entity drop constraint entity_entity_type_check`);
    this.addSql(
      `alter table entity add constraint entity_entity_type_check check (entity_type ~ '^[A-Z][A-Za-z0-9]*$')`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table entity drop constraint entity_entity_type_check`);
    this.addSql(
      `alter table entity add constraint entity_entity_type_check check (entity_type in ('Project', 'WBE', 'CostElement', 'CostRegistration', 'ProgressEntry'))`,
    );
  }
}
