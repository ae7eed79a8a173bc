import argon2 from 'argon2';
import { BadInputError } from '../shared/errors.js';

/** Shorter passwords are guessable; longer ones only make every login cost more hashing. */
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * The one length rule for passwords, for new users and for logins alike: a login with a
 * password no account can have is refused before any lookup or hashing, with the same
 * answer whether the account exists or not.
 */
export function checkPasswordLength(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw BadInputError.field(field, `must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw BadInputError.field(field, `must be at most ${MAX_PASSWORD_LENGTH} characters long`);
  }
}

/** argon2id with the library's recommended cost (OWASP: m=19 MiB, t=2 at least). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A fixed hash to verify against when the email is unknown, so timing does not reveal accounts. */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword('decoy-password-that-never-matches');
  return decoy;
}
