import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FloorVariant, SqlFloor } from './floor.js';

/**
 * The HTTP floor: the SQL floor's tree behind a bare node:http server (no framework, no
 * GraphQL, one JSON.stringify of the assembled tree), so that the API is compared with the
 * least any HTTP server could do for the same answer, socket and serialization included.
 * It takes the bench client's request body ({ variables: { id, branch, asOf } }) and answers
 * `{"data":…}`, so the very same client code times both.
 */
export interface FloorServer {
  url: URL;
  close(): Promise<void>;
}

interface TreeRequest {
  id: string;
  branch: string;
  asOf: Date;
}

function parseRequest(body: string): TreeRequest | null {
  const parsed: unknown = JSON.parse(body);
  if (typeof parsed !== 'object' || parsed === null || !('variables' in parsed)) return null;
  const variables: unknown = parsed.variables;
  if (typeof variables !== 'object' || variables === null) return null;
  const { id, branch, asOf } = variables as Record<string, unknown>;
  if (typeof id !== 'string' || typeof branch !== 'string' || typeof asOf !== 'string') return null;
  return { id, branch, asOf: new Date(asOf) };
}

export async function startFloorServer(floor: SqlFloor, variant: FloorVariant): Promise<FloorServer> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const answer = async (): Promise<string> => {
        const request = parseRequest(Buffer.concat(chunks).toString('utf8'));
        if (request === null) throw new Error('expected { variables: { id, branch, asOf } }');
        const tree = await floor.read(request.id, request.branch, request.asOf, variant);
        return JSON.stringify({ data: { project: tree } });
      };
      answer().then(
        (body) => {
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
          res.end(body);
        },
        (error: unknown) => {
          const body = JSON.stringify({
            errors: [{ message: error instanceof Error ? error.message : String(error) }],
          });
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(body);
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}/tree`),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}
