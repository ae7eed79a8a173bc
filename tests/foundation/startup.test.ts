import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'backcast-startup-'));

interface Exit {
  code: number | null;
  output: string;
}

/**
 * Runs the real entry point with exactly `env` (plus PATH and HOME). `onListening` is called
 * with the URL once the process says it is listening; it is killed after `timeoutMs`.
 */
function start(
  env: Record<string, string>,
  onListening?: (url: string, stop: () => void) => void,
  timeoutMs = 30_000,
): Promise<Exit> {
  return new Promise((done, fail) => {
    // node_modules/.bin/tsx, run by the same node as the tests (the shebang would take the first node on PATH).
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/main.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? '',
        DATA_DIR: dataDir,
        SEED_DEMO: 'false',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /"url":"([^"]+)\/graphql".*Backcast EVS is listening/.exec(output)?.[1];
      if (url !== undefined && onListening !== undefined) {
        const callback = onListening;
        onListening = undefined;
        callback(url, () => child.kill('SIGTERM'));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the process did not exit within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on('error', fail);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

describe('process start', () => {
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with a valid configuration, answers /health, and exits with code 0 on SIGTERM (control)', async () => {
    let health: number | null = null;
    const exit = await start(
      { NODE_ENV: 'development', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
      (url, stop) => {
        void fetch(`${url}/health`)
          .then((response) => (health = response.status))
          .finally(stop);
      },
    );
    expect(health).toBe(200);
    expect(exit.code).toBe(0);
    expect(exit.output).toContain('shutting down');
  });

  it('exits with code 1 and names the problem when NODE_ENV=production has no JWT_SECRET', async () => {
    const exit = await start({ NODE_ENV: 'production', PORT: '0' });
    expect(exit.code).toBe(1);
    expect(exit.output).toContain('Invalid configuration');
    expect(exit.output).toContain('JWT_SECRET must be set to at least 32 characters when NODE_ENV=production');
  });

  it('exits with code 1 and names the problem for PORT=abc', async () => {
    const exit = await start({ NODE_ENV: 'development', PORT: 'abc' });
    expect(exit.code).toBe(1);
    expect(exit.output).toContain('PORT must be an integer between 0 and 65535 (got "abc")');
  });
});
