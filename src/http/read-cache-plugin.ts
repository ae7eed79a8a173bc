import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, FormattedExecutionResult } from 'graphql';
import { settleAuth, type Context } from '../graphql/context.js';
import { askedFingerprint, currentFingerprint, ReadCache } from '../graphql/read-cache.js';

/**
 * The read cache in Apollo's pipeline (docs/decisions/0018): after the document is parsed,
 * validated and its operation resolved, a cacheable query whose stored answer's read points
 * still resolve to the same places is answered without executing; otherwise it executes and
 * its answer is stored as it is serialized. Every other plugin (limits, access log, statement
 * header) runs as for any request. `x-read-cache: hit | miss` tells which it was.
 */
export interface ReadCacheWiring {
  plugin: ApolloServerPlugin<Context>;
  /** Apollo's `stringifyResult`: serializes each answer once, and a hit not at all. */
  stringifyResult: (value: FormattedExecutionResult) => string;
}

/** Answers served from the cache: the empty `data` object Apollo carries, and the stored JSON. */
type Served = WeakMap<object, string>;
/** Answers to store when serialized: the executed `data` object and where it goes. */
type Pending = WeakMap<object, (json: string) => void>;

export function readCacheWiring(cache: ReadCache, isCacheable: (document: DocumentNode) => boolean): ReadCacheWiring {
  const served: Served = new WeakMap();
  const pending: Pending = new WeakMap();

  const requestKey = (ctx: {
    request: { query?: string; operationName?: string | null; variables?: unknown; http?: { method: string } };
    document?: DocumentNode;
    operation?: { operation: string } | null;
    contextValue: Context;
  }): { key: string; role: string } | null => {
    const { request, document, operation, contextValue } = ctx;
    if (!cache.enabled || request.http?.method !== 'POST' || request.query === undefined) return null;
    if (operation?.operation !== 'query' || document === undefined || !isCacheable(document)) return null;
    if (contextValue.actor === null || contextValue.authError !== null) return null;
    return {
      key: ReadCache.keyOf(request.query, request.operationName, request.variables),
      role: contextValue.actor.role,
    };
  };

  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async responseForOperation(requestContext) {
          // A lookup that failed is answered by the executor, which settles it again (an error
          // thrown from a plugin hook would be Apollo's bare 500); nothing is cached then.
          if (
            !(await settleAuth(requestContext.contextValue).then(
              () => true,
              () => false,
            ))
          )
            return null;
          const wanted = requestKey(requestContext);
          if (wanted === null) return null;
          const { contextValue } = requestContext;
          const stored = cache.candidate(wanted.key, wanted.role);
          contextValue.accessLog.readCache = 'miss';
          if (stored === undefined) return null;
          // Resolved on the request's own loaders: on a miss, execution reuses these read points.
          if ((await currentFingerprint(contextValue.loaders, stored.refs)) !== stored.fingerprint) {
            contextValue.accessLog.readCache = 'stale';
            return null;
          }
          contextValue.accessLog.readCache = 'hit';
          cache.recordHit();
          const data = {};
          served.set(data, stored.data);
          const headers = new HeaderMap([['x-read-cache', 'hit']]);
          return { http: { status: undefined, headers }, body: { kind: 'single', singleResult: { data } } };
        },
        async willSendResponse(requestContext) {
          const { contextValue, response } = requestContext;
          const state = contextValue.accessLog.readCache;
          if (state === undefined || state === 'hit') return;
          cache.recordMiss(state === 'stale');
          response.http.headers.set('x-read-cache', 'miss');
          const wanted = requestKey(requestContext);
          if (wanted === null || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const loaders = contextValue.loaders;
          if (errors !== undefined || data === null || data === undefined || loaders.askedReadPoints.size === 0) return;
          const asked = await askedFingerprint(loaders);
          pending.set(data, (json) => cache.store(wanted.key, wanted.role, { ...asked, data: json }));
        },
      };
    },
  };

  const stringifyResult = (value: FormattedExecutionResult): string => {
    const { data } = value;
    if (value.errors === undefined && value.extensions === undefined && typeof data === 'object' && data !== null) {
      const cached = served.get(data);
      if (cached !== undefined) return `{"data":${cached}}\n`;
      const store = pending.get(data);
      if (store !== undefined) {
        const json = JSON.stringify(data);
        store(json);
        return `{"data":${json}}\n`;
      }
    }
    // As Apollo's own default does.
    return `${JSON.stringify(value)}\n`;
  };

  return { plugin, stringifyResult };
}
