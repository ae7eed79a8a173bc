import { buildGraphiqlAssets, GRAPHIQL_ASSETS_DIR, graphiqlAssetsAreCurrent } from './assets.js';

/**
 * `npm run build:graphiql` bundles the offline explorer into dist/graphiql (`--force` rebuilds).
 * postinstall runs it with `--if-possible`: a failed build warns instead of failing the install,
 * and the server tries again on the first request for /graphiql.
 */
const force = process.argv.includes('--force');
const ifPossible = process.argv.includes('--if-possible');
try {
  if (!force && graphiqlAssetsAreCurrent()) {
    process.stdout.write(`GraphiQL assets are up to date in ${GRAPHIQL_ASSETS_DIR}\n`);
  } else {
    const started = performance.now();
    await buildGraphiqlAssets();
    process.stdout.write(
      `GraphiQL assets built in ${GRAPHIQL_ASSETS_DIR} (${Math.round(performance.now() - started)} ms)\n`,
    );
  }
} catch (error) {
  process.stderr.write(
    `GraphiQL assets could not be built: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  if (!ifPossible) process.exit(1);
  process.stderr.write('The API works without them; /graphiql tries again on its first request.\n');
}
