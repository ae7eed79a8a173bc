import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const SECRET = 'a-production-secret-of-at-least-32-chars';

/** The ConfigError that loadConfig throws for `env` (fails the test if it throws none). */
function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

function problemsOf(env: Record<string, string | undefined>): readonly string[] {
  return configError(env).problems;
}

describe('loadConfig', () => {
  it('has working defaults for an empty environment: the embedded engine with demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 4000,
      host: '0.0.0.0',
      databaseUrl: null,
      dataDir: './data',
      dbPoolSize: 10,
      migrateOnStart: true,
      seedDemo: true,
      jwtExpiresIn: '1h',
      adminEmail: null,
      adminPassword: null,
      logLevel: 'info',
      bodyLimitBytes: 1_048_576,
      maxQueryTokens: 10_000,
      maxQueryAliases: 100,
      maxQueryDirectives: 100,
      maxQueryDepth: 20,
      maxQueryCost: 2_000,
      maxResultNodes: 1_000_000,
      maxResultValues: 10_000_000,
      shutdownTimeoutMs: 10_000,
      introspection: true,
      trustProxy: false,
      loginMaxFailuresPerAccount: 5,
      loginMaxFailuresPerAddress: 50,
      loginFailureWindowSeconds: 900,
      loginLockoutSeconds: 300,
      corsOrigins: 'localhost',
      live: { keepAliveMs: 15_000, maxSubscriptionsPerSocket: 100, queueLimit: 1_000, maxBufferedBytes: 4_194_304 },
    });
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('does not seed demo data on PostgreSQL unless asked, and is silent under test', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/backcast' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/backcast', SEED_DEMO: 'yes' }).seedDemo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
  });

  it('reads every setting from the environment', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PORT: '8080',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgresql://app@db:5432/backcast',
      DATA_DIR: '/var/lib/backcast',
      DB_POOL_SIZE: '25',
      MIGRATE_ON_START: 'false',
      SEED_DEMO: '0',
      JWT_SECRET: `  ${SECRET}  `,
      JWT_EXPIRES_IN: '15m',
      ADMIN_EMAIL: 'root@example.com',
      ADMIN_PASSWORD: 'long-enough-password',
      LOG_LEVEL: 'warn',
      BODY_LIMIT_BYTES: '2048',
      MAX_QUERY_TOKENS: '5000',
      MAX_QUERY_ALIASES: '0',
      MAX_QUERY_DIRECTIVES: '7',
      MAX_QUERY_DEPTH: '12',
      MAX_QUERY_COST: '1000',
      MAX_RESULT_NODES: '5000',
      MAX_RESULT_VALUES: '50000',
      SHUTDOWN_TIMEOUT_MS: '0',
      INTROSPECTION: 'true',
      TRUST_PROXY: 'loopback, 10.0.0.0/8',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '0',
      LOGIN_FAILURE_WINDOW_SECONDS: '60',
      LOGIN_LOCKOUT_SECONDS: '30',
      CORS_ORIGINS: 'https://app.example.com, http://localhost:5173/',
      READ_CACHE_MB: '16',
      WEB_CONCURRENCY: '3',
      LIVE_KEEPALIVE_MS: '0',
      LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET: '5',
      LIVE_QUEUE_LIMIT: '50',
      LIVE_MAX_BUFFERED_BYTES: '65536',
    });
    expect(config).toEqual({
      nodeEnv: 'production',
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgresql://app@db:5432/backcast',
      dataDir: '/var/lib/backcast',
      dbPoolSize: 25,
      migrateOnStart: false,
      seedDemo: false,
      jwtSecret: SECRET,
      jwtExpiresIn: '15m',
      adminEmail: 'root@example.com',
      adminPassword: 'long-enough-password',
      logLevel: 'warn',
      bodyLimitBytes: 2048,
      maxQueryTokens: 5000,
      maxQueryAliases: 0,
      maxQueryDirectives: 7,
      maxQueryDepth: 12,
      maxQueryCost: 1000,
      maxResultNodes: 5000,
      maxResultValues: 50_000,
      shutdownTimeoutMs: 0,
      introspection: true,
      trustProxy: ['loopback', '10.0.0.0/8'],
      loginMaxFailuresPerAccount: 3,
      loginMaxFailuresPerAddress: 0,
      loginFailureWindowSeconds: 60,
      loginLockoutSeconds: 30,
      corsOrigins: ['https://app.example.com', 'http://localhost:5173'],
      readCacheBytes: 16 * 1_048_576,
      processes: 3,
      live: { keepAliveMs: 0, maxSubscriptionsPerSocket: 5, queueLimit: 50, maxBufferedBytes: 65_536 },
    });
  });

  it('allows browser origins: localhost by default outside production, none in production, * when asked', () => {
    expect(loadConfig({}).corsOrigins).toBe('localhost');
    expect(loadConfig({ NODE_ENV: 'test' }).corsOrigins).toBe('localhost');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET }).corsOrigins).toEqual([]);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example' }).corsOrigins).toEqual(['https://a.example']);
  });

  it.each(['localhost:3000', 'https://app.example.com/path', 'ftp://files.example.com', '*, https://a.example'])(
    'refuses CORS_ORIGINS=%j',
    (raw) => {
      const problems = problemsOf({ CORS_ORIGINS: raw });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^CORS_ORIGINS must be \* or a comma-separated list of origins/);
    },
  );

  it('lists every problem at once, each naming its variable', () => {
    const env = {
      NODE_ENV: 'staging',
      PORT: 'abc',
      DATABASE_URL: 'mysql://localhost/backcast',
      DB_POOL_SIZE: '0',
      MIGRATE_ON_START: 'maybe',
      SEED_DEMO: 'perhaps',
      JWT_SECRET: 'short',
      JWT_EXPIRES_IN: 'forever',
      ADMIN_EMAIL: 'root@example.com',
      LOG_LEVEL: 'loud',
      BODY_LIMIT_BYTES: '10',
      MAX_QUERY_TOKENS: '99',
      MAX_QUERY_ALIASES: '-1',
      MAX_QUERY_DIRECTIVES: '1e3',
      MAX_QUERY_DEPTH: '1',
      MAX_QUERY_COST: 'ten',
      MAX_RESULT_NODES: '99',
      MAX_RESULT_VALUES: '0',
      SHUTDOWN_TIMEOUT_MS: '-1',
      INTROSPECTION: 'sometimes',
      TRUST_PROXY: 'every "proxy"',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '-1',
      LOGIN_MAX_FAILURES_PER_ADDRESS: 'many',
      LOGIN_FAILURE_WINDOW_SECONDS: '0',
      LOGIN_LOCKOUT_SECONDS: '1h',
      CORS_ORIGINS: 'not an origin',
    };
    const error = configError(env);
    const problems = error.problems;
    const named = ['ADMIN_EMAIL and ADMIN_PASSWORD', ...Object.keys(env).filter((name) => name !== 'ADMIN_EMAIL')];
    expect(problems).toHaveLength(named.length);
    for (const name of named) expect(problems.filter((p) => p.startsWith(`${name} `))).toHaveLength(1);
    for (const problem of problems) expect(error.message).toContain(problem);
    expect(problems.find((p) => p.startsWith('PORT '))).toBe('PORT must be an integer between 0 and 65535 (got "abc")');
  });

  it.each([
    ['JWT_SECRET unset', {}],
    ['JWT_SECRET blank', { JWT_SECRET: '   ' }],
    ['JWT_SECRET of 31 characters', { JWT_SECRET: 'x'.repeat(31) }],
  ])('refuses NODE_ENV=production with %s', (_case, env: Record<string, string>) => {
    expect(problemsOf({ NODE_ENV: 'production', ...env })).toEqual([
      'JWT_SECRET must be set to at least 32 characters when NODE_ENV=production',
    ]);
  });

  it('accepts NODE_ENV=production with a 32-character JWT_SECRET', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).jwtSecret).toBe('x'.repeat(32));
  });

  it('refuses a short JWT_SECRET outside production too', () => {
    expect(problemsOf({ JWT_SECRET: 'short' })).toEqual(['JWT_SECRET must be at least 32 characters long']);
  });

  it.each([
    ['0', 0],
    ['65535', 65535],
    [' 8080 ', 8080],
  ])('accepts PORT=%j', (raw, port) => {
    expect(loadConfig({ PORT: raw }).port).toBe(port);
  });

  it.each(['65536', '-1', '80.5', '1e3', '0x50', 'abc'])('refuses PORT=%j', (raw) => {
    expect(problemsOf({ PORT: raw })).toEqual([`PORT must be an integer between 0 and 65535 (got "${raw}")`]);
  });

  it('refuses ADMIN_PASSWORD without ADMIN_EMAIL, and a short one', () => {
    expect(problemsOf({ ADMIN_PASSWORD: 'long-enough-password' })).toEqual([
      'ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
    ]);
    expect(problemsOf({ ADMIN_EMAIL: 'root@example.com', ADMIN_PASSWORD: 'short' })).toEqual([
      'ADMIN_PASSWORD must be at least 8 characters long',
    ]);
    expect(problemsOf({ ADMIN_EMAIL: 'root@example.com', ADMIN_PASSWORD: 'x'.repeat(257) })).toEqual([
      'ADMIN_PASSWORD must be at most 256 characters long',
    ]);
  });

  it('turns introspection off by default in production only', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).introspection).toBe(true);
  });

  it.each([
    ['true', true],
    ['false', false],
    ['2', 2],
    ['127.0.0.1', ['127.0.0.1']],
  ])('reads TRUST_PROXY=%j', (raw, value) => {
    expect(loadConfig({ TRUST_PROXY: raw }).trustProxy).toEqual(value);
  });
});
