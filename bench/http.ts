import http from 'node:http';

/** One GraphQL round trip as the benchmark sees it. */
export interface Exchange {
  status: number;
  ms: number;
  /** SQL statements the server issued for it (x-sql-statements). */
  statements: number;
  body: string;
}

/**
 * A lean GraphQL client on node:http with keep-alive: the server runs in the benchmark's own
 * process, so the client must cost as little as possible (no JSON parsing on timed requests).
 */
export class GraphQLClient {
  // Idle sockets are dropped before the server's 5 s keep-alive timeout would close them under us.
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64, timeout: 3_000 });
  private token: string | null = null;

  constructor(private readonly endpoint: URL) {}

  async post(query: string, variables: Record<string, unknown>): Promise<Exchange> {
    try {
      return await this.send(query, variables);
    } catch (error) {
      // A kept-alive socket the server closed meanwhile: the request never reached it, send it again.
      if (error instanceof Error && 'code' in error && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) {
        return this.send(query, variables);
      }
      throw error;
    }
  }

  private send(query: string, variables: Record<string, unknown>): Promise<Exchange> {
    const payload = Buffer.from(JSON.stringify({ query, variables }));
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json', 'content-length': payload.length };
    if (this.token !== null) headers['authorization'] = `Bearer ${this.token}`;
    const started = process.hrtime.bigint();
    return new Promise((resolve, reject) => {
      const request = http.request(this.endpoint, { method: 'POST', agent: this.agent, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            ms: Number(process.hrtime.bigint() - started) / 1e6,
            statements: Number(response.headers['x-sql-statements'] ?? Number.NaN),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      });
      request.on('error', reject);
      request.end(payload);
    });
  }

  /** Posts and fails on any GraphQL error; cheap enough for timed loops. */
  async expectOk(query: string, variables: Record<string, unknown>): Promise<Exchange> {
    const exchange = await this.post(query, variables);
    if (exchange.status !== 200 || !exchange.body.startsWith('{"data"') || exchange.body.includes('"errors":[')) {
      throw new Error(`GraphQL request failed (${exchange.status}): ${exchange.body.slice(0, 500)}`);
    }
    return exchange;
  }

  /** Posts and returns the parsed `data`, for untimed checks. */
  async data(query: string, variables: Record<string, unknown>): Promise<unknown> {
    const exchange = await this.expectOk(query, variables);
    const parsed: unknown = JSON.parse(exchange.body);
    return typeof parsed === 'object' && parsed !== null && 'data' in parsed ? parsed.data : null;
  }

  /** The token of the last login (a WebSocket client presents it in connection_init). */
  currentToken(): string {
    if (this.token === null) throw new Error('not logged in');
    return this.token;
  }

  async login(email: string, password: string): Promise<void> {
    const data = await this.data(
      'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      {
        email,
        password,
      },
    );
    const token = field(field(data, 'login'), 'token');
    if (typeof token !== 'string') throw new Error('login returned no token');
    this.token = token;
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Reads a property of an unknown JSON value (undefined when absent). */
export function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  const found: unknown = Reflect.get(value, key);
  return found;
}
