import type { Sql } from '../../db/sql.js';

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

/*
 * Every statement of the login throttle, and nothing else (table login_throttle). Each is one
 * atomic statement on the database's clock, so that several API processes on one PostgreSQL
 * count together and agree on time.
 */

/**
 * Counts an attempt before the password is checked, so that concurrent guesses cannot all
 * pass a check that none of them has yet failed. A window that has run out, or a lock that
 * has ended, starts the count again; the attempt after `maxAttempts` in one window locks the
 * key for `lockoutSeconds`; a locked key's attempts are refused without counting.
 */
export async function reserveAttempt(sql: Sql, key: ThrottleKey, rule: WindowRule): Promise<Reservation> {
  const fresh = `(t.locked_until IS NOT NULL OR t.window_started_at <= now() - $3::int * interval '1 second')`;
  const row = await sql.one<{ attempts: number; retry_after: number | null }>(
    `INSERT INTO login_throttle AS t (scope, key_digest, attempts, window_started_at, locked_until)
     VALUES ($1, $2, 1, now(), NULL)
     ON CONFLICT (scope, key_digest) DO UPDATE SET
       attempts = CASE WHEN t.locked_until > now() THEN t.attempts WHEN ${fresh} THEN 1 ELSE t.attempts + 1 END,
       window_started_at = CASE WHEN t.locked_until > now() THEN t.window_started_at WHEN ${fresh} THEN now()
         ELSE t.window_started_at END,
       locked_until = CASE WHEN t.locked_until > now() THEN t.locked_until WHEN ${fresh} THEN NULL
         WHEN t.attempts + 1 > $4::int THEN now() + $5::int * interval '1 second' ELSE NULL END
     RETURNING attempts,
       CASE WHEN locked_until > now() THEN greatest(1, ceil(extract(epoch FROM locked_until - now())))::int END AS retry_after`,
    [key.scope, key.keyDigest, rule.windowSeconds, rule.maxAttempts, rule.lockoutSeconds],
  );
  return { attempts: Number(row?.attempts ?? 1), retryAfterSeconds: row?.retry_after ?? null };
}

/** A successful login forgets the account's failures. */
export async function clearAttempts(sql: Sql, key: ThrottleKey): Promise<void> {
  await sql.query('DELETE FROM login_throttle WHERE scope = $1 AND key_digest = $2', [key.scope, key.keyDigest]);
}

/** A successful login takes back the attempt it reserved (an address's other failures stay counted). */
export async function releaseAttempt(sql: Sql, key: ThrottleKey): Promise<void> {
  await sql.query(
    `UPDATE login_throttle SET attempts = greatest(attempts - 1, 0)
     WHERE scope = $1 AND key_digest = $2 AND locked_until IS NULL`,
    [key.scope, key.keyDigest],
  );
}

/** Drops the rows whose window and lock have both run out. */
export async function sweepExpired(sql: Sql, windowSeconds: number): Promise<void> {
  await sql.query(
    `DELETE FROM login_throttle WHERE window_started_at < now() - $1::int * interval '1 second'
     AND (locked_until IS NULL OR locked_until < now())`,
    [windowSeconds],
  );
}
