import type { RequestHandler } from 'express';
import onHeaders from 'on-headers';
import type { StatementCounter } from '../db/sql.js';

/** Where a request's statement counter is kept for the Server-Timing header (set by the GraphQL context). */
export const STATEMENTS_LOCAL = 'statements';

/**
 * `Server-Timing: total;dur=…, db;dur=…;desc="N statements"` on every response: time from the
 * request's arrival to its headers, and the summed duration of its SQL statements (they can
 * overlap on PostgreSQL, so db can exceed total).
 */
export function serverTiming(): RequestHandler {
  return (_req, res, next) => {
    const started = process.hrtime.bigint();
    onHeaders(res, () => {
      const total = Number(process.hrtime.bigint() - started) / 1e6;
      const metrics = [`total;dur=${total.toFixed(1)}`];
      const statements = res.locals[STATEMENTS_LOCAL] as StatementCounter | undefined;
      if (statements !== undefined) {
        metrics.push(`db;dur=${statements.ms.toFixed(1)};desc="${statements.count} statements"`);
      }
      res.setHeader('server-timing', metrics.join(', '));
    });
    next();
  };
}
