import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { TestApp } from '../../helpers/test-app.js';
import { selectionFor, type FuzzRequest } from './requests.js';
import { Known } from './values.js';

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** The ids and branch names the run has seen, by pool (GraphQL type name, `branch`, `any`). */
export class World {
  private readonly pools = new Map<string, string[]>();
  constructor(private readonly excluded: ReadonlySet<string>) {}

  add(pool: string, value: string): void {
    if (this.excluded.has(value)) return;
    const values = this.pools.get(pool) ?? [];
    if (!values.includes(value)) values.push(value);
    this.pools.set(pool, values);
  }

  pick(ref: Known): string {
    const values = this.pools.get(ref.pool) ?? [];
    if (values.length === 0) return ref.pool === 'branch' ? 'main' : randomUUID();
    return values[ref.n % values.length] ?? 'main';
  }

  /** Replaces every Known in a generated value by a real id. */
  resolve(value: unknown): unknown {
    if (value instanceof Known) return this.pick(value);
    if (Array.isArray(value)) return value.map((v) => this.resolve(v));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.resolve(v)]));
    }
    return value;
  }

  /** Learns the ids (and branch names) of every object an answer holds. */
  harvest(data: unknown): void {
    if (Array.isArray(data)) {
      for (const item of data) this.harvest(item);
      return;
    }
    if (typeof data !== 'object' || data === null) return;
    const record = data as Record<string, unknown>;
    const type = record['__typename'];
    if (typeof type === 'string' && typeof record['id'] === 'string') {
      this.add(type, record['id']);
      if (type !== 'User' && type !== 'Commit') this.add('any', record['id']);
    }
    if (type === 'Branch' && typeof record['name'] === 'string') this.add('branch', record['name']);
    for (const value of Object.values(record)) this.harvest(value);
  }
}

/** A GraphQL literal for a generated value; enum-typed strings that are names go bare. */
export function literal(value: unknown, type: GraphQLInputType | null): string {
  if (value === null || value === undefined) return 'null';
  const nullable = type === null ? null : getNullableType(type);
  if (Array.isArray(value)) {
    const item = nullable !== null && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : null;
    return `[${value.map((v) => literal(v, item)).join(', ')}]`;
  }
  const named = type === null ? null : getNamedType(type);
  switch (typeof value) {
    case 'string':
      return named !== null && isEnumType(named) && NAME.test(value) && !['true', 'false', 'null'].includes(value)
        ? value
        : JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : '0';
    case 'boolean':
      return String(value);
    case 'object': {
      const fields = named !== null && isInputObjectType(named) ? named.getFields() : {};
      const entries = Object.entries(value as Record<string, unknown>).filter(([key]) => NAME.test(key));
      return `{${entries.map(([key, v]) => `${key}: ${literal(v, fields[key]?.type ?? null)}`).join(', ')}}`;
    }
    default:
      return 'null';
  }
}

/** The document and variables of a request, against the schema. */
export function documentFor(
  schema: GraphQLSchema,
  request: FuzzRequest,
  args: Record<string, unknown>,
): { query: string; variables: Record<string, unknown>; operationName?: string } {
  const rootType = request.root === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const field = rootType?.getFields()[request.field];
  if (field === undefined) throw new Error(`no root field ${request.field}`);
  const definitions: string[] = [];
  const written: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (!(arg.name in args)) continue;
    if (request.inline) {
      written.push(`${arg.name}: ${literal(args[arg.name], arg.type)}`);
    } else {
      definitions.push(`$${arg.name}: ${String(arg.type)}`);
      written.push(`${arg.name}: $${arg.name}`);
      variables[arg.name] = args[arg.name];
    }
  }
  const head = definitions.length === 0 ? '' : `(${definitions.join(', ')})`;
  const call = written.length === 0 ? '' : `(${written.join(', ')})`;
  const body = `Fuzz${head} { ${request.field}${call} ${selectionFor(getNamedType(field.type))} }`;
  switch (request.envelope) {
    case 'plain':
      return { query: `${request.root} ${body}`, variables };
    case 'second-operation':
      return { query: `${request.root} ${body} query Extra { __typename }`, variables };
    case 'unknown-name':
      return { query: `${request.root} ${body}`, variables, operationName: 'Missing' };
    case 'as-subscription':
      return { query: `subscription ${body}`, variables };
  }
}

export interface Outcome {
  request: FuzzRequest;
  query: string;
  variables: Record<string, unknown>;
  status: number;
  codes: (string | undefined)[];
  body: string;
  ms: number;
}

/** Sends one request over HTTP as its role and learns the ids of what it answers. */
export async function send(t: TestApp, schema: GraphQLSchema, world: World, request: FuzzRequest): Promise<Outcome> {
  const { query, variables, operationName } = documentFor(
    schema,
    request,
    world.resolve(request.args) as Record<string, unknown>,
  );
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (request.as === 'forged') {
    headers['authorization'] =
      `Bearer ${jwt.sign({}, 'not-the-server-secret-but-long-enough-000', { subject: randomUUID(), expiresIn: 60 })}`;
  } else if (request.as !== 'anonymous') {
    headers['authorization'] = `Bearer ${t.users[request.as].token}`;
  }
  const started = performance.now();
  const response = await fetch(t.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables, ...(operationName === undefined ? {} : { operationName }) }),
  });
  const body = await response.text();
  let codes: (string | undefined)[] = ['UNPARSABLE_RESPONSE'];
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    codes = (parsed.errors ?? []).map((e) => e.extensions?.code);
    world.harvest(parsed.data);
  } catch {
    // Reported as UNPARSABLE_RESPONSE.
  }
  return { request, query, variables, status: response.status, codes, body, ms: performance.now() - started };
}

/** A failing outcome, short enough to read in a test report and to paste into a regression. */
export function describeOutcome(outcome: Outcome): string {
  const variables = JSON.stringify(outcome.variables, (_key, value: unknown) =>
    typeof value === 'string' && value.length > 200 ? `${value.slice(0, 60)}…(${value.length} chars)` : value,
  );
  return [
    `as ${outcome.request.as}: HTTP ${outcome.status} ${JSON.stringify(outcome.codes)}`,
    `  query: ${outcome.query.length > 600 ? `${outcome.query.slice(0, 600)}…` : outcome.query}`,
    `  variables: ${variables.length > 600 ? `${variables.slice(0, 600)}…` : variables}`,
    `  answer: ${outcome.body.slice(0, 400)}`,
  ].join('\n');
}
