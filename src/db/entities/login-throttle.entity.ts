import { defineEntity, p } from '@mikro-orm/core';
import { LoginThrottleRepository } from '../repositories/login-throttle.repository.js';

/** Failed-login counters per account or client address; updated in place (table login_throttle). */
export const LoginThrottle = defineEntity({
  name: 'LoginThrottle',
  tableName: 'login_throttle',
  repository: () => LoginThrottleRepository,
  properties: {
    scope: p.text().primary(),
    keyDigest: p.text().primary(),
    attempts: p.integer(),
    windowStartedAt: p.datetime(),
    lockedUntil: p.datetime().nullable(),
  },
  indexes: [{ name: 'login_throttle_window_idx', properties: ['windowStartedAt'] }],
  checks: [
    { name: 'login_throttle_scope_check', expression: "scope in ('account', 'address')" },
    { name: 'login_throttle_attempts_check', expression: 'attempts >= 0' },
  ],
});
