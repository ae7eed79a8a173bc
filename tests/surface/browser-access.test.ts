import 'reflect-metadata';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corsAccess } from '../../src/http/browser-access.js';
import { OFFLINE_HINT } from '../../src/http/landing-page.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let listed: TestApp;

beforeAll(async () => {
  [t, listed] = await Promise.all([createTestApp(), createTestApp({ corsOrigins: ['https://app.example.com'] })]);
});

afterAll(async () => {
  await Promise.all([t.close(), listed.close()]);
});

const ME = JSON.stringify({ query: '{ me { email } }' });

function preflight(url: string, origin: string, headers = 'authorization,content-type'): Promise<Response> {
  return fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
  });
}

function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

describe('CORS (CORS_ORIGINS; localhost origins by default outside production)', () => {
  it.each(['http://localhost:5173', 'http://127.0.0.1:8080', 'http://[::1]:3000', 'http://localhost'])(
    'answers the preflight of %s with the headers a front end sends',
    async (origin) => {
      const response = await preflight(t.url, origin, 'authorization,content-type,apollo-require-preflight');
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      const allowed = response.headers.get('access-control-allow-headers')?.split(',') ?? [];
      for (const header of ['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name']) {
        expect(allowed).toContain(header);
      }
      expect(response.headers.get('access-control-allow-methods')).toContain('POST');
      expect(response.headers.get('access-control-max-age')).toBe('600');
    },
  );

  it('lets an allowed origin read the answer, the request id and the timing', async () => {
    const response = await post(t.url, ME, {
      origin: 'http://localhost:5173',
      authorization: `Bearer ${t.users.ADMIN.token}`,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('vary')).toMatch(/origin/i);
    expect(response.headers.get('access-control-expose-headers')?.split(',')).toEqual([
      'x-request-id',
      'server-timing',
    ]);
    expect(((await response.json()) as { data: { me: { email: string } } }).data.me.email).toBe(t.users.ADMIN.email);
  });

  it.each(['https://evil.example', 'http://localhost.evil.example', 'http://127.0.0.2:3000', 'null'])(
    'gives %s no CORS headers (the browser then refuses the answer)',
    async (origin) => {
      const pre = await preflight(t.url, origin);
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
      const response = await post(t.url, ME, { origin });
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    },
  );

  it('allows exactly the configured origins when CORS_ORIGINS is a list', async () => {
    const ok = await preflight(listed.url, 'https://app.example.com');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    for (const origin of ['http://localhost:5173', 'https://app.example.com.evil.example', 'http://app.example.com']) {
      expect((await preflight(listed.url, origin)).headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('answers any origin with * when CORS_ORIGINS=*', async () => {
    const app = express().use(corsAccess('*'), (_req, res) => {
      res.json({ ok: true });
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const response = await preflight(url, 'https://anywhere.example');
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('security headers (helmet)', () => {
  it.each(['/', '/graphiql'])(
    'sends a local-only Content-Security-Policy and the standard headers on %s',
    async (path) => {
      const response = await fetch(`${t.app.url}${path}`);
      expect(response.status).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("worker-src 'self'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(csp).not.toMatch(/https?:\/\//);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
    },
  );

  it("leaves the landing page's own nonce policy in charge of scripts on /graphql, and adds what a meta tag cannot", async () => {
    const response = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('script-src');
    expect(csp).not.toContain('default-src');
    const html = await response.text();
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-/);
    expect(html).toContain(OFFLINE_HINT);
  });
});

describe('Server-Timing', () => {
  it('reports the total and the database time with its statement count on GraphQL requests', async () => {
    const response = await post(t.url, ME, { authorization: `Bearer ${t.users.ADMIN.token}` });
    const timing = response.headers.get('server-timing') ?? '';
    const match = /^total;dur=(\d+\.\d), db;dur=(\d+\.\d);desc="(\d+) statements"$/.exec(timing);
    expect(match, timing).not.toBeNull();
    expect(Number(match?.[1])).toBeGreaterThan(0);
    expect(Number(match?.[2])).toBeGreaterThan(0);
    expect(Number(match?.[3])).toBeGreaterThanOrEqual(1);
  });

  it('reports the total on every other response', async () => {
    for (const path of ['/health', '/', '/nowhere']) {
      const response = await fetch(`${t.app.url}${path}`);
      expect(response.headers.get('server-timing')).toMatch(/^total;dur=\d+\.\d$/);
    }
  });
});

describe('the request id in every error', () => {
  const cases: [string, () => Promise<Response>, number][] = [
    ['a resolver error (UNAUTHENTICATED)', () => post(t.url, ME), 200],
    ['a parse error', () => post(t.url, JSON.stringify({ query: '{ me { email ' })), 400],
    ['a validation error', () => post(t.url, JSON.stringify({ query: '{ nothing }' })), 400],
    ['a request without a query', () => post(t.url, JSON.stringify({ variables: {} })), 400],
    ['a CSRF refusal', () => fetch(`${t.url}?query=%7B__typename%7D`), 400],
    ['a body that is not JSON', () => post(t.url, '{not json'), 400],
    [
      'a body over the limit',
      () => post(t.url, JSON.stringify({ query: `{ me { email } } #${'x'.repeat(1_100_000)}` })),
      413,
    ],
  ];

  it.each(cases)('names the request of %s in extensions.requestId and in x-request-id', async (_name, send, status) => {
    const response = await send();
    expect(response.status).toBe(status);
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors.length).toBeGreaterThan(0);
    for (const error of body.errors) expect(error.extensions['requestId']).toBe(requestId);
  });

  it("keeps the caller's own request id", async () => {
    const response = await post(t.url, ME, { 'x-request-id': 'trace-abc.123' });
    expect(response.headers.get('x-request-id')).toBe('trace-abc.123');
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions['requestId']).toBe('trace-abc.123');
  });

  it('puts no request id into successful answers', async () => {
    const response = await post(t.url, ME, { authorization: `Bearer ${t.users.ADMIN.token}` });
    expect(await response.json()).toEqual({ data: { me: { email: t.users.ADMIN.email } } });
  });
});
