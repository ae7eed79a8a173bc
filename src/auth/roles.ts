/** Roles, most powerful first. */
export const ROLES = ['ADMIN', 'MANAGER', 'EDITOR', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

/** The authenticated user a request acts for. */
export interface Actor {
  id: string;
  role: Role;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
