import { CompiledQuery } from 'kysely';
import type { SqlEntityManager } from '@mikro-orm/sql';

/** Counts the SQL statements a unit of work issues and their summed duration (one counter per request). */
export class StatementCounter {
  count = 0;
  ms = 0;
}

export type Row = Record<string, unknown>;

/**
 * The one way the application talks SQL: positional parameters ($1, $2, …) bound by the
 * driver, never interpolated. Bound to an entity manager fork, and so to its transaction.
 */
export class Sql {
  constructor(
    private readonly em: SqlEntityManager,
    readonly counter: StatementCounter = new StatementCounter(),
  ) {}

  async query<T extends Row = Row>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    this.counter.count += 1;
    const started = performance.now();
    try {
      const result = await this.em.getKysely().executeQuery<T>(CompiledQuery.raw(text, [...params]));
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
    return this.em.transactional((em) => work(new Sql(em, this.counter)));
  }

  /** A fresh connection scope sharing this one's counter (for a new request or a retry). */
  fork(): Sql {
    return new Sql(this.em.fork(), this.counter);
  }
}
