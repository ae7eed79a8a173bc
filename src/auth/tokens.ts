import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { UnauthenticatedError } from '../shared/errors.js';

export interface TokenSettings {
  jwtSecret: string;
  jwtExpiresIn: string;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

function expiresInSeconds(value: string): number {
  const match = /^(\d+)(ms|s|m|h|d)?$/.exec(value);
  if (match === null) throw new TypeError(`bad duration ${value}`);
  const amount = Number(match[1]);
  const unit = match[2] ?? 's';
  const factor: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86_400 };
  return Math.max(1, Math.floor(amount * (factor[unit] ?? 1)));
}

/** Signs a token carrying the user id; HS256 only. */
export function issueToken(settings: TokenSettings, userId: string): IssuedToken {
  const seconds = expiresInSeconds(settings.jwtExpiresIn);
  const token = jwt.sign({}, settings.jwtSecret, { algorithm: 'HS256', subject: userId, expiresIn: seconds });
  const decoded = jwt.decode(token);
  const exp = typeof decoded === 'object' && decoded !== null && typeof decoded.exp === 'number' ? decoded.exp : 0;
  return { token, expiresAt: new Date(exp * 1000) };
}

/**
 * The verification key of each secret, built once per process: given the secret as a string,
 * jsonwebtoken first tries it as a public key (a parse that throws) and then builds a secret
 * key from it, on every request.
 */
const verificationKeys = new Map<string, KeyObject>();

function verificationKey(secret: string): KeyObject {
  let key = verificationKeys.get(secret);
  if (key === undefined) {
    key = createSecretKey(Buffer.from(secret));
    verificationKeys.set(secret, key);
  }
  return key;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Returns the user id of a valid token. The algorithm is pinned: alg "none" and others fail.
 * A token must expire (one without `exp` would be good forever) and name a user by UUID: a
 * correctly signed token with anything else was not issued by this server as it is today.
 */
export function verifyToken(settings: TokenSettings, token: string): string {
  let payload: string | jwt.JwtPayload;
  try {
    payload = jwt.verify(token, verificationKey(settings.jwtSecret), { algorithms: ['HS256'] });
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw new UnauthenticatedError('the token has expired: log in again');
    throw new UnauthenticatedError('the token is not valid: log in again');
  }
  if (typeof payload !== 'object' || typeof payload.exp !== 'number') {
    throw new UnauthenticatedError('the token has no expiry time: log in again');
  }
  if (typeof payload.sub !== 'string' || !UUID.test(payload.sub)) {
    throw new UnauthenticatedError('the token is not valid: log in again');
  }
  return payload.sub.toLowerCase();
}

/** When a token (already verified) stops being valid; null if it does not say. */
export function tokenExpiresAt(token: string): Date | null {
  const decoded = jwt.decode(token);
  return typeof decoded === 'object' && decoded !== null && typeof decoded.exp === 'number'
    ? new Date(decoded.exp * 1000)
    : null;
}
