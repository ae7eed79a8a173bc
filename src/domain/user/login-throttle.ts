import { createHash } from 'node:crypto';
import { LoginThrottle } from '../../db/entities/index.js';
import type { ThrottleKey, WindowRule } from '../../db/repositories/login-throttle.repository.js';
import type { Sql } from '../../db/sql.js';
import { DomainError } from '../../shared/errors.js';

/** The thresholds (src/config.ts: LOGIN_*); a maximum of 0 turns that count off. */
export interface LoginThrottleSettings {
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginFailureWindowSeconds: number;
  loginLockoutSeconds: number;
}

/** Refused before the password is looked at; the same for accounts that exist and those that do not. */
export class LoginThrottledError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'LOGIN_THROTTLED',
      `too many failed logins for this account or from this address: try again in ${retryAfterSeconds} s`,
      { retryAfterSeconds },
    );
  }
}

/** The attempts a login reserved, settled once the password has been checked. */
export interface LoginAdmission {
  account: ThrottleKey | null;
  address: ThrottleKey | null;
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * Counts this login attempt against its account and its client address before the password
 * is checked, and refuses it (LOGIN_THROTTLED) while either is locked. The state lives in the
 * database, so every API process on it sees the same counts.
 */
export async function admitLogin(
  sql: Sql,
  settings: LoginThrottleSettings,
  email: string,
  address: string | null,
): Promise<LoginAdmission> {
  const rule = (maxAttempts: number): WindowRule => ({
    windowSeconds: settings.loginFailureWindowSeconds,
    maxAttempts,
    lockoutSeconds: settings.loginLockoutSeconds,
  });
  const admission: LoginAdmission = { account: null, address: null };
  if (settings.loginMaxFailuresPerAccount === 0 && settings.loginMaxFailuresPerAddress === 0) return admission;
  const throttle = sql.repository(LoginThrottle);
  await throttle.sweepExpired(settings.loginFailureWindowSeconds);
  if (settings.loginMaxFailuresPerAddress > 0 && address !== null) {
    const key: ThrottleKey = { scope: 'address', keyDigest: digest(address) };
    const reserved = await throttle.reserve(key, rule(settings.loginMaxFailuresPerAddress));
    if (reserved.retryAfterSeconds !== null) throw new LoginThrottledError(reserved.retryAfterSeconds);
    admission.address = key;
  }
  if (settings.loginMaxFailuresPerAccount > 0) {
    const key: ThrottleKey = { scope: 'account', keyDigest: digest(email.trim().toLowerCase()) };
    const reserved = await throttle.reserve(key, rule(settings.loginMaxFailuresPerAccount));
    if (reserved.retryAfterSeconds !== null) throw new LoginThrottledError(reserved.retryAfterSeconds);
    admission.account = key;
  }
  return admission;
}

/** The password was right: the account's failures are forgotten, the address's attempt taken back. */
export async function loginSucceeded(sql: Sql, admission: LoginAdmission): Promise<void> {
  const throttle = sql.repository(LoginThrottle);
  if (admission.account !== null) await throttle.clear(admission.account);
  if (admission.address !== null) await throttle.release(admission.address);
}
