import { Migration } from '@mikro-orm/migrations';

/**
 * Failed-login counters shared by every API process on the database (docs/decisions/0011).
 * One row per account (hash of the lowercased email) or client address (hash of the
 * address); not history, so rows are updated in place and swept once expired.
 */
export class Migration20261201000000LoginThrottle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table login_throttle (
      scope text not null check (scope in ('account', 'address')),
      key_digest text not null,
      attempts integer not null check (attempts >= 0),
      window_started_at timestamptz not null,
      locked_until timestamptz,
      primary key (scope, key_digest)
    )`);
    this.addSql(`create index login_throttle_window_idx on login_throttle (window_started_at)`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists login_throttle`);
  }
}
