import { createSourceEventStream, execute, OperationTypeNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Context } from '../context.js';
import { ExecutionBudget, type BudgetLimits } from '../execution-budget.js';

type SubscriptionResult = AsyncIterableIterator<ExecutionResult> | ExecutionResult;

function isAsyncIterator(value: unknown): value is AsyncIterator<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * graphql-js `subscribe`, except that each event is executed with a context of its own
 * (`fresh`: a new entity manager fork and loader set for that event, so a payload reads the
 * state the event names, never one a previous event cached) on its own execution budget. The subscription's
 * context (the socket's user and feed) serves only the subscribe step.
 */
export function subscribePerEvent(
  fresh: (base: Context, event: unknown) => Context,
  limits: BudgetLimits,
): (args: ExecutionArgs) => Promise<SubscriptionResult> {
  return async (args) => {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterator(stream)) return stream as ExecutionResult;
    const events = stream as AsyncIterator<unknown>;
    const base = args.contextValue as Context;
    const results: AsyncIterableIterator<ExecutionResult> = {
      async next() {
        const event = await events.next();
        if (event.done === true) return { value: undefined, done: true };
        const contextValue = fresh(base, event.value);
        const budget = ExecutionBudget.start(contextValue, limits, OperationTypeNode.SUBSCRIPTION);
        const result = await execute({ ...args, rootValue: event.value, contextValue });
        return { value: budget.settle(result), done: false };
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
