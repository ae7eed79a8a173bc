/**
 * Applies `next` to a value now, or once it arrives. Resolvers built on it answer
 * synchronously where the request has already loaded what they need (a whole tree, after
 * its few statements), so thousands of nodes cost no promise each.
 */
export function whenReady<T, R>(value: T | Promise<T>, next: (value: T) => R | Promise<R>): R | Promise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}
