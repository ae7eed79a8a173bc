import { BadInputError } from '../shared/errors.js';

export const MAX_PAGE = 200;

/** Connections take first in 1..200. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw BadInputError.field('first', `must be between 1 and ${MAX_PAGE}`);
  return first;
}

/** Opaque cursors: base64url of a JSON array of the sort key. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): (string | number)[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === length &&
      parsed.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return parsed as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw BadInputError.field('after', 'is not a cursor returned by this connection');
}
