import { ForbiddenError, UnauthenticatedError } from '../shared/errors.js';
import type { Actor, Role } from './roles.js';

/** The protected branch: plan changes there need MANAGER or ADMIN. */
export const MAIN = 'main';

/** Everything a user may try to do, in the words of the contract's conventions. */
export type Action =
  | { kind: 'read' }
  | { kind: 'manage-users' }
  | { kind: 'create-project' }
  /** Plan data: projects, WBEs, cost elements; also merges and reverts on a branch. */
  | { kind: 'write-plan'; branch: string }
  /** Actuals (costs, progress) are facts, not plan changes: any branch for EDITOR and up. */
  | { kind: 'write-actuals'; branch: string }
  | { kind: 'create-branch' }
  | { kind: 'archive-branch' }
  | { kind: 'create-change-order' }
  | { kind: 'submit-change-order' }
  /** Back to DRAFT: its requester (still an editor) or a manager. */
  | { kind: 'withdraw-change-order'; requestedBy: string }
  | { kind: 'decide-change-order' };

const MANAGERS: readonly Role[] = ['ADMIN', 'MANAGER'];
const EDITORS: readonly Role[] = ['ADMIN', 'MANAGER', 'EDITOR'];
const EVERYONE: readonly Role[] = ['ADMIN', 'MANAGER', 'EDITOR', 'VIEWER'];

function allowedRoles(actor: Actor, action: Action): readonly Role[] {
  switch (action.kind) {
    case 'withdraw-change-order':
      return actor.id === action.requestedBy ? EDITORS : MANAGERS;
    case 'read':
      return EVERYONE;
    case 'manage-users':
      return ['ADMIN'];
    case 'create-project':
    case 'archive-branch':
    case 'decide-change-order':
      return MANAGERS;
    case 'write-plan':
      return action.branch === MAIN ? MANAGERS : EDITORS;
    case 'write-actuals':
    case 'create-branch':
    case 'create-change-order':
    case 'submit-change-order':
      return EDITORS;
  }
}

function describe(action: Action): string {
  switch (action.kind) {
    case 'write-plan':
      return action.branch === MAIN
        ? 'change plan data on the protected branch main'
        : `write on branch "${action.branch}"`;
    case 'write-actuals':
      return 'record costs or progress';
    case 'withdraw-change-order':
      return 'withdraw this change order (its requester or a manager may)';
    default:
      return action.kind.replaceAll('-', ' ');
  }
}

/** The one place that decides who may do what. Throws when the actor may not. */
export function authorize(actor: Actor | null, action: Action): Actor {
  if (actor === null) throw new UnauthenticatedError();
  const roles = allowedRoles(actor, action);
  if (!roles.includes(actor.role)) {
    throw new ForbiddenError(`role ${actor.role} may not ${describe(action)}; it needs ${roles.join(' or ')}`, {
      action: action.kind,
      requiredRoles: roles,
    });
  }
  return actor;
}
