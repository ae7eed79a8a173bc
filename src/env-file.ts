import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Loads `.env` from the working folder when there is one (Node's own parser), before the
 * configuration is read. Variables already set in the environment win over the file.
 * Returns the file loaded, or null.
 */
export function loadEnvFile(path = '.env'): string | null {
  const file = resolve(path);
  if (!existsSync(file)) return null;
  process.loadEnvFile(file);
  return file;
}
