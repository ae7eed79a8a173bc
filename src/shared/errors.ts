/** Public error codes; the GraphQL layer maps each to extensions.code. */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'LOGIN_THROTTLED';

/** An error whose message a person can act on; anything else is an internal error. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('NOT_FOUND', message, details);
  }
  static entity(type: string, id: string, where?: string): NotFoundError {
    return new NotFoundError(`${type} ${id} does not exist${where === undefined ? '' : ` ${where}`}`, { type, id });
  }
  static branch(projectId: string, branch: string): NotFoundError {
    return new NotFoundError(`project ${projectId} has no branch "${branch}"`, { projectId, branch });
  }
}

export class BadInputError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, details);
  }
  static field(field: string, problem: string): BadInputError {
    return new BadInputError(`${field}: ${problem}`, { field });
  }
  /** extensions.reason CHANGE_ORDER_FROZEN tells a client to withdraw the order before editing. */
  static frozenForReview(branch: string): BadInputError {
    return new BadInputError(
      `branch "${branch}" is frozen for review: its change order is SUBMITTED, so its plan cannot change; withdraw the change order to edit it (costs and progress may still be recorded)`,
      { reason: 'CHANGE_ORDER_FROZEN', branch },
    );
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
  static staleVersion(type: string, id: string, expected: number, actual: number): ConflictError {
    return new ConflictError(
      `${type} ${id} is at version ${actual}, not the expected version ${expected}: reload it and apply your change again`,
      { expectedVersion: expected, actualVersion: actual },
    );
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('FORBIDDEN', message, details);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'authentication required: send a valid token in the Authorization: Bearer header') {
    super('UNAUTHENTICATED', message);
  }
}
