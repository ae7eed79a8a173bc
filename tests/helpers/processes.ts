import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = resolve(import.meta.dirname, '../..');
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** A process of ours (the server or the database CLI) with everything it printed so far. */
export interface Running {
  child: ChildProcess;
  /** stdout and stderr, interleaved as they came. */
  output(): string;
  stdout(): string;
  /** Resolves with the first match of `pattern` in the output; rejects if the process exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** Resolves with the exit code (null: killed by a signal). */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Runs a TypeScript entry point of the project (src/main.ts, src/setup/cli.ts) with exactly `env`
 * plus PATH and HOME, on the same Node as the tests, in one process (tsx as a loader, as the
 * Dockerfile does), so signals reach the entry point itself.
 */
export function runEntry(
  entry: string,
  args: readonly string[],
  env: Record<string, string>,
  options: { cwd?: string } = {},
): Running {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, join(ROOT, entry), ...args], {
    cwd: options.cwd ?? ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      // Legacy decorators: tsx must read the project's tsconfig wherever the process runs.
      TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.json'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stdout = '';
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stdout += chunk.toString();
    changed();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    changed();
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  let gone = false;
  void exited.then(() => {
    gone = true;
    changed();
  });
  return {
    child,
    output: () => output,
    stdout: () => stdout,
    exited,
    waitFor(pattern, timeoutMs = 60_000) {
      return new Promise((done, fail) => {
        const check = () => {
          const match = pattern.exec(output);
          if (match !== null) {
            cleanup();
            done(match);
          } else if (gone) {
            cleanup();
            fail(new Error(`the process exited before printing ${pattern}:\n${output}`));
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          fail(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    async stop(signal = 'SIGTERM') {
      if (!gone) child.kill(signal);
      return exited;
    },
  };
}

/** Runs the database CLI to its end. */
export async function runCli(
  args: readonly string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const run = runEntry('src/setup/cli.ts', args, env);
  const code = await run.exited;
  return { code, output: run.output() };
}
