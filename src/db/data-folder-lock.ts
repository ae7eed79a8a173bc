import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The embedded engine (PGlite) is one process's private PostgreSQL: a second process opening
 * the same folder (a CLI `migrate:down` beside a running server) corrupts it. Whoever opens the
 * folder first holds a lock file in it until it stops; a lock left by a crashed process (its
 * pid is gone) is taken over.
 */

/** The lock's file name inside the data folder. */
export const LOCK_FILE = 'backcast.lock';

/** What a lock file records about its holder. */
export interface LockHolder {
  pid: number;
  host: string;
  /** What the holder does: "server", "migrate:down", … */
  purpose: string;
  since: string;
}

/** A held lock; release() is idempotent and only removes the file if it is still ours. */
export interface DataFolderLock {
  path: string;
  release(): void;
}

/** The folder is in use by a live process: the message says which and what to do. */
export class DataFolderLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    const where = holder.host === hostname() ? `process ${holder.pid}` : `process ${holder.pid} on host ${holder.host}`;
    super(
      `The data folder ${dataDir} is in use by ${where} (${holder.purpose}, since ${holder.since}). ` +
        `Stop it first (Ctrl+C in its terminal, or kill ${holder.pid}), then run this again. ` +
        `If no such process is running, delete ${join(dataDir, LOCK_FILE)}.`,
    );
    this.name = 'DataFolderLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | null {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || !Number.isInteger(value.pid)) return null;
    return {
      pid: value.pid,
      host: typeof value.host === 'string' ? value.host : 'unknown',
      purpose: typeof value.purpose === 'string' ? value.purpose : 'unknown',
      since: typeof value.since === 'string' ? value.since : 'unknown',
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    // Unreadable or half-written: treated as left by a crash.
    return null;
  }
}

/** A holder that can no longer hold: its process is gone (only decidable on this host). */
function isStale(holder: LockHolder | null): boolean {
  return holder === null || (holder.host === hostname() && !isAlive(holder.pid));
}

function tryCreate(path: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(holder)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Moves a stale lock aside and checks that what was moved is still the stale one: if another
 * process took the lock over in between, its (live) lock is put back.
 */
function removeStale(path: string, seen: LockHolder | null): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readHolderOrNull(aside);
  if (seen !== null && moved !== null && (moved.pid !== seen.pid || moved.since !== seen.since)) {
    try {
      linkSync(aside, path);
    } catch {
      // A third process holds it now: its lock stands, and the one moved aside is dropped.
    }
  }
  rmSync(aside, { force: true });
}

function readHolderOrNull(path: string): LockHolder | null {
  try {
    return readHolder(path);
  } catch {
    return null;
  }
}

/**
 * Takes the data folder for `purpose`, creating the folder if needed. Throws
 * DataFolderLockedError while a live process holds it.
 */
export function lockDataFolder(dataDir: string, purpose: string): DataFolderLock {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  const holder: LockHolder = { pid: process.pid, host: hostname(), purpose, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (tryCreate(path, holder)) return heldLock(path, holder);
    let current: LockHolder | null;
    try {
      current = readHolder(path);
    } catch {
      continue; // Released between our attempt and the read: try again.
    }
    // A live holder, this very process included (a second bootstrap on the same folder), refuses.
    if (current !== null && !isStale(current)) throw new DataFolderLockedError(dataDir, current);
    removeStale(path, current);
  }
  const last = readHolderOrNull(path);
  if (last !== null) throw new DataFolderLockedError(dataDir, last);
  throw new Error(`could not take the lock ${path}: it keeps changing hands`);
}

function heldLock(path: string, holder: LockHolder): DataFolderLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    const current = readHolderOrNull(path);
    if (current !== null && current.pid === holder.pid && current.since === holder.since) rmSync(path, { force: true });
  };
  // A process that exits without stopping (an uncaught error) still leaves the folder free.
  process.on('exit', release);
  return { path, release };
}
