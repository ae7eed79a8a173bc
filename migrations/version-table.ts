/**
 * The DDL of one typed version table, as every versioned kind's migration creates it: the
 * columns every version table starts with, its keys, the index diff and merge read by, and
 * the triggers that keep it append-only and its versions in order (the functions
 * reject_history_change and check_version_order come from the initial migration). The
 * entity side is src/db/entities/version.entity.ts (versionColumns, versionConstraints).
 */
export function createVersionTable(table: string, columns: string, indexes: readonly string[] = []): string[] {
  return [
    `create table ${table} (
      entity_id uuid not null references entity(id),
      project_id uuid not null,
      branch text not null,
      seq integer not null check (seq > 0),
      commit_id uuid not null references project_commit(id),
      version integer not null check (version > 0),
      committed_at timestamptz(3) not null,
      deleted boolean not null default false,
      ${columns},
      primary key (entity_id, branch, seq),
      unique (entity_id, branch, version)
    )`,
    `create index ${table}_branch_seq_idx on ${table} (project_id, branch, seq)`,
    ...indexes,
    `create trigger ${table}_append_only before update or delete on ${table}
      for each row execute function reject_history_change()`,
    `create trigger ${table}_no_truncate before truncate on ${table}
      for each statement execute function reject_history_change()`,
    `create trigger ${table}_order before insert on ${table}
      for each row execute function check_version_order()`,
  ];
}

/** The DDL that drops a version table made by `createVersionTable` (its triggers go with it). */
export function dropVersionTable(table: string): string[] {
  return [`drop table ${table}`];
}
