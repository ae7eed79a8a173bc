import { sql, type RawBuilder } from 'kysely';

/*
 * PostgreSQL's cross-process notifications: the one place outside src/db/repositories that
 * holds SQL text (tests/foundation/sql-placement.test.ts names it as the exception). They
 * touch no table, so no entity's repository owns them, and LISTEN cannot go through the
 * pool at all: it belongs to a session, and a pooled connection would be handed to requests
 * and its LISTEN lost (docs/decisions/0013), so it runs on the listener's own client.
 */

/** A channel name as PostgreSQL takes it unquoted: LISTEN names an identifier, which cannot be bound. */
const CHANNEL = /^[a-z_][a-z0-9_]*$/;

function checkedChannel(channel: string): string {
  if (!CHANNEL.test(channel)) throw new TypeError(`not a notification channel name: ${channel}`);
  return channel;
}

/** Publishes `payload` on `channel` when, and only if, the transaction it runs in commits. */
export function notifyStatement(channel: string, payload: string): RawBuilder<unknown> {
  return sql`SELECT pg_notify(${checkedChannel(channel)}, ${payload})`;
}

/** What a dedicated connection needs of its driver client to listen. */
export interface ListeningClient {
  query(text: string): Promise<unknown>;
}

/** Subscribes a dedicated (never pooled) connection to `channel`. */
export async function listen(client: ListeningClient, channel: string): Promise<void> {
  await client.query(`LISTEN ${checkedChannel(channel)}`);
}
