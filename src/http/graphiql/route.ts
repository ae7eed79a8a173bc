import express, { type Request, type Response, type Router } from 'express';
import { DEMO_ADMIN_EMAIL } from '../../setup/bootstrap-users.js';
import type { Database } from '../../db/orm.js';
import { Sql } from '../../db/sql.js';
import type { Logger } from '../../logger.js';
import { findFirstProject } from '../demo-project.js';
import { EXPLORER_HEADERS, explorerDocument, treeVariables } from '../first-query.js';
import { ensureGraphiqlAssets, GRAPHIQL_ASSETS_DIR } from './assets.js';
import type { ExplorerPageConfig } from './page-config.js';

/** Where the explorer is served. */
export const GRAPHIQL_PATH = '/graphiql';
const ASSETS_PATH = `${GRAPHIQL_PATH}/assets`;

/** JSON inside a <script> element: `<` escaped so no string can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function explorerPage(config: ExplorerPageConfig): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Backcast EVS · GraphiQL</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${ASSETS_PATH}/graphiql.css" />
  </head>
  <body style="margin: 0">
    <div id="graphiql" style="height: 100vh">Loading GraphiQL…</div>
    <noscript>GraphiQL needs JavaScript. Without it, POST to /graphql (see the README's "First query").</noscript>
    <script type="application/json" id="graphiql-config">${scriptJson(config)}</script>
    <script type="module" src="${ASSETS_PATH}/graphiql.js"></script>
  </body>
</html>
`;
}

const UNAVAILABLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>GraphiQL is not built</title></head>
<body><h1>GraphiQL could not be prepared</h1>
<p>Its files are built at install time. Run <code>npm run build:graphiql</code> in the project folder
(the server log says why the build failed), then reload this page.</p>
<p>The API itself works: POST to <a href="/graphql">/graphql</a>.</p></body></html>
`;

/**
 * GET /graphiql: the offline explorer (local files only), prefilled with the login and tree
 * operations, the demo project's id and a header for the token.
 */
export function graphiqlRoutes(db: Database, logger: Logger): Router {
  const router = express.Router();
  let ready: Promise<void> | null = null;
  const assetsReady = (): Promise<void> => {
    ready ??= ensureGraphiqlAssets().then(
      (built) => {
        if (built) logger.info({ dir: GRAPHIQL_ASSETS_DIR }, 'GraphiQL assets built');
      },
      (error: unknown) => {
        ready = null;
        throw error;
      },
    );
    return ready;
  };
  const unavailable = (res: Response, error: unknown) => {
    logger.error({ err: error }, 'GraphiQL assets could not be built');
    res.status(503).type('html').send(UNAVAILABLE);
  };

  router.get(GRAPHIQL_PATH, async (_req: Request, res: Response) => {
    try {
      await assetsReady();
    } catch (error) {
      unavailable(res, error);
      return;
    }
    const project = await findFirstProject(new Sql(db.em.fork()));
    const variables = treeVariables(project?.id ?? '<a project id: run the projects query>');
    res
      .type('html')
      .setHeader('cache-control', 'no-store')
      .send(
        explorerPage({
          endpoint: '/graphql',
          assetsPath: ASSETS_PATH,
          query: explorerDocument(DEMO_ADMIN_EMAIL),
          variables: JSON.stringify(variables, null, 2),
          headers: JSON.stringify(EXPLORER_HEADERS, null, 2),
        }),
      );
  });
  router.use(
    ASSETS_PATH,
    (_req, res, next) => {
      assetsReady().then(
        () => next(),
        (error: unknown) => unavailable(res, error),
      );
    },
    express.static(GRAPHIQL_ASSETS_DIR, { index: false, fallthrough: false, cacheControl: true, maxAge: 0 }),
  );
  return router;
}
