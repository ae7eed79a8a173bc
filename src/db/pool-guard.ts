import type pg from 'pg';

/** How long a dropped connection may stay checked out before it counts as leaked. */
const LEAK_GRACE_MS = 1000;

/**
 * Gives back to the pool a connection that the server dropped while it was checked out and
 * that nobody will release. Kysely's controlled transactions (which MikroORM's transactional
 * uses) release their connection only after a successful COMMIT or ROLLBACK (kysely #1990):
 * when the server drops the connection mid-transaction, the ROLLBACK fails too and the dead
 * client stays checked out forever, a slot of the pool lost each time and `pool.end()`
 * waiting on it at shutdown. A dropped client that is still out a moment after its socket
 * closed is released with an error, which makes the pool discard it.
 */
export function releaseDroppedConnections(pool: pg.Pool): void {
  const checkedOut = new Set<pg.PoolClient>();
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_error, client) => checkedOut.delete(client));
  pool.on('remove', (client) => checkedOut.delete(client as pg.PoolClient));
  pool.on('connect', (client) => {
    client.once('end', () => {
      setTimeout(() => {
        if (!checkedOut.delete(client)) return;
        client.release(new Error('the database dropped this connection while it was checked out'));
      }, LEAK_GRACE_MS).unref();
    });
  });
}
