import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../src/graphql/live/event-queue.js';

describe('EventQueue (a subscription’s pending events)', () => {
  it('closes, and says so, instead of growing past its limit for a slow client', async () => {
    let overflowed = 0;
    let cleaned = 0;
    const queue = new EventQueue<number>(3, () => (overflowed += 1));
    queue.onClose(() => (cleaned += 1));
    for (let i = 0; i < 10; i += 1) queue.push(i);
    expect(overflowed).toBe(1);
    expect(cleaned).toBe(1);
    expect(queue.pending).toBe(0);
    expect(await queue.next()).toEqual({ value: undefined, done: true });
  });

  it('hands an event straight to a waiting pull, and ends a waiting pull on return()', async () => {
    const queue = new EventQueue<string>(10, () => undefined);
    const first = queue.next();
    queue.push('a');
    expect(await first).toEqual({ value: 'a', done: false });
    const waiting = queue.next();
    await queue.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
  });

  it('puts a replay in front of what arrived meanwhile, and drops what it already holds', async () => {
    const queue = new EventQueue<string>(10, () => undefined);
    queue.push('c');
    queue.push('b');
    queue.rewrite((pending) => ['a', 'b', ...pending.filter((x) => x !== 'b')]);
    queue.dropWhen((x) => x === 'a' || x === 'b');
    queue.push('b');
    queue.push('d');
    const seen: string[] = [];
    for (let i = 0; i < 4; i += 1) seen.push(String((await queue.next()).value));
    expect(seen).toEqual(['a', 'b', 'c', 'd']);
  });
});
