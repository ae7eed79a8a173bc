import { User } from '../../db/entities/index.js';
import type { ProfileRow } from '../../db/repositories/user.repository.js';
import type { Sql } from '../../db/sql.js';
import { authorize } from '../../auth/policy.js';
import { checkPasswordLength, decoyHash, hashPassword, verifyPassword } from '../../auth/passwords.js';
import { isRole, type Actor, type Role } from '../../auth/roles.js';
import { BadInputError, ConflictError, NotFoundError, UnauthenticatedError } from '../../shared/errors.js';
import { newId } from '../../versioning/ids.js';
import { toDate, toInt } from '../../versioning/sql-values.js';
import { requireName } from '../validation.js';
import { admitLogin, loginSucceeded, type LoginThrottleSettings } from './login-throttle.js';

/** A user's identity with one state of the versioned profile. Never carries the password hash. */
export interface UserProfile {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  isActive: boolean;
  version: number;
  validFrom: Date;
  validTo: Date | null;
  /** The moment the profile was read at (null: latest). */
  asOf: Date | null;
}

export interface UserCreate {
  email: string;
  password: string;
  fullName: string;
  role: Role;
}

export interface UserUpdate {
  fullName?: string | null;
  role?: Role | null;
  isActive?: boolean | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** RFC 5321's limit for a forward path. */
const MAX_EMAIL_LENGTH = 254;

function decodeProfile(row: ProfileRow, asOf: Date | null): UserProfile {
  if (!isRole(row.role)) throw new TypeError(`unknown role ${row.role}`);
  return {
    id: row.id,
    email: row.email,
    fullName: row.full_name,
    role: row.role,
    isActive: row.is_active,
    version: toInt(row.version),
    validFrom: toDate(row.valid_from),
    validTo: null,
    asOf,
  };
}

/** Profiles of several users at a moment (latest when asOf is null), in one statement. */
export async function loadProfiles(sql: Sql, ids: readonly string[], asOf: Date | null): Promise<UserProfile[]> {
  if (ids.length === 0) return [];
  const rows = await sql.repository(User).profiles(ids, asOf);
  return rows.map((r) => decodeProfile(r, asOf));
}

export async function listUsers(sql: Sql): Promise<UserProfile[]> {
  const rows = await sql.repository(User).latestProfiles();
  return rows.map((r) => decodeProfile(r, null));
}

/** Every state of a profile up to `asOf`, oldest first. */
export async function userHistory(sql: Sql, id: string, asOf: Date | null): Promise<UserProfile[]> {
  const rows = await sql.repository(User).history(id, asOf);
  const states = rows.map((r) => decodeProfile(r, asOf));
  for (let i = 0; i + 1 < states.length; i += 1) {
    const current = states[i];
    const next = states[i + 1];
    if (current !== undefined && next !== undefined) current.validTo = next.validFrom;
  }
  return states;
}

export function countUsers(sql: Sql): Promise<number> {
  return sql.repository(User).userCount();
}

function validateCreate(input: UserCreate): void {
  if (input.email.length > MAX_EMAIL_LENGTH) {
    throw BadInputError.field('email', `must be at most ${MAX_EMAIL_LENGTH} characters`);
  }
  if (!EMAIL.test(input.email)) throw BadInputError.field('email', `"${input.email}" is not an email address`);
  checkPasswordLength(input.password);
  requireName('fullName', input.fullName);
}

/** Creates a user without checking who asks: for the initial admin and the demo data. */
export async function insertUser(sql: Sql, input: UserCreate, authorId: string | null): Promise<UserProfile> {
  validateCreate(input);
  const passwordHash = await hashPassword(input.password);
  return sql.transaction(async (tx) => {
    const users = tx.repository(User);
    if (await users.emailTaken(input.email))
      throw new ConflictError(`a user with email ${input.email} already exists`, { field: 'email' });
    const id = newId();
    const now = new Date();
    await users.insertIdentity(id, input.email.trim(), passwordHash, now);
    await users.insertProfile({
      userId: id,
      version: 1,
      fullName: input.fullName.trim(),
      role: input.role,
      isActive: true,
      validFrom: now,
      authorId: authorId ?? id,
    });
    const [created] = await loadProfiles(tx, [id], null);
    if (created === undefined) throw new Error('user vanished after insert');
    return created;
  });
}

export function createUser(sql: Sql, actor: Actor | null, input: UserCreate): Promise<UserProfile> {
  const admin = authorize(actor, { kind: 'manage-users' });
  return insertUser(sql, input, admin.id);
}

export async function updateUser(
  sql: Sql,
  actor: Actor | null,
  id: string,
  patch: UserUpdate,
  expectedVersion: number | null,
): Promise<UserProfile> {
  const admin = authorize(actor, { kind: 'manage-users' });
  if (patch.fullName !== undefined && patch.fullName !== null) requireName('fullName', patch.fullName);
  return sql.transaction(async (tx) => {
    // The identity row is the per-user lock: profile versions of one user serialize.
    const users = tx.repository(User);
    if (!(await users.lock(id))) throw NotFoundError.entity('User', id);
    const [current] = await loadProfiles(tx, [id], null);
    if (current === undefined) throw NotFoundError.entity('User', id);
    if (expectedVersion !== null && expectedVersion !== current.version) {
      throw ConflictError.staleVersion('User', id, expectedVersion, current.version);
    }
    const validFrom = new Date(Math.max(Date.now(), current.validFrom.getTime() + 1));
    await users.insertProfile({
      userId: id,
      version: current.version + 1,
      fullName: patch.fullName?.trim() ?? current.fullName,
      role: patch.role ?? current.role,
      isActive: patch.isActive ?? current.isActive,
      validFrom,
      authorId: admin.id,
    });
    const [updated] = await loadProfiles(tx, [id], null);
    if (updated === undefined) throw new Error('user vanished after update');
    return updated;
  });
}

/** Where a login comes from, for the throttle: its settings and the client address (null: unknown). */
export interface LoginOrigin {
  throttle: LoginThrottleSettings;
  address: string | null;
}

/**
 * Checks a password; the same answer (and about the same time) for an unknown email and a
 * wrong password. A password no account can have is refused first, before any lookup or
 * hashing; then the attempt is counted (and refused while throttled) before it is checked.
 */
export async function authenticate(
  sql: Sql,
  email: string,
  password: string,
  origin: LoginOrigin | null = null,
): Promise<UserProfile> {
  checkPasswordLength(password);
  const admission = origin === null ? null : await admitLogin(sql, origin.throttle, email, origin.address);
  const row = await sql.repository(User).credentials(email.trim());
  const ok = await verifyPassword(row?.password_hash ?? (await decoyHash()), password);
  const wrong = new UnauthenticatedError('wrong email or password');
  if (row === null || !ok) throw wrong;
  if (admission !== null) await loginSucceeded(sql, admission);
  const [profile] = await loadProfiles(sql, [row.id], null);
  if (profile === undefined) throw wrong;
  if (!profile.isActive) throw new UnauthenticatedError('this account is deactivated');
  return profile;
}
