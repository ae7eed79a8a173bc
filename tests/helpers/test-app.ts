import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { bootstrap, type App } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { Sql } from '../../src/db/sql.js';
import { insertUser } from '../../src/domain/user/user.service.js';
import type { Role } from '../../src/auth/roles.js';
import type { Logger } from '../../src/logger.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export const TEST_PASSWORD = 'correct-horse-battery';

export interface GraphQLResponse<T> {
  status: number;
  data: T | null | undefined;
  errors:
    | { message: string; extensions?: { code?: string } & Record<string, unknown>; path?: (string | number)[] }[]
    | undefined;
  headers: Headers;
  /** SQL statements the request took (x-sql-statements). */
  statements: number;
}

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  token: string;
}

/** The real server on a fresh database, listening on a random local port. */
export interface TestApp {
  app: App;
  url: string;
  sql: Sql;
  users: Record<Role, TestUser>;
  /** POSTs an operation; `token: null` sends no Authorization header. */
  request<T, V>(
    document: TypedDocumentNode<T, V> | string,
    variables?: V,
    options?: { token?: string | null; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  /** Like request, but fails the test on errors and returns data. */
  run<T, V>(document: TypedDocumentNode<T, V> | string, variables?: V, token?: string | null): Promise<T>;
  close(): Promise<void>;
}

/** `logger` replaces the configured one (to read what the server logs). */
export async function createTestApp(
  overrides: Partial<Config> = {},
  options: { logger?: Logger } = {},
): Promise<TestApp> {
  const database: TestDatabase = await createTestDatabase();
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'test-secret-of-at-least-thirty-two-characters' }),
    databaseUrl: database.url,
    dataDir: ':memory:',
    port: 0,
    host: '127.0.0.1',
    seedDemo: false,
    dbPoolSize: 30,
    ...overrides,
  };
  let app: App;
  try {
    app = await bootstrap(config, options);
  } catch (error) {
    await database.drop();
    throw error;
  }
  const sql = new Sql(app.db.em.fork());
  const url = `${app.url}/graphql`;

  async function request<T, V>(
    document: TypedDocumentNode<T, V> | string,
    variables?: V,
    options: { token?: string | null; headers?: Record<string, string> } = {},
  ): Promise<GraphQLResponse<T>> {
    const query = typeof document === 'string' ? document : print(document);
    const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
    const token = options.token === undefined ? users.ADMIN.token : options.token;
    if (token !== null) headers['authorization'] = `Bearer ${token}`;
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const text = await response.text();
    let body: { data?: T | null; errors?: GraphQLResponse<T>['errors'] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = { errors: [{ message: text }] };
    }
    return {
      status: response.status,
      data: body.data,
      errors: body.errors,
      headers: response.headers,
      statements: Number(response.headers.get('x-sql-statements') ?? 'NaN'),
    };
  }

  async function run<T, V>(
    document: TypedDocumentNode<T, V> | string,
    variables?: V,
    token?: string | null,
  ): Promise<T> {
    const result = await request(document, variables, token === undefined ? {} : { token });
    if (result.errors !== undefined || result.data === null || result.data === undefined) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  const users = {} as Record<Role, TestUser>;
  for (const role of ['ADMIN', 'MANAGER', 'EDITOR', 'VIEWER'] as const) {
    const email = `${role.toLowerCase()}@test.local`;
    const profile = await insertUser(sql, { email, password: TEST_PASSWORD, fullName: `Test ${role}`, role }, null);
    const login = await request<{ login: { token: string } }, { email: string; password: string }>(
      'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password: TEST_PASSWORD },
      { token: null },
    );
    const token = login.data?.login.token;
    if (token === undefined) throw new Error(`login failed for ${email}: ${JSON.stringify(login.errors)}`);
    users[role] = { id: profile.id, email, role, token };
  }

  return {
    app,
    url,
    sql,
    users,
    request,
    run,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
