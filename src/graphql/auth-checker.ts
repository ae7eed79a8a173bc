import type { AuthChecker } from 'type-graphql';
import { requireActor, type Context } from './context.js';

/**
 * `@Authorized()` means "a signed-in, active user"; finer rules (roles per branch and action)
 * live in the one policy module that the domain services call.
 */
export const authChecker: AuthChecker<Context> = ({ context }) => {
  requireActor(context);
  return true;
};
