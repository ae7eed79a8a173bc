import { createHash } from 'node:crypto';
import type { Sql } from '../../db/sql.js';
import { DomainError } from '../../shared/errors.js';
import {
  clearAttempts,
  releaseAttempt,
  reserveAttempt,
  sweepExpired,
  type ThrottleKey,
  type WindowRule,
} from './login-throttle.store.js';

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
  await sweepExpired(sql, settings.loginFailureWindowSeconds);
  if (settings.loginMaxFailuresPerAddress > 0 && address !== null) {
    const key: ThrottleKey = { scope: 'address', keyDigest: digest(address) };
    const reserved = await reserveAttempt(sql, key, rule(settings.loginMaxFailuresPerAddress));
    if (reserved.retryAfterSeconds !== null) throw new LoginThrottledError(reserved.retryAfterSeconds);
    admission.address = key;
  }
  if (settings.loginMaxFailuresPerAccount > 0) {
    const key: ThrottleKey = { scope: 'account', keyDigest: digest(email.trim().toLowerCase()) };
    const reserved = await reserveAttempt(sql, key, rule(settings.loginMaxFailuresPerAccount));
    if (reserved.retryAfterSeconds !== null) throw new LoginThrottledError(reserved.retryAfterSeconds);
    admission.account = key;
  }
  return admission;
}

/** The password was right: the account's failures are forgotten, the address's attempt taken back. */
export async function loginSucceeded(sql: Sql, admission: LoginAdmission): Promise<void> {
  if (admission.account !== null) await clearAttempts(sql, admission.account);
  if (admission.address !== null) await releaseAttempt(sql, admission.address);
}
