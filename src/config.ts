/** Typed configuration, read from the environment once at start. The only reader of process.env. */
export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
/** Browser origins allowed to call the API: any, localhost on any port, or exact origins (none = []). */
export type CorsOrigins = '*' | 'localhost' | readonly string[];

export interface Config {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  /** PostgreSQL URL; null selects the embedded engine (PGlite) in `dataDir`. */
  databaseUrl: string | null;
  /** Embedded engine folder; ':memory:' keeps it in memory (tests). */
  dataDir: string;
  dbPoolSize: number;
  migrateOnStart: boolean;
  seedDemo: boolean;
  jwtSecret: string;
  jwtExpiresIn: string;
  adminEmail: string | null;
  adminPassword: string | null;
  logLevel: LogLevel;
  bodyLimitBytes: number;
  /** Static limits, checked before any resolver runs (src/graphql/limits.ts). */
  maxQueryTokens: number;
  maxQueryAliases: number;
  maxQueryDirectives: number;
  maxQueryDepth: number;
  maxQueryCost: number;
  /** The execution budget, counted while the result is built (src/graphql/execution-budget.ts). */
  maxResultNodes: number;
  maxResultValues: number;
  shutdownTimeoutMs: number;
  /** Serve the schema to introspection and name near misses in errors ("Did you mean …"). */
  introspection: boolean;
  /** express `trust proxy`: whether X-Forwarded-For names the client (false: the socket's peer does). */
  trustProxy: TrustProxy;
  /** Failed logins allowed per account, then per client address, in one window (0: not counted). */
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerAddress: number;
  loginFailureWindowSeconds: number;
  /** How long an account or address stays refused once it has used up its failures. */
  loginLockoutSeconds: number;
  corsOrigins: CorsOrigins;
  /** Memory cap of the read cache of immutable reads, in bytes (0: off); docs/decisions/0018. */
  readCacheBytes: number;
  /** API processes to start on the one port (node:cluster); 1 with the embedded engine. */
  processes: number;
  /** GraphQL subscriptions over WebSocket (src/http/live-server.ts). */
  live: LiveConfig;
}

export interface LiveConfig {
  /** Ping every so often; a socket that has not answered the previous ping by then is dropped (0: off). */
  keepAliveMs: number;
  maxSubscriptionsPerSocket: number;
  /** Events one subscription may hold for a client that reads too slowly, before its socket is closed (1013). */
  queueLimit: number;
  /** Bytes a socket may have waiting to be sent before it is closed as too slow (1013). */
  maxBufferedBytes: number;
}

/** false, true, a number of proxy hops, or the addresses/subnets of trusted proxies (express's forms). */
export type TrustProxy = boolean | number | string[];

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const DEV_JWT_SECRET = 'backcast-dev-secret-change-me-in-production-0123456789';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const NODE_ENVS: readonly NodeEnv[] = ['development', 'production', 'test'];
const DURATION = /^\d+(ms|s|m|h|d)?$/;

type Env = Record<string, string | undefined>;

