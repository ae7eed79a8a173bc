import { Migration } from '@mikro-orm/migrations';

const STATUSES = `('DRAFT', 'SUBMITTED', 'REJECTED', 'MERGED')`;

/**
 * The change-order review (docs/decisions/0016): a branch frozen for plan writes while its
 * order is SUBMITTED, the order's submission and decision times, and an append-only trail of
 * its status transitions. The order row keeps only its current status; the trail keeps every
 * step, guarded like the version tables by reject_history_change().
 */
export class Migration20261202000000ChangeOrderReview extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table branch add column plan_frozen boolean not null default false`);
    this.addSql(`alter table change_order add column submitted_at timestamptz(3)`);
    this.addSql(`alter table change_order add column decision_reason text`);
    this.addSql(`create index change_order_created_idx on change_order (project_id, created_at)`);
    this.addSql(`create index change_order_decided_idx on change_order (project_id, decided_at)`);

    this.addSql(`create table change_order_transition (
      change_order_id uuid not null references change_order(id),
      seq integer not null check (seq > 0),
      from_status text check (from_status in ${STATUSES}),
      to_status text not null check (to_status in ${STATUSES}),
      actor_id uuid not null references app_user(id),
      at timestamptz(3) not null,
      head_commit_id uuid references project_commit(id),
      note text,
      primary key (change_order_id, seq)
    )`);
    this.addSql(`create trigger change_order_transition_append_only before update or delete on change_order_transition
      for each row execute function reject_history_change()`);
    this.addSql(`create trigger change_order_transition_no_truncate before truncate on change_order_transition
      for each statement execute function reject_history_change()`);

    // Orders from before the trail: their creation (head: the branch's BRANCH commit) and, if
    // decided, their decision (head of an approval: the merge commit's source parent). When
    // they were submitted was never recorded, so the trail does not invent a submission.
    this.addSql(`update change_order set decision_reason = reject_reason where status = 'REJECTED'`);
    this
      .addSql(`insert into change_order_transition (change_order_id, seq, from_status, to_status, actor_id, at, head_commit_id)
      select o.id, 1, null, 'DRAFT', o.requested_by, o.created_at,
        (select c.id from project_commit c where c.project_id = o.project_id and c.branch = o.branch and c.seq = 1)
      from change_order o`);
    this
      .addSql(`insert into change_order_transition (change_order_id, seq, from_status, to_status, actor_id, at, head_commit_id, note)
      select o.id, 2, 'SUBMITTED', o.status, o.decided_by, o.decided_at,
        (select m.parent_ids[2] from project_commit m where m.id = o.merge_commit_id), o.reject_reason
      from change_order o where o.status in ('MERGED', 'REJECTED') and o.decided_by is not null and o.decided_at is not null`);
    this.addSql(`update branch b set plan_frozen = true from change_order o
      where o.project_id = b.project_id and o.branch = b.name and o.status = 'SUBMITTED'`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table change_order_transition`);
    this.addSql(`drop index change_order_decided_idx`);
    this.addSql(`drop index change_order_created_idx`);
    this.addSql(`alter table change_order drop column decision_reason`);
    this.addSql(`alter table change_order drop column submitted_at`);
    this.addSql(`alter table branch drop column plan_frozen`);
  }
}
