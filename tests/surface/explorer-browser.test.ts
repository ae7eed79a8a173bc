import 'reflect-metadata';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/setup/seed/demo.js';
import { TREE_QUERY } from '../../src/http/first-query.js';
import { ensureGraphiqlAssets } from '../../src/http/graphiql/assets.js';
import { createLogger } from '../../src/logger.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/** Debian's chromium (.ci/run installs it); browser downloads are impossible on this network. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser) {
  console.warn(
    `SKIPPED: the explorer browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH).`,
  );
}

/** Without the background-networking flags Chromium's own connections are refused on this closed network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const LOCAL_HOSTS = new Set(['127.0.0.1', '127.0.0.2', 'localhost', '[::1]']);

let t: TestApp;
let context: BrowserContext;
let profile: string;
/** Every request the browser made for a host that is not this machine (each was aborted). */
const outside: string[] = [];
/** Every request the browser made. */
const requested: string[] = [];

beforeAll(async () => {
  if (!hasBrowser) return;
  t = await createTestApp();
  await seedDemo(t.app.db, { id: t.users.ADMIN.id, role: 'ADMIN' }, createLogger({ logLevel: 'silent' }), []);
  await ensureGraphiqlAssets();
  profile = mkdtempSync(join(tmpdir(), 'backcast-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  // Offline on purpose: whatever wants the internet fails at once, and is recorded.
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    requested.push(url.href);
    if (LOCAL_HOSTS.has(url.hostname)) {
      await route.continue();
    } else {
      outside.push(url.href);
      await route.abort('internetdisconnected');
    }
  });
});

afterAll(async () => {
  if (!hasBrowser) return;
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
  await t?.close();
});

function editor(page: Page, kind: 'operation' | 'variables' | 'request-headers' | 'response') {
  return page.locator(`.monaco-editor[data-uri$="-${kind}.${kind === 'operation' ? 'graphql' : 'json'}"]`);
}

/** The visible text of an editor; Monaco renders spaces as no-break spaces. */
async function textOf(page: Page, kind: Parameters<typeof editor>[1]): Promise<string> {
  return (await editor(page, kind).innerText()).replace(/\u00a0/g, ' ');
}

/** A blank page served from another origin, to call the API from as a front end would. */
async function otherOrigin(host: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>front end</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // the browser keeps its connections open
      }),
  };
}

describe.skipIf(!hasBrowser)('the explorers and the API in a real browser (Chromium, offline)', () => {
  it('GraphiQL at /graphiql: a token in the headers editor, the prefilled tree query run, its answer on the page, nothing fetched from outside', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const before = requested.length;

    await page.goto(`${t.app.url}/graphiql`);
    await editor(page, 'request-headers').waitFor({ timeout: 20_000 });
    expect(await textOf(page, 'operation')).toContain('query Tree($id: UUID!, $asOf: DateTime)');

    // The variables hold the demo project's id.
    const [project] = (
      await t.run<{ projects: { edges: { node: { id: string; code: string } }[] } }, undefined>(
        '{ projects { edges { node { id code } } } }',
      )
    ).projects.edges;
    expect(project?.node.code).toBe('CHP-120');
    await page.getByRole('button', { name: 'Variables' }).click();
    await expect.poll(() => textOf(page, 'variables')).toContain(project?.node.id);

    // Paste the token into the headers editor, as a person would.
    await page.getByRole('button', { name: 'Headers' }).click();
    await editor(page, 'request-headers').click();
    await page.keyboard.press('ControlOrMeta+A');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.app.url });
    const headers = JSON.stringify({ Authorization: `Bearer ${t.users.VIEWER.token}` });
    // Runs in the page (the tests' TypeScript has no DOM types).
    await page.evaluate(
      (text) =>
        (
          globalThis as unknown as { navigator: { clipboard: { writeText(t: string): Promise<void> } } }
        ).navigator.clipboard.writeText(text),
      headers,
    );
    await page.keyboard.press('ControlOrMeta+V');
    await expect.poll(() => textOf(page, 'request-headers')).toContain(t.users.VIEWER.token.slice(0, 40));

    // Two operations in the document: the run button asks which one.
    await page.locator('.graphiql-execute-button').click();
    await page.getByRole('menuitem', { name: 'Tree' }).click();

    const expected = await t.run<{ project: { code: string; budget: string } }, { id: string; asOf: null }>(
      TREE_QUERY,
      { id: project?.node.id ?? '', asOf: null },
      t.users.VIEWER.token,
    );
    await expect.poll(() => textOf(page, 'response'), { timeout: 20_000 }).toContain('"code": "CHP-120"');
    const answer = await textOf(page, 'response');
    expect(answer).toContain(`"budget": "${expected.project.budget}"`);
    expect(answer).not.toContain('"errors"');

    const mine = requested.slice(before);
    expect(mine.some((url) => url.includes('/graphiql/assets/graphiql.js'))).toBe(true);
    expect(mine.some((url) => url.endsWith('/graphql'))).toBe(true);
    for (const worker of page.workers()) expect(new URL(worker.url()).host).toBe(new URL(t.app.url).host);
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('Apollo Sandbox at /graphql offline: its fallback links to the local GraphiQL, and the link works', async () => {
    const page = await context.newPage();
    outside.length = 0;
    await page.goto(t.url);
    // Sandbox itself comes from Apollo's CDN, which this browser cannot reach.
    await expect.poll(() => outside.some((url) => url.includes('apollographql.com'))).toBe(true);
    const link = page.getByRole('link', { name: 'GraphiQL at /graphiql' });
    await link.click({ timeout: 10_000 });
    await page.waitForURL(`${t.app.url}/graphiql`);
    await editor(page, 'operation').waitFor({ timeout: 20_000 });
    outside.length = 0;
    await page.close();
  }, 120_000);

  it('the start page at / leads to both explorers', async () => {
    const page = await context.newPage();
    await page.goto(`${t.app.url}/`);
    await page.getByRole('link', { name: 'GraphiQL' }).click();
    await page.waitForURL(`${t.app.url}/graphiql`);
    await page.goto(`${t.app.url}/`);
    expect(await page.getByRole('link', { name: 'Apollo Sandbox' }).getAttribute('href')).toBe('/graphql');
    expect(outside).toEqual([]);
    await page.close();
  }, 120_000);

  it('a page on another localhost origin calls the API with a token (CORS preflight); a non-localhost origin is refused', async () => {
    const call = (page: Page) =>
      page.evaluate(
        async ({ url, token }) => {
          try {
            const response = await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify({ query: '{ me { email } }' }),
            });
            return { body: (await response.json()) as unknown, requestId: response.headers.get('x-request-id') };
          } catch (error) {
            return { error: String(error) };
          }
        },
        { url: t.url, token: t.users.EDITOR.token },
      );
    const allowed = await otherOrigin('127.0.0.1');
    const refused = await otherOrigin('127.0.0.2');
    try {
      const page = await context.newPage();
      await page.goto(allowed.url);
      const ok = await call(page);
      expect(ok).toMatchObject({ body: { data: { me: { email: t.users.EDITOR.email } } } });
      expect('requestId' in ok && ok.requestId).toMatch(/^[0-9a-f-]{36}$/);
      await page.goto(refused.url);
      expect(await call(page)).toEqual({ error: 'TypeError: Failed to fetch' });
      await page.close();
    } finally {
      await Promise.all([allowed.close(), refused.close()]);
    }
  }, 120_000);
});
