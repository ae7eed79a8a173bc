import type { Kysely, Compilable, RawBuilder } from 'kysely';
import { SqlEntityRepository } from '@mikro-orm/sql';
import type { Tables } from '../entities/index.js';
import { Sql } from '../sql.js';

/**
 * A custom repository whose statements are built with Kysely typed from the entities (a
 * wrong table or column does not compile) and run through the fork's Sql, so that they join
 * its transaction and count as the request's statements. Reads return plain rows: nothing is
 * hydrated into the identity map.
 */
export abstract class TableRepository<Entity extends object> extends SqlEntityRepository<Entity> {
  /** The query builder, typed from the entity metadata (src/db/entities). */
  protected get db(): Kysely<Tables> {
    return this.em.getKysely<Tables>();
  }

  protected rows<T>(query: Compilable<T>): Promise<T[]> {
    return Sql.of(this.em).rows(query);
  }

  protected async first<T>(query: Compilable<T>): Promise<T | null> {
    const [row] = await this.rows(query);
    return row ?? null;
  }

  /**
   * Runs a statement written with Kysely's `sql` tag (what a builder cannot say: recursive
   * CTEs, LATERAL probes over a table named at run time, unnest). Values are bound by Kysely.
   */
  protected raw<T>(query: RawBuilder<T>): Promise<T[]> {
    return this.rows({ compile: () => query.compile(this.db) });
  }
}
