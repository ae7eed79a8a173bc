import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { explainDataFolderFailure } from '../../src/db/data-folder-errors.js';
import { DataFolderLockedError, LOCK_FILE, lockDataFolder, type LockHolder } from '../../src/db/data-folder-lock.js';
import { runCli, runEntry } from '../helpers/processes.js';

const workspace = mkdtempSync(join(tmpdir(), 'backcast-data-folder-'));

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

let folders = 0;
function freshFolder(): string {
  folders += 1;
  return join(workspace, `data-${folders}`);
}

/** The pid of a process that has exited: a crashed holder. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

function writeLock(dir: string, holder: Partial<LockHolder> | string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, LOCK_FILE), typeof holder === 'string' ? holder : JSON.stringify(holder));
}

function readLock(dir: string): LockHolder {
  return JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as LockHolder;
}

describe('the data folder lock (src/db/data-folder-lock.ts)', () => {
  it('is held by one taker at a time and released on request', () => {
    const dir = freshFolder();
    const lock = lockDataFolder(dir, 'server');
    expect(readLock(dir)).toMatchObject({ pid: process.pid, host: hostname(), purpose: 'server' });
    let refusal: unknown;
    try {
      lockDataFolder(dir, 'npm run migrate:down');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataFolderLockedError);
    expect((refusal as Error).message).toContain(`in use by process ${process.pid} (server, since `);
    expect((refusal as Error).message).toContain(`delete ${join(dir, LOCK_FILE)}`);
    lock.release();
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockDataFolder(dir, 'again').release();
  });

  it('takes over a lock whose process is gone (a crashed server), and an unreadable one', () => {
    const dir = freshFolder();
    writeLock(dir, { pid: deadPid(), host: hostname(), purpose: 'server', since: '2026-01-01T00:00:00.000Z' });
    const lock = lockDataFolder(dir, 'npm run seed');
    expect(readLock(dir)).toMatchObject({ pid: process.pid, purpose: 'npm run seed' });
    lock.release();
    writeLock(dir, '{"pid": 12');
    lockDataFolder(dir, 'after a torn write').release();
  });

  it("refuses a live process's lock, and one from another host whose process it cannot check", () => {
    const dir = freshFolder();
    writeLock(dir, { pid: process.ppid, host: hostname(), purpose: 'server', since: 'now' });
    expect(() => lockDataFolder(dir, 'cli')).toThrow(`in use by process ${process.ppid} (server, since now)`);
    writeLock(dir, { pid: deadPid(), host: 'elsewhere', purpose: 'server', since: 'now' });
    expect(() => lockDataFolder(dir, 'cli')).toThrow('on host elsewhere');
  });

  it('does not remove a lock that is no longer its own', () => {
    const dir = freshFolder();
    const lock = lockDataFolder(dir, 'server');
    unlinkSync(join(dir, LOCK_FILE));
    writeLock(dir, { pid: process.ppid, host: hostname(), purpose: 'another', since: 'later' });
    lock.release();
    expect(readLock(dir).purpose).toBe('another');
  });
});

describe('the embedded engine with a server running (the real server and the real CLI)', () => {
  const dir = freshFolder();
  const env = { DATA_DIR: dir, NODE_ENV: 'development', LOG_LEVEL: 'silent' };

  it('refuses migrate:down and seed while the server holds the folder, and the data survives', async () => {
    const app = await bootstrap({
      ...loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'test-secret-of-at-least-thirty-two-characters' }),
      dataDir: dir,
      port: 0,
      host: '127.0.0.1',
    });
    try {
      expect(readLock(dir)).toMatchObject({ pid: process.pid, purpose: 'server' });
      for (const args of [['down', '--yes'], ['seed'], ['up']]) {
        const run = await runCli(args, env);
        expect(run.code, run.output).toBe(1);
        expect(run.output).toContain(`The data folder ${dir} is in use by process ${process.pid} (server, since`);
      }
      const response = await fetch(`${app.url}/health`);
      expect(response.status).toBe(200);
      const migrations = await app.db.orm.migrator.getExecuted();
      expect(migrations.length).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  }, 180_000);

  it('asks migrate:down for --yes before it drops data, then reverts', async () => {
    const refused = await runCli(['down'], env);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/This reverts migration \S+: the tables it created are dropped with all their data/);
    expect(refused.output).toContain('npm run migrate:down -- --yes');
    const reverted = await runCli(['down', '--yes'], env);
    expect(reverted.code, reverted.output).toBe(0);
    expect(reverted.output).toMatch(/Reverted 1 migration\(s\)/);
    const again = await runCli(['up'], env);
    expect(again.code, again.output).toBe(0);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  }, 180_000);

  it('lets the CLI in after a server was killed (stale lock), and refuses a second server meanwhile', async () => {
    const server = runEntry('src/main.ts', [], {
      ...env,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
    });
    await server.waitFor(/Backcast EVS is ready/);
    const pid = readLock(dir).pid;
    expect(pid).toBe(server.child.pid);
    const second = runEntry('src/main.ts', [], { ...env, PORT: '0', HOST: '127.0.0.1' });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(
      `Backcast EVS could not start: The data folder ${dir} is in use by process ${pid}`,
    );
    expect(await server.stop('SIGKILL')).toBeNull();
    expect(readLock(dir).pid).toBe(pid);
    const run = await runCli(['up'], env);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('Nothing to apply');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  }, 180_000);
});

describe('a data folder that cannot be opened', () => {
  it('stops the start with a message that says what to do (a relation file lost, as after two writers)', async () => {
    const dir = freshFolder();
    const config = {
      ...loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'test-secret-of-at-least-thirty-two-characters' }),
      dataDir: dir,
      port: 0,
      host: '127.0.0.1',
    };
    const app = await bootstrap(config);
    const [row] = await app.db.em
      .getConnection()
      .execute<{ path: string }[]>(`SELECT pg_relation_filepath('app_user') AS path`);
    await app.close();
    unlinkSync(join(dir, row?.path ?? 'missing'));

    const start = runEntry('src/main.ts', [], {
      DATA_DIR: dir,
      NODE_ENV: 'development',
      PORT: '0',
      LOG_LEVEL: 'silent',
    });
    expect(await start.exited).toBe(1);
    const output = start.output();
    expect(output).toContain(`Backcast EVS could not start: The embedded database in ${dir} cannot be opened: `);
    expect(output).toContain('could not open file');
    expect(output).toContain(`mv ${dir} ${dir}.broken`);
    expect(output).toContain('set DATABASE_URL');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);

    const cli = await runCli(['seed'], { DATA_DIR: dir, LOG_LEVEL: 'silent' });
    expect(cli.code).toBe(1);
    expect(cli.output).toContain(`cannot be opened`);
  }, 180_000);

  it('explains a folder made by another PostgreSQL version, and leaves other errors alone', () => {
    const message = explainDataFolderFailure(
      './data',
      new Error('Database migration failed, nothing was applied: PGlite failed to initialize properly'),
    );
    expect(message).toContain('./data cannot be opened');
    expect(message).toContain('another PGlite/PostgreSQL version');
    expect(
      explainDataFolderFailure('./data', Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })),
    ).toContain('cannot be read or written');
    expect(explainDataFolderFailure('./data', new Error('relation "x" does not exist'))).toBeNull();
  });
});
