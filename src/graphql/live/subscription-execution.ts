import {
  createSourceEventStream,
  execute,
  OperationTypeNode,
  print,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import type { Context } from '../context.js';
import { ExecutionBudget, type BudgetLimits } from '../execution-budget.js';

type SubscriptionResult = AsyncIterableIterator<ExecutionResult> | ExecutionResult;

function isAsyncIterator(value: unknown): value is AsyncIterator<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * graphql-js `subscribe`, except that each event is executed with a context of its own
 * (`fresh`: a new entity manager fork and loader set for that event, so a payload reads the
 * state the event names, never one a previous event cached) on its own execution budget.
 * The subscription's context (the socket's user and feed) serves only the subscribe step.
 *
 * Subscriptions that ask the same (same document, variables and role) share one execution
 * per event: a hundred watchers of a project cost one payload, not a hundred. A payload may
 * depend on the role (the policy's only input besides the data), never on anything else of
 * the subscriber: no field below Subscription reads the actor beyond its role.
 */
export function subscribePerEvent(
  fresh: (base: Context, event: unknown) => Context,
  limits: BudgetLimits,
): (args: ExecutionArgs) => Promise<SubscriptionResult> {
  const shared = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();
  return async (args) => {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterator(stream)) return stream as ExecutionResult;
    const events = stream as AsyncIterator<unknown>;
    const base = args.contextValue as Context;
    const key = JSON.stringify([
      base.actor?.role ?? null,
      args.operationName ?? null,
      print(args.document),
      args.variableValues ?? null,
    ]);
    const run = async (event: unknown): Promise<ExecutionResult> => {
      const contextValue = fresh(base, event);
      const budget = ExecutionBudget.start(contextValue, limits, OperationTypeNode.SUBSCRIPTION);
      return budget.settle(await execute({ ...args, rootValue: event, contextValue }));
    };
    const results: AsyncIterableIterator<ExecutionResult> = {
      async next() {
        const event = await events.next();
        if (event.done === true) return { value: undefined, done: true };
        const value: unknown = event.value;
        if (typeof value !== 'object' || value === null) return { value: await run(value), done: false };
        let byKey = shared.get(value);
        if (byKey === undefined) {
          byKey = new Map();
          shared.set(value, byKey);
        }
        let result = byKey.get(key);
        if (result === undefined) {
          result = run(value);
          byKey.set(key, result);
        }
        return { value: await result, done: false };
      },
      async return() {
        await events.return?.();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    return results;
  };
}
