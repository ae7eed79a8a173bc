import { sql, type AliasedRawBuilder } from 'kysely';

/**
 * A timestamptz selected as a millisecond epoch under `alias`: float8 reads back as the same
 * JavaScript number on PostgreSQL and PGlite, where a timestamp would not.
 */
export function epochMs<A extends string>(column: string, alias: A): AliasedRawBuilder<number, A> {
  return sql<number>`(extract(epoch from ${sql.ref(column)}) * 1000)::float8`.as(alias);
}

/** The same epoch expression, unaliased (for a union's column list or a computed value). */
export function epochMsOf(column: string) {
  return sql<number>`(extract(epoch from ${sql.ref(column)}) * 1000)::float8`;
}
