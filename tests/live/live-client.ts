import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Closed {
  code: number;
  reason: string;
}

/** A real graphql-ws client over a real socket; `closed` settles with the first close the server sends. */
export function liveClient(
  httpUrl: string,
  params: Record<string, unknown> | null,
  options: { origin?: string } = {},
): { client: Client; closed: Promise<Closed>; connected: Promise<void> } {
  let onClosed: (closed: Closed) => void = () => undefined;
  const closed = new Promise<Closed>((resolve) => {
    onClosed = resolve;
  });
  let onConnected: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => {
    onConnected = resolve;
  });
  const origin = options.origin;
  class OriginSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, origin === undefined ? {} : { origin });
    }
  }
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: OriginSocket,
    connectionParams: params ?? undefined,
    lazy: false,
    retryAttempts: 0,
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        const e = event as { code?: number; reason?: string };
        onClosed({ code: e.code ?? 0, reason: String(e.reason ?? '') });
      },
    },
    onNonLazyError: () => undefined,
  });
  return { client, closed, connected };
}

export interface Received<T> {
  /** Payloads (data) in the order they arrived. */
  items: T[];
  errors: unknown[];
  /** Resolves once `n` payloads have arrived (rejects after `timeoutMs`). */
  count(n: number, timeoutMs?: number): Promise<T[]>;
  /** Resolves once the server has acknowledged the subscription by staying open: waits `ms`. */
  stop(): void;
  done: Promise<void>;
}

/** Subscribes and collects every payload. */
export function subscribe<T>(client: Client, query: string, variables: Record<string, unknown>): Received<T> {
  const items: T[] = [];
  const errors: unknown[] = [];
  const waiters = new Set<() => void>();
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors !== undefined) errors.push(...value.errors);
        if (value.data !== undefined && value.data !== null) items.push(value.data);
        waiters.forEach((w) => w());
      },
      error: (error) => {
        errors.push(error);
        finish();
        waiters.forEach((w) => w());
      },
      complete: () => finish(),
    },
  );
  return {
    items,
    errors,
    done,
    stop,
    count: (n, timeoutMs = 5_000) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          if (items.length >= n) {
            cleanup();
            resolve(items.slice(0, n));
          } else if (errors.length > 0) {
            cleanup();
            reject(new Error(`subscription failed: ${JSON.stringify(errors)}`));
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`only ${items.length} of ${n} events within ${timeoutMs} ms`));
        }, timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
  };
}

/** Lets the server register a subscription before the test writes (subscribe is asynchronous). */
export const settle = (ms = 150): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
