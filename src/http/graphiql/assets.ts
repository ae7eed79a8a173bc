import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/**
 * The offline explorer's static files: GraphiQL 5 ships ES modules that import Monaco, its CSS
 * and web workers, and no ready-made browser bundle, so esbuild (already installed for tsx)
 * bundles them once into dist/graphiql. `npm install` builds them (postinstall); a server finds
 * them missing or stale (another GraphiQL version, an edited client) and builds them again on
 * the first request for /graphiql.
 */

const ROOT = resolve(import.meta.dirname, '../../..');
const CLIENT_DIR = join(import.meta.dirname, 'client');
const MANIFEST = 'manifest.json';

/** Where the bundle is written and served from. */
export const GRAPHIQL_ASSETS_DIR = join(ROOT, 'dist', 'graphiql');

/** The files the page loads: the application module, its style sheet and Monaco's workers. */
export const GRAPHIQL_ENTRY_FILES = [
  'graphiql.js',
  'graphiql.css',
  'editor.worker.js',
  'json.worker.js',
  'graphql.worker.js',
];

function packageVersion(name: string, from: string = ROOT): { version: string; dir: string } {
  const path = createRequire(join(from, 'package.json')).resolve(`${name}/package.json`);
  const { version } = JSON.parse(readFileSync(path, 'utf8')) as { version: string };
  return { version, dir: dirname(path) };
}

/** Monaco and monaco-graphql are GraphiQL's own dependencies: resolve them from where it does. */
function graphiqlReactDir(): string {
  return packageVersion('@graphiql/react', packageVersion('graphiql').dir).dir;
}

/** A fingerprint of everything the bundle is made from: versions and our client sources. */
function buildFingerprint(): string {
  const hash = createHash('sha256');
  const reactDir = graphiqlReactDir();
  for (const [name, from] of [
    ['graphiql', ROOT],
    ['@graphiql/toolkit', ROOT],
    ['react', ROOT],
    ['react-dom', ROOT],
    ['esbuild', ROOT],
    ['monaco-editor', reactDir],
    ['monaco-graphql', reactDir],
  ] as const) {
    hash.update(`${name}@${packageVersion(name, from).version}\n`);
  }
  for (const file of [
    ...readdirSync(CLIENT_DIR).map((f) => join(CLIENT_DIR, f)),
    join(import.meta.dirname, 'page-config.ts'),
  ].sort()) {
    hash.update(file.slice(ROOT.length)).update(readFileSync(file));
  }
  hash.update(readFileSync(import.meta.filename));
  return hash.digest('hex');
}

/** True when dist/graphiql holds a complete bundle made from the current inputs. */
export function graphiqlAssetsAreCurrent(dir: string = GRAPHIQL_ASSETS_DIR): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as { fingerprint?: string };
    return manifest.fingerprint === buildFingerprint() && GRAPHIQL_ENTRY_FILES.every((f) => existsSync(join(dir, f)));
  } catch {
    return false;
  }
}

async function bundle(outdir: string): Promise<void> {
  // Loaded only to build: a server whose bundle is current never loads esbuild.
  const esbuild = await import('esbuild');
  const common = {
    bundle: true,
    minify: true,
    target: 'es2022',
    outdir,
    logLevel: 'silent',
    legalComments: 'linked',
    // The project's tsconfig is for Node (legacy decorators); the browser code needs none of it.
    tsconfigRaw: {},
    define: { 'process.env.NODE_ENV': '"production"' },
  } as const;
  await esbuild.build({
    ...common,
    entryPoints: { graphiql: join(CLIENT_DIR, 'main.ts') },
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'files/[name]-[hash]',
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
    // Only needed for subscriptions over a subscriptionUrl, which the page does not configure.
    external: ['graphql-ws'],
  });
  const resolveDir = graphiqlReactDir();
  const workers = {
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  };
  await Promise.all(
    Object.entries(workers).map(([name, module]) =>
      esbuild.build({
        ...common,
        stdin: { contents: `import ${JSON.stringify(module)};`, resolveDir, sourcefile: `${name}.js` },
        outfile: join(outdir, `${name}.js`),
        outdir: undefined,
        format: 'iife',
      }),
    ),
  );
}

/**
 * Builds the bundle into a fresh folder and moves it into place, so a server never serves a
 * half-written bundle and two builders do not mix their files.
 */
export async function buildGraphiqlAssets(dir: string = GRAPHIQL_ASSETS_DIR): Promise<void> {
  const fingerprint = buildFingerprint();
  const staging = `${dir}.building-${process.pid}-${Date.now()}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    await bundle(staging);
    writeFileSync(
      join(staging, MANIFEST),
      `${JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }, null, 2)}\n`,
    );
    const old = `${dir}.old-${process.pid}-${Date.now()}`;
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(staging, dir);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Builds the bundle unless it is current; returns whether it built. */
export async function ensureGraphiqlAssets(dir: string = GRAPHIQL_ASSETS_DIR): Promise<boolean> {
  if (graphiqlAssetsAreCurrent(dir)) return false;
  await buildGraphiqlAssets(dir);
  return true;
}
