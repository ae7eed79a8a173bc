import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import { parseDomainEvent, type DomainEvent, type EventHandler } from './domain-events.js';

/** The PostgreSQL channel every process publishes on and listens to. */
export const EVENT_CHANNEL = 'backcast_events';

/**
 * One process's domain events. Writes hand it the events of a transaction once it has
 * committed (`deliverCommitted`); on PostgreSQL the same events also went out with
 * `pg_notify` inside that transaction, and the process's listener (pg-listener.ts) hands in
 * those of the other processes (`receiveNotification`), skipping its own by `origin`.
 * Handlers run synchronously and must stay cheap (queue, log); one that throws is logged and
 * never fails the write nor keeps the event from the others.
 */
export class EventBus {
  /** Tags this process's notifications, so its listener does not deliver them twice. */
  readonly origin = randomUUID();
  private readonly handlers = new Set<EventHandler>();

  constructor(
    /** True on PostgreSQL: events must also be published for the other processes. */
    readonly crossProcess: boolean,
    private readonly logger: Logger,
  ) {}

  /** Registers a handler; the returned function removes it. */
  subscribe(handler: EventHandler): () => void {
    this.handlers.add(handler);
    return () => {
      this.handlers.delete(handler);
    };
  }

  get handlerCount(): number {
    return this.handlers.size;
  }

  /** The NOTIFY payload of an event: its ids and this process's origin. */
  notificationPayload(event: DomainEvent): string {
    return JSON.stringify({ ...event, origin: this.origin });
  }

  /**
   * Events of a transaction that has just committed in this process, in the order written.
   * Delivered on the next turn of the event loop: the writing request answers first, and the
   * subscribers' reads do not stand in its way.
   */
  deliverCommitted(events: readonly DomainEvent[]): void {
    setImmediate(() => {
      for (const event of events) this.deliver(event);
    });
  }

  /** A notification heard on EVENT_CHANNEL: another process's committed event (or noise, dropped). */
  receiveNotification(payload: string | undefined): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(payload ?? '');
    } catch {
      this.logger.warn({ channel: EVENT_CHANNEL }, 'notification that is not JSON dropped');
      return;
    }
    if (typeof parsed === 'object' && parsed !== null && (parsed as { origin?: unknown }).origin === this.origin)
      return;
    const event = parseDomainEvent(parsed);
    if (event === null) {
      this.logger.warn({ channel: EVENT_CHANNEL }, 'notification that is not a domain event dropped');
      return;
    }
    this.deliver(event);
  }

  private deliver(event: DomainEvent): void {
    for (const handler of [...this.handlers]) {
      try {
        handler(event);
      } catch (error) {
        this.logger.error({ err: error, event }, 'domain event handler failed');
      }
    }
  }
}

/** The structured log as an event handler: one debug line per committed event. */
export function logEvents(bus: EventBus, logger: Logger): () => void {
  return bus.subscribe((event) => logger.debug({ event }, 'domain event'));
}
