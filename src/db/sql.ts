import { CompiledQuery, type Compilable } from 'kysely';
import type { EntityName, EntityRepository, GetRepository } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sql';
import type { DomainEvent } from '../events/domain-events.js';
import { EVENT_CHANNEL, type EventBus } from '../events/event-bus.js';
import { notifyStatement } from './notifications.js';

/** Counts the SQL statements a unit of work issues and their summed duration (one counter per request). */
export class StatementCounter {
  count = 0;
  ms = 0;
  /** Result rows the statements returned (what tests of read cost compare across project sizes). */
  rows = 0;
}

export type Row = Record<string, unknown>;

/**
 * The Sql that wraps each entity manager fork. MikroORM builds a repository from the entity
 * manager alone, and this is how the repository's statements reach the request's counter.
 */
const sqlOfEntityManager = new WeakMap<SqlEntityManager, Sql>();

/**
 * The one runner of statements: every repository's query goes through it, counted, bound to
 * an entity manager fork and so to its transaction; values are bound by the driver, never
 * interpolated. The statements themselves live in src/db/repositories/ (0019).
 */
export class Sql {
  constructor(
    private readonly em: SqlEntityManager,
    readonly counter: StatementCounter = new StatementCounter(),
    /** Where committed events go; null: nobody listens (setup, seeding, tests of the engine). */
    private readonly events: EventBus | null = null,
    /** The events of the open transaction, delivered once it commits; null outside a transaction. */
    private readonly outbox: DomainEvent[] | null = null,
  ) {
    sqlOfEntityManager.set(em, this);
  }

  /** The Sql an entity manager fork belongs to (a repository's way back to its counter and transaction). */
  static of(em: SqlEntityManager): Sql {
    const bound = sqlOfEntityManager.get(em);
    if (bound === undefined)
      throw new Error('this entity manager was not opened through Sql: its statements would go uncounted');
    return bound;
  }

  /** The entity's repository, bound to this fork and so to its transaction. */
  repository<Entity extends object, Repository extends EntityRepository<Entity> = EntityRepository<Entity>>(
    entity: EntityName<Entity>,
  ): GetRepository<Entity, Repository> {
    return this.em.getRepository<Entity, Repository>(entity);
  }

  /** Runs a query built with Kysely (typed from the entities) as one counted statement. */
  async rows<T>(query: Compilable<T>): Promise<T[]> {
    return this.execute<T>(query.compile());
  }

  /**
   * A statement given as text, for tests and tools only: src/ writes statements in
   * repositories (tests/foundation/sql-placement.test.ts fails otherwise).
   */
  async query<T extends Row = Row>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.execute<T>(CompiledQuery.raw(text, [...params]));
  }

  private async execute<T>(query: CompiledQuery<T>): Promise<T[]> {
    this.counter.count += 1;
    const started = performance.now();
    try {
      const result = await this.em.getKysely().executeQuery<T>(query);
      this.counter.rows += result.rows.length;
      return [...result.rows];
    } finally {
      this.counter.ms += performance.now() - started;
    }
  }

  async one<T extends Row = Row>(text: string, params: readonly unknown[] = []): Promise<T | null> {
    const rows = await this.query<T>(text, params);
    return rows[0] ?? null;
  }

  /** Runs `work` in one transaction: everything it writes commits together or not at all. */
  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    if (this.em.isInTransaction()) return work(this);
    const outbox: DomainEvent[] = [];
    const result = await this.em.transactional((em) => work(new Sql(em, this.counter, this.events, outbox)));
    // Only now is the write durable: a rolled-back transaction never gets here, and its
    // notifications died with it.
    if (outbox.length > 0) this.events?.deliverCommitted(outbox);
    return result;
  }

  /**
   * Records an event of the open transaction. On PostgreSQL it is also published with
   * pg_notify in this transaction, so other processes hear it exactly when, and only if, it
   * commits; this process delivers it itself after the commit.
   */
  async emit(event: DomainEvent): Promise<void> {
    if (this.events === null) return;
    if (this.outbox === null) throw new Error('domain events are emitted inside a transaction');
    if (this.events.crossProcess) {
      const notify = notifyStatement(EVENT_CHANNEL, this.events.notificationPayload(event));
      await this.execute(notify.compile(this.em.getKysely()));
    }
    this.outbox.push(event);
  }

  /** A fresh connection scope sharing this one's counter and event bus (for a new request or a retry). */
  fork(): Sql {
    return new Sql(this.em.fork(), this.counter, this.events);
  }
}
