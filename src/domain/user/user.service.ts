import type { Sql } from '../../db/sql.js';
import { authorize } from '../../auth/policy.js';
import { checkPasswordLength, decoyHash, hashPassword, verifyPassword } from '../../auth/passwords.js';
import { isRole, type Actor, type Role } from '../../auth/roles.js';
import { BadInputError, ConflictError, NotFoundError, UnauthenticatedError } from '../../shared/errors.js';
import { newId } from '../../versioning/ids.js';
import { epochMs, toDate, toInt } from '../../versioning/sql-values.js';
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

const PROFILE_COLUMNS = `u.id, u.email, p.full_name, p.role, p.is_active, p.version, ${epochMs('p.valid_from')} AS valid_from`;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** RFC 5321's limit for a forward path. */
const MAX_EMAIL_LENGTH = 254;

function decodeProfile(row: Record<string, unknown>, asOf: Date | null): UserProfile {
  const role = String(row['role']);
  if (!isRole(role)) throw new TypeError(`unknown role ${role}`);
  return {
    id: String(row['id']),
    email: String(row['email']),
    fullName: String(row['full_name']),
    role,
    isActive: row['is_active'] === true,
    version: toInt(row['version']),
    validFrom: toDate(row['valid_from']),
    validTo: null,
    asOf,
  };
}

/** Profiles of several users at a moment (latest when asOf is null), in one statement. */
export async function loadProfiles(sql: Sql, ids: readonly string[], asOf: Date | null): Promise<UserProfile[]> {
  if (ids.length === 0) return [];
  const rows = await sql.query(
    `SELECT ${PROFILE_COLUMNS} FROM app_user u CROSS JOIN LATERAL (
       SELECT * FROM user_version v WHERE v.user_id = u.id AND ($2::timestamptz IS NULL OR v.valid_from <= $2::timestamptz)
       ORDER BY v.version DESC LIMIT 1) p
     WHERE u.id = ANY($1::uuid[])`,
    [[...new Set(ids)], asOf],
  );
  return rows.map((r) => decodeProfile(r, asOf));
}

export async function listUsers(sql: Sql): Promise<UserProfile[]> {
  const rows = await sql.query(
    `SELECT ${PROFILE_COLUMNS} FROM app_user u CROSS JOIN LATERAL (
       SELECT * FROM user_version v WHERE v.user_id = u.id ORDER BY v.version DESC LIMIT 1) p
     ORDER BY lower(u.email)`,
  );
  return rows.map((r) => decodeProfile(r, null));
}

/** Every state of a profile up to `asOf`, oldest first. */
export async function userHistory(sql: Sql, id: string, asOf: Date | null): Promise<UserProfile[]> {
  const rows = await sql.query(
    `SELECT ${PROFILE_COLUMNS} FROM app_user u JOIN user_version p ON p.user_id = u.id
     WHERE u.id = $1 AND ($2::timestamptz IS NULL OR p.valid_from <= $2::timestamptz) ORDER BY p.version`,
    [id, asOf],
  );
  const states = rows.map((r) => decodeProfile(r, asOf));
  for (let i = 0; i + 1 < states.length; i += 1) {
    const current = states[i];
    const next = states[i + 1];
    if (current !== undefined && next !== undefined) current.validTo = next.validFrom;
  }
  return states;
}

export async function countUsers(sql: Sql): Promise<number> {
  const row = await sql.one<{ n: unknown }>('SELECT count(*)::int AS n FROM app_user');
  return row === null ? 0 : toInt(row.n);
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
    const existing = await tx.one('SELECT id FROM app_user WHERE lower(email) = lower($1)', [input.email]);
    if (existing !== null)
      throw new ConflictError(`a user with email ${input.email} already exists`, { field: 'email' });
    const id = newId();
    const now = new Date();
    await tx.query('INSERT INTO app_user (id, email, password_hash, created_at) VALUES ($1, $2, $3, $4)', [
      id,
      input.email.trim(),
      passwordHash,
      now,
    ]);
    await tx.query(
      `INSERT INTO user_version (user_id, version, full_name, role, is_active, valid_from, author_id)
       VALUES ($1, 1, $2, $3, true, $4, $5)`,
      [id, input.fullName.trim(), input.role, now, authorId ?? id],
    );
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
    const locked = await tx.one('SELECT id FROM app_user WHERE id = $1 FOR UPDATE', [id]);
    if (locked === null) throw NotFoundError.entity('User', id);
    const [current] = await loadProfiles(tx, [id], null);
    if (current === undefined) throw NotFoundError.entity('User', id);
    if (expectedVersion !== null && expectedVersion !== current.version) {
      throw ConflictError.staleVersion('User', id, expectedVersion, current.version);
    }
    const validFrom = new Date(Math.max(Date.now(), current.validFrom.getTime() + 1));
    await tx.query(
      `INSERT INTO user_version (user_id, version, full_name, role, is_active, valid_from, author_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        id,
        current.version + 1,
        patch.fullName?.trim() ?? current.fullName,
        patch.role ?? current.role,
        patch.isActive ?? current.isActive,
        validFrom,
        admin.id,
      ],
    );
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
  const row = await sql.one<{ id: string; password_hash: string }>(
    'SELECT id, password_hash FROM app_user WHERE lower(email) = lower($1)',
    [email.trim()],
  );
  const ok = await verifyPassword(row?.password_hash ?? (await decoyHash()), password);
  const wrong = new UnauthenticatedError('wrong email or password');
  if (row === null || !ok) throw wrong;
  if (admission !== null) await loginSucceeded(sql, admission);
  const [profile] = await loadProfiles(sql, [row.id], null);
  if (profile === undefined) throw wrong;
  if (!profile.isActive) throw new UnauthenticatedError('this account is deactivated');
  return profile;
}
