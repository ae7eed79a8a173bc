import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TREE_QUERY } from '../../src/http/first-query.js';
import { ROOT, runEntry, type Running } from '../helpers/processes.js';

const workspace = mkdtempSync(join(tmpdir(), 'backcast-first-run-'));
const dataDir = join(workspace, 'data');

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

/** The default configuration (embedded engine, demo data) on a fresh folder and a free port. */
/** The guide is complete once its last line, the tree query's curl, is out. */
const GUIDE_PRINTED = /First query[\s\S]*?-d '\{"query":"query Tree[^\n]*\n/;

const ENV = { NODE_ENV: 'development', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' };

interface Guide {
  api: string;
  graphiql: string;
  logins: { email: string; role: string; password: string }[];
  projectId: string | null;
  curl: string;
}

/** Reads the plain-text guide the server printed. */
function parseGuide(stdout: string): Guide {
  const start = stdout.indexOf('Backcast EVS is ready');
  expect(start, stdout).toBeGreaterThanOrEqual(0);
  const text = stdout.slice(start);
  const api = /^ {4}API {7}(\S+)/m.exec(text)?.[1] ?? '';
  const graphiql = /^ {4}GraphiQL {2}(\S+)/m.exec(text)?.[1] ?? '';
  const logins = [...text.matchAll(/^ {4}(\S+@\S+) +(ADMIN|MANAGER|EDITOR|VIEWER) +(\S+)$/gm)].map((m) => ({
    email: m[1] ?? '',
    role: m[2] ?? '',
    password: m[3] ?? '',
  }));
  const projectId = /^ {2}Project CHP-120: (\S+)$/m.exec(text)?.[1] ?? null;
  const curl = (text.split('First query (paste into a shell; the README explains it):\n\n')[1] ?? '')
    .split('\n\n')[0]
    ?.replace(/^ {4}/gm, '');
  return { api, graphiql, logins, projectId, curl: curl ?? '' };
}

/** Pastes a script into a shell, as a person would. */
function paste(script: string): string {
  return execFileSync('bash', ['-euo', 'pipefail', '-c', script], { encoding: 'utf8', timeout: 30_000 });
}

async function graphql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
}

/** The README's "First query" curl block, exactly as written. */
function readmeCurl(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## First query'), readme.indexOf('## PostgreSQL'));
  const block = /```bash\n([\s\S]*?)```/.exec(section)?.[1];
  expect(block).toBeDefined();
  return block ?? '';
}

describe('the first run (npm start on a fresh folder, default configuration)', () => {
  let server: Running;
  let guide: Guide;

  it('prints a plain-text guide: the URLs, all four demo logins with passwords, the demo project id, a first query', async () => {
    server = runEntry('src/main.ts', [], ENV);
    await server.waitFor(GUIDE_PRINTED, 50_000);
    guide = parseGuide(server.stdout());
    expect(guide.api).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(guide.graphiql).toBe(guide.api.replace(/\/graphql$/, '/graphiql'));
    expect(guide.logins.map((l) => `${l.email} ${l.role}`)).toEqual([
      'admin@backcast.local ADMIN',
      'manager@backcast.local MANAGER',
      'editor@backcast.local EDITOR',
      'viewer@backcast.local VIEWER',
    ]);
    expect(guide.projectId).toMatch(/^[0-9a-f-]{36}$/);
    // The JSON logs go on beside the guide, and no password reaches them.
    await server.waitFor(/"msg":"Backcast EVS is listening"/);
    const logs = server
      .stdout()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(logs.some((line) => line.includes('"Backcast EVS is listening"'))).toBe(true);
    for (const login of guide.logins) expect(logs.join('\n')).not.toContain(login.password);
  }, 180_000);

  it('prints logins that work, each with its role', async () => {
    for (const login of guide.logins) {
      const answer = await graphql(
        guide.api,
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token user { role } } }',
        { email: login.email, password: login.password },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.['login']).toMatchObject({ user: { role: login.role } });
    }
  });

  it("prints a curl that, pasted into a shell, answers the README's tree query for the demo project", async () => {
    const answer = JSON.parse(paste(guide.curl)) as { data: { project: { code: string; budget: string } } };
    const token = (
      (await graphql(guide.api, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
        e: 'viewer@backcast.local',
        p: guide.logins.find((l) => l.role === 'VIEWER')?.password,
      })) as { data: { login: { token: string } } }
    ).data.login.token;
    const expected = await graphql(guide.api, TREE_QUERY, { id: guide.projectId, asOf: null }, token);
    expect(answer).toEqual(expected);
    expect(answer.data.project.code).toBe('CHP-120');
  });

  it('answers the README\'s "First query" curl, pasted as written with the printed password and this port', async () => {
    const admin = guide.logins.find((l) => l.role === 'ADMIN');
    const script = readmeCurl()
      .replace('API=http://localhost:4000/graphql', `API=${guide.api}`)
      .replace("PASSWORD='<the admin password printed at the first start>'", `PASSWORD='${admin?.password}'`);
    expect(script).toContain(`API=${guide.api}`);
    expect(script).toContain(`PASSWORD='${admin?.password}'`);
    const answer = JSON.parse(paste(script)) as {
      data: { project: { code: string; wbes: unknown[] } };
      errors?: unknown;
    };
    expect(answer.errors).toBeUndefined();
    expect(answer.data.project.code).toBe('CHP-120');
    expect(answer.data.project.wbes.length).toBeGreaterThan(0);
    // The README shows the same document the explorers and the guide use.
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(TREE_QUERY);
  });

  it('stops on SIGTERM, and on the next start prints the guide again without passwords', async () => {
    expect(await server.stop()).toBe(0);
    const again = runEntry('src/main.ts', [], ENV);
    try {
      await again.waitFor(GUIDE_PRINTED, 50_000);
      const next = parseGuide(again.stdout());
      expect(next.logins).toEqual([]);
      expect(next.projectId).toBe(guide.projectId);
      expect(next.curl).toContain("PASSWORD='<the password printed at the first start>'");
      for (const login of guide.logins) expect(again.output()).not.toContain(login.password);
    } finally {
      expect(await again.stop()).toBe(0);
    }
  }, 180_000);
});

describe('.env', () => {
  it('is loaded from the working folder before the configuration is read, and the environment wins over it', async () => {
    const folder = join(workspace, 'with-env');
    rmSync(folder, { recursive: true, force: true });
    execFileSync('mkdir', ['-p', folder]);
    writeFileSync(
      join(folder, '.env'),
      ['# settings for this folder', 'DATA_DIR=./from-dot-env', 'HOST=127.0.0.2', 'SEED_DEMO=false', 'PORT=0', ''].join(
        '\n',
      ),
    );
    // HOST is also set in the environment: that value must win.
    const run = runEntry(
      'src/main.ts',
      [],
      { NODE_ENV: 'development', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      { cwd: folder },
    );
    try {
      await run.waitFor(/First query/, 60_000);
      expect(run.stdout()).toContain('embedded database in ./from-dot-env');
      expect(run.stdout()).toMatch(/API {7}http:\/\/127\.0\.0\.1:\d+\/graphql/);
    } finally {
      const code = await run.stop();
      if (code !== 0) console.log(run.output());
      expect(code).toBe(0);
    }
  }, 180_000);
});
