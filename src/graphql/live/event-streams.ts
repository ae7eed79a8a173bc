import type {
  BranchChangedEvent,
  ChangeOrderChangedEvent,
  CommitAddedEvent,
  DomainEvent,
} from '../../events/domain-events.js';
import { commitsAfter } from '../../versioning/commits-after.js';
import type { CommitRecord } from '../../versioning/types.js';
import type { Context } from '../context.js';
import { EventQueue, type LiveFeed } from './event-queue.js';

function feedOf(ctx: Context): LiveFeed {
  // Subscriptions over HTTP are refused before execution (subscriptionsOverWebSocketOnly, src/graphql/input-guard.ts).
  if (ctx.live === undefined) throw new Error('a subscription needs a WebSocket');
  return ctx.live;
}

/** Subscribes a bounded queue to the bus, keeping the events `accept` selects. */
function queueFor<E extends DomainEvent>(feed: LiveFeed, accept: (event: DomainEvent) => event is E): EventQueue<E> {
  const queue = new EventQueue<E>(feed.queueLimit, () => feed.overflow());
  queue.onClose(
    feed.events.subscribe((event) => {
      if (accept(event)) queue.push(event);
    }),
  );
  return queue;
}

function asEvent(commit: CommitRecord): CommitAddedEvent {
  const { projectId, branch, id: commitId, seq, kind, authorId } = commit;
  return { type: 'commit', projectId, branch, commitId, seq, kind, authorId };
}

/**
 * The commits of a project (of one branch, if named) as they are made. With `after`, the ones
 * made since that commit come first: the queue is subscribed before the log is read, so a
 * commit made meanwhile is both in the log and in the queue, and is dropped from the queue by
 * its id; none falls between the two.
 */
export async function commitEvents(
  ctx: Context,
  args: { projectId: string; branch: string | null; after: string | null },
): Promise<EventQueue<CommitAddedEvent>> {
  const queue = queueFor(
    feedOf(ctx),
    (e): e is CommitAddedEvent =>
      e.type === 'commit' && e.projectId === args.projectId && (args.branch === null || e.branch === args.branch),
  );
  if (args.after === null) return queue;
  try {
    const missed = await commitsAfter(ctx.sql, { projectId: args.projectId, branch: args.branch, afterId: args.after });
    const replayed = new Set(missed.map((c) => c.id));
    replayed.add(args.after);
    queue.rewrite((pending) => [...missed.map(asEvent), ...pending.filter((e) => !replayed.has(e.commitId))]);
    // A notification from another process can arrive after the log was read.
    queue.dropWhen((e) => replayed.has(e.commitId));
    return queue;
  } catch (error) {
    queue.close();
    throw error;
  }
}

export function branchEvents(ctx: Context, projectId: string): EventQueue<BranchChangedEvent> {
  return queueFor(feedOf(ctx), (e): e is BranchChangedEvent => e.type === 'branch' && e.projectId === projectId);
}

export function changeOrderEvents(ctx: Context, projectId: string): EventQueue<ChangeOrderChangedEvent> {
  return queueFor(
    feedOf(ctx),
    (e): e is ChangeOrderChangedEvent => e.type === 'changeOrder' && e.projectId === projectId,
  );
}
