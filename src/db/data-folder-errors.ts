import { relative, resolve } from 'node:path';
import { DataFolderLockedError } from './data-folder-lock.js';

/**
 * Turns a failure to open the embedded engine's data folder into a message that says what to
 * do. PGlite reports a damaged folder (files missing after two processes used it at once) or a
 * folder from another PostgreSQL version only at the first statement, so this applies to the
 * whole start-up up to listening.
 */

/** PostgreSQL error classes meaning files are missing or damaged (58P01 undefined_file, XX001 data_corrupted, …). */
const DAMAGE_CODES = new Set(['58P01', '58P02', '58030', 'XX001', 'XX002']);
const DAMAGE_TEXT = [
  /could not open file/i,
  /could not read (block|file)/i,
  /invalid page/i,
  /PGlite failed to initialize/i,
  /database files are incompatible/i,
  /Aborted\(/,
  /RuntimeError: (unreachable|memory access out of bounds)/i,
];
const ACCESS_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

/** Every message and code on an error and its causes (MikroORM wraps the driver's error). */
function describe(error: unknown): { text: string; codes: Set<string> } {
  const parts: string[] = [];
  const codes = new Set<string>();
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth += 1) {
    if (current instanceof Error) parts.push(`${current.name}: ${current.message}`);
    else parts.push(String(current));
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.add(code);
    current = (current as { cause?: unknown }).cause;
  }
  return { text: parts.join('\n'), codes };
}

/** The folder as the user typed it, or relative to the working folder. */
function shown(dataDir: string): string {
  const rel = relative(process.cwd(), resolve(dataDir));
  return rel === '' ? '.' : rel.startsWith('..') ? resolve(dataDir) : `./${rel}`;
}

/**
 * A message for an embedded-engine start failure that comes from the data folder, or null when
 * the error is something else (then the caller reports it as it is).
 */
export function explainDataFolderFailure(dataDir: string, error: unknown): string | null {
  if (error instanceof DataFolderLockedError) return error.message;
  const { text, codes } = describe(error);
  const folder = shown(dataDir);
  const firstLine = text.split('\n')[0] ?? '';
  if ([...codes].some((c) => ACCESS_CODES.has(c))) {
    return (
      `The data folder ${folder} cannot be read or written (${firstLine}). ` +
      `Give this user access to it, or set DATA_DIR to a folder it may write.`
    );
  }
  if ([...codes].some((c) => DAMAGE_CODES.has(c)) || DAMAGE_TEXT.some((pattern) => pattern.test(text))) {
    return [
      `The embedded database in ${folder} cannot be opened: ${firstLine}`,
      `It is damaged (for example by two processes using it at once) or was made by another PGlite/PostgreSQL version.`,
      `  - To start afresh with new demo data: move it away (mv ${folder} ${folder}.broken) and start again.`,
      `  - To keep its data: restore the folder from a backup, or open it with the Backcast EVS version that made it.`,
      `  - To use PostgreSQL instead: set DATABASE_URL.`,
    ].join('\n');
  }
  return null;
}
