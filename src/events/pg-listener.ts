import pg from 'pg';
import { listen } from '../db/notifications.js';
import type { Logger } from '../logger.js';
import { EVENT_CHANNEL, type EventBus } from './event-bus.js';

export interface ListenerOptions {
  /** First reconnection delay; doubles up to `maxBackoffMs`. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

export interface EventListener {
  /** Resolves once the first LISTEN is in place (or the first attempt failed and retries run on). */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * The process's one LISTEN connection: a dedicated client outside the pool (a pooled
 * connection would be handed to requests and its LISTEN lost). On error or end it reconnects
 * with exponential backoff; notifications sent while it was away are lost to this process,
 * which is why `commitAdded(after:)` replays from the log (docs/decisions/0013).
 */
export function listenForEvents(
  databaseUrl: string,
  bus: EventBus,
  logger: Logger,
  options: ListenerOptions = {},
): EventListener {
  const minBackoff = options.minBackoffMs ?? 100;
  const maxBackoff = options.maxBackoffMs ?? 5_000;
  let closed = false;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let backoff = minBackoff;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const scheduleReconnect = (): void => {
    if (closed || timer !== null) return;
    const delay = backoff;
    backoff = Math.min(backoff * 2, maxBackoff);
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, delay);
    timer.unref();
  };

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl, application_name: 'backcast-evs events' });
    let lost = false;
    const onLost = (error?: Error): void => {
      if (lost) return;
      lost = true;
      if (client === next) client = null;
      next.removeAllListeners('notification');
      void next.end().catch(() => undefined);
      if (!closed) {
        logger.warn({ err: error, retryInMs: backoff }, 'event listener lost its connection; reconnecting');
        scheduleReconnect();
      }
    };
    next.on('error', onLost);
    next.on('end', () => onLost());
    next.on('notification', (message) => {
      if (message.channel === EVENT_CHANNEL) bus.receiveNotification(message.payload);
    });
    try {
      await next.connect();
      await listen(next, EVENT_CHANNEL);
    } catch (error) {
      onLost(error instanceof Error ? error : new Error(String(error)));
      markReady();
      return;
    }
    if (closed) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    backoff = minBackoff;
    logger.debug({ channel: EVENT_CHANNEL }, 'listening for domain events');
    markReady();
  };

  void connect();
  return {
    ready,
    close: async () => {
      closed = true;
      if (timer !== null) clearTimeout(timer);
      const current = client;
      client = null;
      if (current !== null) {
        current.removeAllListeners();
        current.on('error', () => undefined);
        await current.end().catch(() => undefined);
      }
    },
  };
}