/** Reads and validates the environment; throws ConfigError listing every problem at once. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const text = (name: string): string | null => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? null : value;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = text(name);
    if (raw === null) return fallback;
    // Digits only: Number() would also take "1e3" and "0x50".
    const value = /^-?\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = text(name);
    if (raw === null) return fallback;
    if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
    if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = text(name);
    if (raw === null) return fallback;
    const found = allowed.find((a) => a === raw);
    if (found === undefined) {
      problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
      return fallback;
    }
    return found;
  };

  const nodeEnv = oneOf('NODE_ENV', NODE_ENVS, 'development');
  const databaseUrl = text('DATABASE_URL');
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const jwtSecretRaw = text('JWT_SECRET');
  if (nodeEnv === 'production' && (jwtSecretRaw === null || jwtSecretRaw.length < 32)) {
    problems.push('JWT_SECRET must be set to at least 32 characters when NODE_ENV=production');
  } else if (jwtSecretRaw !== null && jwtSecretRaw.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters long');
  }
  const jwtExpiresIn = text('JWT_EXPIRES_IN') ?? '1h';
  if (!DURATION.test(jwtExpiresIn)) {
    problems.push(`JWT_EXPIRES_IN must be a duration such as 3600, 15m, 1h or 7d (got "${jwtExpiresIn}")`);
  }
  const adminEmail = text('ADMIN_EMAIL');
  const adminPassword = text('ADMIN_PASSWORD');
  if ((adminEmail === null) !== (adminPassword === null)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  // The password rule of src/auth/passwords.ts (8..256 characters), checked before anything starts.
  if (adminPassword !== null && adminPassword.length < 8) {
    problems.push('ADMIN_PASSWORD must be at least 8 characters long');
  }
  if (adminPassword !== null && adminPassword.length > 256) {
    problems.push('ADMIN_PASSWORD must be at most 256 characters long');
  }
  const trustProxy = (): TrustProxy => {
    const raw = text('TRUST_PROXY');
    if (raw === null || ['false', '0', 'no'].includes(raw.toLowerCase())) return false;
    if (['true', 'yes'].includes(raw.toLowerCase())) return true;
    if (/^\d+$/.test(raw)) return Number(raw);
    const list = raw.split(',').map((item) => item.trim());
    if (list.every((item) => /^[\w.:/]+$/.test(item))) return list;
    problems.push(
      `TRUST_PROXY must be true, false, a number of hops or a comma-separated list of addresses (got "${raw}")`,
    );
    return false;
  };

  const config: Config = {
    nodeEnv,
    port: int('PORT', 4000, 0, 65535),
    host: text('HOST') ?? '0.0.0.0',
    databaseUrl,
    dataDir: text('DATA_DIR') ?? './data',
    dbPoolSize: int('DB_POOL_SIZE', 10, 1, 500),
    migrateOnStart: bool('MIGRATE_ON_START', true),
    seedDemo: bool('SEED_DEMO', databaseUrl === null),
    jwtSecret: jwtSecretRaw ?? DEV_JWT_SECRET,
    jwtExpiresIn,
    adminEmail,
    adminPassword,
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', 1_048_576, 1024, 100 * 1_048_576),
    maxQueryTokens: int('MAX_QUERY_TOKENS', 10_000, 100, 1_000_000),
    maxQueryAliases: int('MAX_QUERY_ALIASES', 100, 0, 100_000),
    maxQueryDirectives: int('MAX_QUERY_DIRECTIVES', 100, 0, 100_000),
    maxQueryDepth: int('MAX_QUERY_DEPTH', 20, 2, 100),
    maxQueryCost: int('MAX_QUERY_COST', 2_000, 10, 10_000_000),
    maxResultNodes: int('MAX_RESULT_NODES', 1_000_000, 100, 100_000_000),
    maxResultValues: int('MAX_RESULT_VALUES', 10_000_000, 1_000, 1_000_000_000),
    shutdownTimeoutMs: int('SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    introspection: bool('INTROSPECTION', nodeEnv !== 'production'),
    trustProxy: trustProxy(),
    loginMaxFailuresPerAccount: int('LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 0, 1000),
    loginMaxFailuresPerAddress: int('LOGIN_MAX_FAILURES_PER_ADDRESS', 50, 0, 1_000_000),
    loginFailureWindowSeconds: int('LOGIN_FAILURE_WINDOW_SECONDS', 900, 1, 86_400),
    loginLockoutSeconds: int('LOGIN_LOCKOUT_SECONDS', 300, 1, 86_400),
    corsOrigins: corsOrigins(text('CORS_ORIGINS'), nodeEnv, problems),
    readCacheBytes: int('READ_CACHE_MB', 64, 0, 65_536) * 1_048_576,
    processes: int('WEB_CONCURRENCY', 1, 1, 64),
    live: {
      keepAliveMs: int('LIVE_KEEPALIVE_MS', 15_000, 0, 3_600_000),
      maxSubscriptionsPerSocket: int('LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET', 100, 1, 10_000),
      queueLimit: int('LIVE_QUEUE_LIMIT', 1_000, 1, 1_000_000),
      maxBufferedBytes: int('LIVE_MAX_BUFFERED_BYTES', 4 * 1_048_576, 1024, 1024 * 1_048_576),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** CORS_ORIGINS: `*`, or a comma-separated list of origins; unset: localhost outside production, else none. */
function corsOrigins(raw: string | null, nodeEnv: NodeEnv, problems: string[]): CorsOrigins {
  if (raw === null) return nodeEnv === 'production' ? [] : 'localhost';
  if (raw === '*') return '*';
  const origins: string[] = [];
  for (const entry of raw
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '')) {
    const url = URL.parse(entry);
    // An origin is scheme://host[:port]; browsers send it without a path, so a path never matches.
    const bare = url !== null && url.pathname === '/' && url.search === '' && url.hash === '' && url.username === '';
    if (url === null || !bare || !['http:', 'https:'].includes(url.protocol)) {
      problems.push(
        `CORS_ORIGINS must be * or a comma-separated list of origins such as https://app.example.com (got "${entry}")`,
      );
    } else {
      origins.push(url.origin);
    }
  }
  return origins;
}
