import type { InferEntity } from '@mikro-orm/core';
import { sql } from 'kysely';
import type { LoginThrottle } from '../entities/login-throttle.entity.js';
import { TableRepository } from './table-repository.js';

/** What a throttle counts: one account (whatever its address), or one client address (whatever the account). */
export type ThrottleScope = 'account' | 'address';

export interface ThrottleKey {
  scope: ThrottleScope;
  /** A hash of the lowercased email or of the address: the table holds neither. */
  keyDigest: string;
}

export interface Reservation {
  /** Attempts counted in the current window, this one included. */
  attempts: number;
  /** Seconds until the key may try again; null while it is not locked. */
  retryAfterSeconds: number | null;
}

export interface WindowRule {
  windowSeconds: number;
  maxAttempts: number;
  lockoutSeconds: number;
}

/** `seconds` before now, on the database's clock. */
function secondsAgo(seconds: number) {
  return sql<Date>`now() - ${seconds}::int * interval '1 second'`;
}

/**
 * Every statement of the login throttle, and nothing else (table login_throttle). Each is one
 * atomic statement on the database's clock, so that several API processes on one PostgreSQL
 * count together and agree on time.
 */
export class LoginThrottleRepository extends TableRepository<InferEntity<typeof LoginThrottle>> {
  /**
   * Counts an attempt before the password is checked, so that concurrent guesses cannot all
   * pass a check that none of them has yet failed. A window that has run out, or a lock that
   * has ended, starts the count again; the attempt after `maxAttempts` in one window locks the
   * key for `lockoutSeconds`; a locked key's attempts are refused without counting.
   */
  async reserve(key: ThrottleKey, rule: WindowRule): Promise<Reservation> {
    // In ON CONFLICT DO UPDATE the table's name stands for the row already there.
    const lockedUntil = sql.ref('login_throttle.locked_until');
    const attempts = sql.ref('login_throttle.attempts');
    const windowStartedAt = sql.ref('login_throttle.window_started_at');
    const locked = sql`${lockedUntil} > now()`;
    const fresh = sql`(${lockedUntil} IS NOT NULL OR ${windowStartedAt} <= ${secondsAgo(rule.windowSeconds)})`;
    const row = await this.first(
      this.db
        .insertInto('login_throttle')
        .values({
          scope: key.scope,
          key_digest: key.keyDigest,
          attempts: 1,
          window_started_at: sql<Date>`now()`,
          locked_until: null,
        })
        .onConflict((conflict) =>
          conflict.columns(['scope', 'key_digest']).doUpdateSet({
            attempts: sql<number>`CASE WHEN ${locked} THEN ${attempts} WHEN ${fresh} THEN 1 ELSE ${attempts} + 1 END`,
            window_started_at: sql<Date>`CASE WHEN ${locked} THEN ${windowStartedAt} WHEN ${fresh} THEN now()
              ELSE ${windowStartedAt} END`,
            locked_until: sql<Date | null>`CASE WHEN ${locked} THEN ${lockedUntil} WHEN ${fresh} THEN NULL
              WHEN ${attempts} + 1 > ${rule.maxAttempts}::int THEN now() + ${rule.lockoutSeconds}::int * interval '1 second'
              ELSE NULL END`,
          }),
        )
        .returning([
          'attempts',
          sql<number | null>`CASE WHEN locked_until > now()
            THEN greatest(1, ceil(extract(epoch FROM locked_until - now())))::int END`.as('retry_after'),
        ]),
    );
    return { attempts: Number(row?.attempts ?? 1), retryAfterSeconds: row?.retry_after ?? null };
  }

  /** A successful login forgets the account's failures. */
  async clear(key: ThrottleKey): Promise<void> {
    await this.rows(
      this.db.deleteFrom('login_throttle').where('scope', '=', key.scope).where('key_digest', '=', key.keyDigest),
    );
  }

  /** A successful login takes back the attempt it reserved (an address's other failures stay counted). */
  async release(key: ThrottleKey): Promise<void> {
    await this.rows(
      this.db
        .updateTable('login_throttle')
        .set({ attempts: sql<number>`greatest(attempts - 1, 0)` })
        .where('scope', '=', key.scope)
        .where('key_digest', '=', key.keyDigest)
        .where('locked_until', 'is', null),
    );
  }

  /** Drops the rows whose window and lock have both run out. */
  async sweepExpired(windowSeconds: number): Promise<void> {
    await this.rows(
      this.db
        .deleteFrom('login_throttle')
        .where('window_started_at', '<', secondsAgo(windowSeconds))
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', sql<Date>`now()`)])),
    );
  }
}
