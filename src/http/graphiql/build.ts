import { buildGraphiqlAssets, GRAPHIQL_ASSETS_DIR, graphiqlAssetsAreCurrent } from './assets.js';

/** `npm run build:graphiql` (and postinstall): bundles the offline explorer into dist/graphiql. */
const force = process.argv.includes('--force');
if (!force && graphiqlAssetsAreCurrent()) {
  process.stdout.write(`GraphiQL assets are up to date in ${GRAPHIQL_ASSETS_DIR}\n`);
} else {
  const started = performance.now();
  await buildGraphiqlAssets();
  process.stdout.write(
    `GraphiQL assets built in ${GRAPHIQL_ASSETS_DIR} (${Math.round(performance.now() - started)} ms)\n`,
  );
}
