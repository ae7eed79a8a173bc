import type { Config } from '../config.js';
import type { Sql } from '../db/sql.js';
import type { Logger } from '../logger.js';
import { verifyToken } from '../auth/tokens.js';
import { loadProfiles } from '../domain/user/user.service.js';
import { DomainError, UnauthenticatedError } from '../shared/errors.js';
import type { Context } from '../graphql/context.js';
import { readWithRetry } from '../graphql/connection-retry.js';

/** The user a Bearer credential names (HTTP Authorization header, or a WebSocket's connection_init). */
export async function resolveActor(
  sql: Sql,
  config: Config,
  logger: Logger,
  authorization: string | undefined,
): Promise<Pick<Context, 'actor' | 'authError'>> {
  if (authorization === undefined || authorization.trim() === '') return { actor: null, authError: null };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (match?.[1] === undefined)
    return { actor: null, authError: new UnauthenticatedError('the Authorization header must be "Bearer <token>"') };
  try {
    const userId = verifyToken(config, match[1]);
    const [profile] = await readWithRetry(sql, logger, (s) => loadProfiles(s, [userId], null));
    if (profile === undefined)
      return { actor: null, authError: new UnauthenticatedError('the token names a user that does not exist') };
    if (!profile.isActive) return { actor: null, authError: new UnauthenticatedError('this account is deactivated') };
    return { actor: { id: profile.id, role: profile.role }, authError: null };
  } catch (error) {
    if (error instanceof DomainError && error instanceof UnauthenticatedError) return { actor: null, authError: error };
    throw error;
  }
}
