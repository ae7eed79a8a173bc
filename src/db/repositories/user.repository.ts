import type { InferEntity } from '@mikro-orm/core';
import { sql, type ExpressionBuilder } from 'kysely';
import type { Tables } from '../entities/index.js';
import type { User } from '../entities/user.entity.js';
import { TableRepository } from './table-repository.js';

/** One state of a user's profile with the identity it belongs to, as selected (valid_from as a millisecond epoch). */
export interface ProfileRow {
  id: string;
  email: string;
  full_name: string;
  role: string;
  is_active: boolean;
  version: number;
  valid_from: number;
}

/** A new state of a profile. */
export interface ProfileState {
  userId: string;
  version: number;
  fullName: string;
  role: string;
  isActive: boolean;
  validFrom: Date;
  authorId: string;
}

/** The columns every profile read selects: the identity (u) and one of its versions (p). */
const PROFILE_COLUMNS = ['u.id', 'u.email', 'p.full_name', 'p.role', 'p.is_active', 'p.version'] as const;
const VALID_FROM_MS = sql<number>`(extract(epoch from ${sql.ref('p.valid_from')}) * 1000)::float8`.as('valid_from');

/** Emails match whatever their case (the unique index is on lower(email)). */
function sameEmail(email: string) {
  return (eb: ExpressionBuilder<Tables, 'app_user'>) =>
    eb(eb.fn('lower', ['email']), '=', eb.fn('lower', [eb.val(email)]));
}

/**
 * Users: the identity rows (app_user) and the versioned profiles (user_version). Every
 * statement about users, and nothing else.
 */
export class UserRepository extends TableRepository<InferEntity<typeof User>> {
  /** Profiles of several users at a moment (latest when asOf is null), in one statement. */
  profiles(ids: readonly string[], asOf: Date | null): Promise<ProfileRow[]> {
    const query = this.profilesAt(asOf).where('u.id', '=', sql<string>`any(${[...new Set(ids)]}::uuid[])`);
    return this.rows(query.select([...PROFILE_COLUMNS, VALID_FROM_MS]));
  }

  /** Every user's latest profile, by email. */
  latestProfiles(): Promise<ProfileRow[]> {
    const query = this.profilesAt(null).orderBy(sql`lower(${sql.ref('u.email')})`);
    return this.rows(query.select([...PROFILE_COLUMNS, VALID_FROM_MS]));
  }

  /** Each user (`u`) with its profile (`p`) at a moment, the latest when asOf is null. */
  private profilesAt(asOf: Date | null) {
    return this.db.selectFrom('app_user as u').crossJoinLateral((eb) =>
      eb
        .selectFrom('user_version as v')
        .selectAll()
        .whereRef('v.user_id', '=', 'u.id')
        .$if(asOf !== null, (q) => q.where('v.valid_from', '<=', asOf ?? new Date()))
        .orderBy('v.version', 'desc')
        .limit(1)
        .as('p'),
    );
  }

  /** Every state of one profile up to `asOf` (all when null), oldest first. */
  history(id: string, asOf: Date | null): Promise<ProfileRow[]> {
    const query = this.db
      .selectFrom('app_user as u')
      .innerJoin('user_version as p', 'p.user_id', 'u.id')
      .where('u.id', '=', id)
      .$if(asOf !== null, (q) => q.where('p.valid_from', '<=', asOf ?? new Date()))
      .orderBy('p.version');
    return this.rows(query.select([...PROFILE_COLUMNS, VALID_FROM_MS]));
  }

  async userCount(): Promise<number> {
    const row = await this.first(this.db.selectFrom('app_user').select(sql<number>`count(*)::int`.as('n')));
    return row === null ? 0 : Number(row.n);
  }

  /** The account an email names, with its password hash (for the login check only). */
  credentials(email: string): Promise<{ id: string; password_hash: string } | null> {
    return this.first(this.db.selectFrom('app_user').select(['id', 'password_hash']).where(sameEmail(email)));
  }

  /** The account an email names (whatever its case), if any. */
  async idByEmail(email: string): Promise<string | null> {
    const row = await this.first(this.db.selectFrom('app_user').select('id').where(sameEmail(email)));
    return row?.id ?? null;
  }

  /** The longest-standing active administrator, if any. */
  async firstActiveAdmin(): Promise<string | null> {
    const row = await this.first(
      this.db
        .selectFrom('app_user as u')
        .innerJoinLateral(
          (eb) =>
            eb
              .selectFrom('user_version as v')
              .select(['v.role', 'v.is_active'])
              .whereRef('v.user_id', '=', 'u.id')
              .orderBy('v.version', 'desc')
              .limit(1)
              .as('p'),
          (join) => join.onTrue(),
        )
        .select('u.id')
        .where('p.role', '=', 'ADMIN')
        .where('p.is_active', '=', true)
        .orderBy('u.created_at')
        .limit(1),
    );
    return row?.id ?? null;
  }

  async emailTaken(email: string): Promise<boolean> {
    return (await this.first(this.db.selectFrom('app_user').select('id').where(sameEmail(email)))) !== null;
  }

  /**
   * Locks a user's identity row until the transaction ends: the per-user lock under which
   * profile versions of one user are numbered. False when there is no such user.
   */
  async lock(id: string): Promise<boolean> {
    return (await this.first(this.db.selectFrom('app_user').select('id').where('id', '=', id).forUpdate())) !== null;
  }

  async insertIdentity(id: string, email: string, passwordHash: string, createdAt: Date): Promise<void> {
    await this.rows(
      this.db.insertInto('app_user').values({ id, email, password_hash: passwordHash, created_at: createdAt }),
    );
  }

  async insertProfile(state: ProfileState): Promise<void> {
    await this.rows(
      this.db.insertInto('user_version').values({
        user_id: state.userId,
        version: state.version,
        full_name: state.fullName,
        role: state.role,
        is_active: state.isActive,
        valid_from: state.validFrom,
        author_id: state.authorId,
      }),
    );
  }
}
