import { Migration } from '@mikro-orm/migrations';

/** Tables whose rows are history: never updated, never deleted. */
const APPEND_ONLY = [
  'user_version',
  'project_commit',
  'branch_base',
  'entity',
  'project_version',
  'wbe_version',
  'cost_element_version',
  'cost_registration_version',
  'progress_entry_version',
];

const VERSION_TABLES = [
  'project_version',
  'wbe_version',
  'cost_element_version',
  'cost_registration_version',
  'progress_entry_version',
];

/** Columns every typed version table carries before its business fields. */
const VERSION_COLUMNS = `
  entity_id uuid not null references entity(id),
  project_id uuid not null,
  branch text not null,
  seq integer not null check (seq > 0),
  commit_id uuid not null references project_commit(id),
  version integer not null check (version > 0),
  committed_at timestamptz(3) not null,
  deleted boolean not null default false`;

export class Migration20261122000000Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table app_user (
      id uuid primary key,
      email text not null,
      password_hash text not null,
      created_at timestamptz(3) not null default now()
    )`);
    this.addSql(`create unique index app_user_email_key on app_user (lower(email))`);
    this.addSql(`create table user_version (
      user_id uuid not null references app_user(id),
      version integer not null check (version > 0),
      full_name text not null,
      role text not null check (role in ('ADMIN', 'MANAGER', 'EDITOR', 'VIEWER')),
      is_active boolean not null,
      valid_from timestamptz(3) not null,
      author_id uuid references app_user(id),
      primary key (user_id, version)
    )`);

    this.addSql(`create table project_commit (
      id uuid primary key,
      project_id uuid not null,
      branch text not null,
      seq integer not null check (seq > 0),
      committed_at timestamptz(3) not null,
      author_id uuid not null references app_user(id),
      message text not null,
      kind text not null check (kind in ('CREATE', 'EDIT', 'BRANCH', 'MERGE', 'REVERT')),
      parent_ids uuid[] not null default '{}',
      unique (project_id, branch, seq)
    )`);
    this.addSql(`create index project_commit_time_idx on project_commit (project_id, branch, committed_at)`);

    this.addSql(`create table branch (
      project_id uuid not null,
      name text not null,
      status text not null default 'ACTIVE' check (status in ('ACTIVE', 'MERGED', 'ARCHIVED')),
      head_commit_id uuid not null references project_commit(id),
      head_seq integer not null,
      head_committed_at timestamptz(3) not null,
      forked_from_commit_id uuid references project_commit(id),
      created_at timestamptz(3) not null,
      created_by uuid not null references app_user(id),
      primary key (project_id, name)
    )`);
    // The parent a branch reads through, from one of its own sequence numbers on: a branch
    // brought up to date gets a new row, so reads of its past still see the old base.
    this.addSql(`create table branch_base (
      project_id uuid not null,
      branch text not null,
      from_seq integer not null,
      parent_branch text not null,
      parent_seq integer not null,
      primary key (project_id, branch, from_seq)
    )`);

    this.addSql(`create table entity (
      id uuid primary key,
      entity_type text not null check (entity_type in ('Project', 'WBE', 'CostElement', 'CostRegistration', 'ProgressEntry')),
      project_id uuid not null,
      created_in uuid not null references project_commit(id)
    )`);
    this.addSql(`create index entity_project_idx on entity (project_id, entity_type)`);

    this.addSql(`create table project_version (${VERSION_COLUMNS},
      code text not null,
      name text not null,
      description text,
      currency char(3) not null,
      status text not null check (status in ('PLANNED', 'ACTIVE', 'ON_HOLD', 'CLOSED')),
      start_date date not null,
      end_date date not null,
      check (end_date >= start_date),
      primary key (entity_id, branch, seq),
      unique (entity_id, branch, version)
    )`);
    this.addSql(`create index project_version_code_idx on project_version (code)`);

    this.addSql(`create table wbe_version (${VERSION_COLUMNS},
      code text not null,
      name text not null,
      description text,
      parent_id uuid references entity(id),
      primary key (entity_id, branch, seq),
      unique (entity_id, branch, version)
    )`);
    this.addSql(`create index wbe_version_parent_idx on wbe_version (project_id, parent_id)`);
    this.addSql(`create index wbe_version_code_idx on wbe_version (project_id, code)`);

    this.addSql(`create table cost_element_version (${VERSION_COLUMNS},
      wbe_id uuid not null references entity(id),
      code text not null,
      name text not null,
      cost_type text not null check (cost_type in ('LABOR', 'MATERIAL', 'EQUIPMENT', 'SUBCONTRACT', 'OTHER')),
      budget numeric(16, 2) not null check (budget >= 0),
      planned_start date not null,
      planned_end date not null,
      check (planned_end >= planned_start),
      primary key (entity_id, branch, seq),
      unique (entity_id, branch, version)
    )`);
    this.addSql(`create index cost_element_version_wbe_idx on cost_element_version (project_id, wbe_id)`);
    this.addSql(`create index cost_element_version_code_idx on cost_element_version (project_id, code)`);

    this.addSql(`create table cost_registration_version (${VERSION_COLUMNS},
      cost_element_id uuid not null references entity(id),
      amount numeric(16, 2) not null,
      incurred_on date not null,
      description text,
      primary key (entity_id, branch, seq),
      unique (entity_id, branch, version)
    )`);
    this.addSql(
      `create index cost_registration_version_ce_idx on cost_registration_version (project_id, cost_element_id)`,
    );

    this.addSql(`create table progress_entry_version (${VERSION_COLUMNS},
      cost_element_id uuid not null references entity(id),
      percent_complete double precision not null check (percent_complete >= 0 and percent_complete <= 100),
      measured_on date not null,
      primary key (entity_id, branch, seq),
      unique (entity_id, branch, version)
    )`);
    this.addSql(`create index progress_entry_version_ce_idx on progress_entry_version (project_id, cost_element_id)`);

    for (const table of VERSION_TABLES) {
      // Diff and merge read the versions above a sequence number on one branch.
      this.addSql(`create index ${table}_branch_seq_idx on ${table} (project_id, branch, seq)`);
    }

    this.addSql(`create table change_order (
      id uuid primary key,
      project_id uuid not null,
      code text not null,
      title text not null,
      description text,
      status text not null check (status in ('DRAFT', 'SUBMITTED', 'REJECTED', 'MERGED')),
      branch text not null,
      requested_by uuid not null references app_user(id),
      decided_by uuid references app_user(id),
      reject_reason text,
      merge_commit_id uuid references project_commit(id),
      created_at timestamptz(3) not null,
      decided_at timestamptz(3),
      unique (project_id, code)
    )`);

    this.addSql(`create function reject_history_change() returns trigger language plpgsql as $$
      begin
        raise exception '% rows are history and cannot be %d', TG_TABLE_NAME, lower(TG_OP)
          using errcode = 'P0001';
      end $$`);
    for (const table of APPEND_ONLY) {
      this.addSql(`create trigger ${table}_append_only before update or delete on ${table}
        for each row execute function reject_history_change()`);
      this.addSql(`create trigger ${table}_no_truncate before truncate on ${table}
        for each statement execute function reject_history_change()`);
    }

    // A new state of an entity on a branch must come after the branch's previous state of it
    // and number exactly one above it: contiguous versions, one state per commit.
    this.addSql(`create function check_version_order() returns trigger language plpgsql as $$
      declare
        prev record;
      begin
        execute format('select seq, version from %I where entity_id = $1 and branch = $2 order by seq desc limit 1', TG_TABLE_NAME)
          into prev using new.entity_id, new.branch;
        if prev is not null and (new.seq <= prev.seq or new.version <> prev.version + 1) then
          raise exception 'version % at seq % of % on % does not follow version % at seq %',
            new.version, new.seq, new.entity_id, new.branch, prev.version, prev.seq
            using errcode = '23514';
        end if;
        return new;
      end $$`);
    for (const table of VERSION_TABLES) {
      this.addSql(`create trigger ${table}_order before insert on ${table}
        for each row execute function check_version_order()`);
    }
  }

  override async down(): Promise<void> {
    for (const table of [...VERSION_TABLES].reverse()) this.addSql(`drop table ${table}`);
    this.addSql('drop table change_order');
    this.addSql('drop table entity');
    this.addSql('drop table branch_base');
    this.addSql('drop table branch');
    this.addSql('drop table project_commit');
    this.addSql('drop table user_version');
    this.addSql('drop table app_user');
    this.addSql('drop function check_version_order()');
    this.addSql('drop function reject_history_change()');
  }
}
