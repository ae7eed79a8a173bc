import type { EventBus } from '../../events/event-bus.js';

/** What a subscription on a socket needs from the transport. */
export interface LiveFeed {
  events: EventBus;
  /** Events a subscription may hold for a slow client before the socket is closed. */
  queueLimit: number;
  /** Closes the socket because its client does not keep up (1013). */
  overflow(): void;
}

/**
 * A subscription's pending events: pushed by the bus, pulled by graphql-ws as fast as the
 * client takes them. Bounded: past `limit` the client is too slow, and the queue closes
 * (calling `onOverflow`) instead of growing. `return()` ends it at once, even while a pull is
 * waiting for the next event (an async generator would only end at its next yield).
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  private items: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private done = false;
  private drop: ((item: T) => boolean) | null = null;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly limit: number,
    private readonly onOverflow: () => void,
  ) {}

  /** Runs once the queue ends, however it ends (unsubscribes it from the bus). */
  onClose(cleanup: () => void): void {
    if (this.done) cleanup();
    else this.cleanups.push(cleanup);
  }

  /** From now on, pushed items that `predicate` selects are dropped. */
  dropWhen(predicate: (item: T) => boolean): void {
    this.drop = predicate;
  }

  push(item: T): void {
    if (this.done || this.drop?.(item) === true) return;
    const waiting = this.waiting;
    if (waiting !== null) {
      this.waiting = null;
      waiting({ value: item, done: false });
      return;
    }
    if (this.items.length >= this.limit) {
      this.close();
      this.onOverflow();
      return;
    }
    this.items.push(item);
  }

  /** Rewrites what is pending (a replay goes in front of what arrived meanwhile). */
  rewrite(change: (pending: readonly T[]) => T[]): void {
    if (this.done) return;
    this.items = change(this.items);
    const waiting = this.waiting;
    const first = this.items.shift();
    if (waiting !== null && first !== undefined) {
      this.waiting = null;
      waiting({ value: first, done: false });
    } else if (first !== undefined) {
      this.items.unshift(first);
    }
  }

  get pending(): number {
    return this.items.length;
  }

  next(): Promise<IteratorResult<T>> {
    const item = this.items.shift();
    if (item !== undefined) return Promise.resolve({ value: item, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  close(): void {
    if (this.done) return;
    this.done = true;
    this.items = [];
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
