import type { InferEntity } from '@mikro-orm/core';
import { sql, type Updateable } from 'kysely';
import type { Tables } from '../entities/index.js';
import type { ChangeOrder } from '../entities/change-order.entity.js';
import { epochMs } from './sql-fragments.js';
import { TableRepository } from './table-repository.js';

/** A change order as selected (times as millisecond epochs, identical on both engines). */
export type ChangeOrderRow = {
  id: string;
  project_id: string;
  code: string;
  title: string;
  description: string | null;
  status: string;
  branch: string;
  requested_by: string;
  decided_by: string | null;
  reject_reason: string | null;
  decision_reason: string | null;
  merge_commit_id: string | null;
  created_at: number;
  submitted_at: number | null;
  decided_at: number | null;
};

/** One step of an order's review trail as selected. */
export type TransitionRow = {
  change_order_id: string;
  seq: number;
  from_status: string | null;
  to_status: string;
  actor_id: string;
  at: number;
  head_commit_id: string | null;
  note: string | null;
};

/** A half-open time range [from, to); either end may be open. */
export interface TimeBounds {
  from: Date | null;
  to: Date | null;
}

export interface ChangeOrderQuery {
  projectId: string;
  status: string | null;
  created: TimeBounds | null;
  /** A decided range leaves out undecided orders. */
  decided: TimeBounds | null;
}

export interface NewChangeOrder {
  id: string;
  projectId: string;
  code: string;
  title: string;
  description: string | null;
  branch: string;
  requestedBy: string;
}

export interface NewTransition {
  changeOrderId: string;
  from: string | null;
  to: string;
  actorId: string;
  headCommitId: string | null;
  note: string | null;
}

const COLUMNS = [
  'id',
  'project_id',
  'code',
  'title',
  'description',
  'status',
  'branch',
  'requested_by',
  'decided_by',
  'reject_reason',
  'decision_reason',
  'merge_commit_id',
  epochMs('created_at', 'created_at'),
  epochMs('submitted_at', 'submitted_at'),
  epochMs('decided_at', 'decided_at'),
] as const;

/**
 * Change orders (table change_order: a request to merge a branch, its status and decision)
 * and their review trails (change_order_transition, append-only). Every statement about
 * them, and nothing else.
 */
export class ChangeOrderRepository extends TableRepository<InferEntity<typeof ChangeOrder>> {
  /** One order; `lock` holds it until the transaction ends (transitions of one order serialize). */
  byId(id: string, lock = false): Promise<ChangeOrderRow | null> {
    return this.first(
      this.orders()
        .where('id', '=', id)
        .$if(lock, (q) => q.forUpdate()),
    );
  }

  ofBranch(projectId: string, branch: string): Promise<ChangeOrderRow | null> {
    return this.first(this.orders().where('project_id', '=', projectId).where('branch', '=', branch));
  }

  /** Every column of the orders, for the reads to filter. */
  private orders() {
    return this.db.selectFrom('change_order').select(COLUMNS);
  }

  /** Orders of a project, oldest first. */
  list(q: ChangeOrderQuery): Promise<ChangeOrderRow[]> {
    const { created, decided } = q;
    return this.rows(
      this.orders()
        .where('project_id', '=', q.projectId)
        .$if(q.status !== null, (b) => b.where('status', '=', q.status ?? ''))
        .$if(created?.from != null, (b) => b.where('created_at', '>=', created?.from ?? new Date()))
        .$if(created?.to != null, (b) => b.where('created_at', '<', created?.to ?? new Date()))
        .$if(decided?.from != null, (b) => b.where('decided_at', '>=', decided?.from ?? new Date()))
        .$if(decided?.to != null, (b) => b.where('decided_at', '<', decided?.to ?? new Date()))
        .$if(decided !== null, (b) => b.where('decided_at', 'is not', null))
        .orderBy('created_at')
        .orderBy('code'),
    );
  }

  async codeTaken(projectId: string, code: string): Promise<boolean> {
    const row = await this.first(
      this.db
        .selectFrom('change_order')
        .select(sql<number>`1`.as('found'))
        .where('project_id', '=', projectId)
        .where('code', '=', code),
    );
    return row !== null;
  }

  /** A new order, a DRAFT created now (on the database's clock). */
  async add(order: NewChangeOrder): Promise<void> {
    await this.rows(
      this.db.insertInto('change_order').values({
        id: order.id,
        project_id: order.projectId,
        code: order.code,
        title: order.title,
        description: order.description,
        status: 'DRAFT',
        branch: order.branch,
        requested_by: order.requestedBy,
        created_at: sql<Date>`now()`,
      }),
    );
  }

  async submit(id: string): Promise<void> {
    await this.rows(
      this.db
        .updateTable('change_order')
        .set({ status: 'SUBMITTED', submitted_at: sql<Date>`now()` })
        .where('id', '=', id),
    );
  }

  async withdraw(id: string): Promise<void> {
    await this.rows(
      this.db.updateTable('change_order').set({ status: 'DRAFT', submitted_at: null }).where('id', '=', id),
    );
  }

  async markMerged(id: string, decision: { by: string; mergeCommitId: string | null; reason: string | null }) {
    await this.decide(id, 'MERGED', decision.by, {
      merge_commit_id: decision.mergeCommitId,
      decision_reason: decision.reason,
    });
  }

  async reject(id: string, decision: { by: string; reason: string }) {
    await this.decide(id, 'REJECTED', decision.by, {
      reject_reason: decision.reason,
      decision_reason: decision.reason,
    });
  }

  /** A reviewer's final decision: the status, who decided and when, and what goes with it. */
  private async decide(
    id: string,
    status: 'MERGED' | 'REJECTED',
    by: string,
    details: Pick<Updateable<Tables['change_order']>, 'merge_commit_id' | 'reject_reason' | 'decision_reason'>,
  ): Promise<void> {
    await this.rows(
      this.db
        .updateTable('change_order')
        .set({ status, decided_by: by, decided_at: sql<Date>`now()`, ...details })
        .where('id', '=', id),
    );
  }

  /** Appends one step to the order's trail, numbered after the last; call under the order's lock. */
  async appendTransition(step: NewTransition): Promise<void> {
    await this.rows(
      this.db
        .insertInto('change_order_transition')
        .columns(['change_order_id', 'seq', 'from_status', 'to_status', 'actor_id', 'at', 'head_commit_id', 'note'])
        .expression(
          this.db
            .selectFrom('change_order_transition')
            .select([
              sql<string>`${step.changeOrderId}`.as('change_order_id'),
              sql<number>`coalesce(max(seq), 0) + 1`.as('seq'),
              sql<string | null>`${step.from}`.as('from_status'),
              sql<string>`${step.to}`.as('to_status'),
              sql<string>`${step.actorId}`.as('actor_id'),
              sql<Date>`now()`.as('at'),
              sql<string | null>`${step.headCommitId}`.as('head_commit_id'),
              sql<string | null>`${step.note}`.as('note'),
            ])
            .where('change_order_id', '=', step.changeOrderId),
        ),
    );
  }

  /** The trails of several orders, each oldest first. */
  transitions(orderIds: readonly string[]): Promise<TransitionRow[]> {
    return this.rows(
      this.db
        .selectFrom('change_order_transition')
        .select([
          'change_order_id',
          'seq',
          'from_status',
          'to_status',
          'actor_id',
          epochMs('at', 'at'),
          'head_commit_id',
          'note',
        ])
        .where('change_order_id', '=', sql<string>`ANY(${[...orderIds]}::uuid[])`)
        .orderBy('change_order_id')
        .orderBy('seq'),
    );
  }
}
