import { defineEntity, p } from '@mikro-orm/core';
import { UserRepository } from '../repositories/user.repository.js';

/** An account's identity: the email and password, never versioned (table app_user). */
export const User = defineEntity({
  name: 'User',
  tableName: 'app_user',
  repository: () => UserRepository,
  properties: {
    id: p.uuid().primary(),
    email: p.text(),
    passwordHash: p.text(),
    createdAt: p.datetime(3).defaultRaw('now()'),
  },
  // Emails are unique whatever their case: an expression index, so it is given as SQL.
  indexes: [
    { name: 'app_user_email_key', expression: 'create unique index app_user_email_key on app_user (lower(email))' },
  ],
});

/** One state of a user's profile: append-only, numbered per user (table user_version). */
export const UserVersion = defineEntity({
  name: 'UserVersion',
  tableName: 'user_version',
  readonly: true,
  properties: {
    user: p.manyToOne(User).primary().fieldName('user_id'),
    version: p.integer().primary(),
    fullName: p.text(),
    role: p.text(),
    isActive: p.boolean(),
    validFrom: p.datetime(3),
    author: p.manyToOne(User).fieldName('author_id').nullable().deleteRule('no action'),
  },
  checks: [
    { name: 'user_version_version_check', expression: 'version > 0' },
    { name: 'user_version_role_check', expression: "role in ('ADMIN', 'MANAGER', 'EDITOR', 'VIEWER')" },
  ],
});
