import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config, CorsOrigins } from '../config.js';

/** Headers a browser may send cross-origin: the token, JSON, and Apollo's CSRF-prevention headers. */
export const CORS_ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-request-id',
];

/** Response headers a cross-origin page may read. */
export const CORS_EXPOSED_HEADERS = ['x-request-id', 'server-timing'];

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True when a browser page at `origin` may call the API under this policy. */
export function isAllowedOrigin(policy: CorsOrigins, origin: string): boolean {
  if (policy === '*') return true;
  if (policy === 'localhost') {
    const url = URL.parse(origin);
    return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTS.has(url.hostname);
  }
  return policy.includes(origin);
}

/**
 * CORS from CORS_ORIGINS. No cookies are involved (the token travels in Authorization), so no
 * credentials mode; preflights are answered here and cached by the browser for ten minutes.
 */
export function corsAccess(policy: CorsOrigins): RequestHandler {
  return cors({
    origin:
      policy === '*' ? '*' : (origin, done) => done(null, origin !== undefined && isAllowedOrigin(policy, origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
}

/**
 * Pages served from this server (the start page, GraphiQL) load only local files. GraphiQL's
 * editor (Monaco) adds style elements at run time and its fonts are data: URLs.
 */
const PAGE_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'", 'data:'],
  'img-src': ["'self'", 'data:'],
  'worker-src': ["'self'"],
  'connect-src': ["'self'"],
  'frame-ancestors': ["'self'"],
  'form-action': ["'self'"],
  'base-uri': ["'self'"],
  'object-src': ["'none'"],
  // Served over plain HTTP on a LAN as often as behind TLS: upgrading would break the former.
  'upgrade-insecure-requests': null,
};

/**
 * /graphql answers JSON, and in a browser Apollo's landing page, which carries its own
 * nonce-based policy in a meta element (scripts and styles from Apollo's CDN). The header adds
 * only what that policy leaves open and a meta element cannot set.
 */
const API_DIRECTIVES = {
  // A default-src here would also apply to the scripts and styles Apollo's own policy allows.
  'default-src': helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc,
  'frame-ancestors': ["'self'"],
  'base-uri': ["'self'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
} as const;

/** Standard security headers (helmet), with the Content-Security-Policy each kind of response needs. */
export function securityHeaders(): RequestHandler {
  const pages = helmet({ contentSecurityPolicy: { useDefaults: false, directives: PAGE_DIRECTIVES } });
  const api = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: API_DIRECTIVES },
    // Sandbox may open Apollo's sign-in in a popup that reports back to the page.
    crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
  });
  return (req, res, next) =>
    (req.path === '/graphql' || req.path.startsWith('/graphql/') ? api : pages)(req, res, next);
}

/** Everything a browser on another origin needs, in order: security headers, then CORS. */
export function browserAccess(config: Pick<Config, 'corsOrigins'>): RequestHandler[] {
  return [securityHeaders(), corsAccess(config.corsOrigins)];
}
