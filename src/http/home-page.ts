import express, { type Request, type Response, type Router } from 'express';
import type { Config } from '../config.js';
import { GRAPHIQL_PATH } from './graphiql/route.js';

const STYLE = `body { font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; padding: 0 1rem; color: #1f2933; }
code { background: #f0f2f5; padding: 0 .25em; border-radius: 3px; }
li { margin: .5rem 0; }`;

function homePage(explorer: boolean): string {
  const explorers = explorer
    ? `<li><a href="${GRAPHIQL_PATH}">GraphiQL</a> at <code>${GRAPHIQL_PATH}</code>: served by this server, works offline.</li>
      <li><a href="/graphql">Apollo Sandbox</a> at <code>/graphql</code> (in a browser): loads from Apollo's CDN, needs internet.</li>`
    : `<li>The API is <code>POST /graphql</code>; the explorers are off in production.</li>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Backcast EVS</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/start.css" />
  </head>
  <body>
    <h1>Backcast EVS</h1>
    <p>A GraphQL API for project budgets and Earned Value Management, versioned like source code.</p>
    <ul>
      ${explorers}
      <li><a href="/health">/health</a>: is the server up and its database reachable.</li>
    </ul>
    <p>Sign in with the <code>login</code> mutation (the demo logins are printed once, at the first
    start), then send <code>Authorization: Bearer &lt;token&gt;</code> with every request. The
    README's "First query" section has the same steps for curl.</p>
  </body>
</html>
`;
}

/** GET /: a local start page that leads to both explorers, so nobody lands on a blank page offline. */
export function homeRoutes(config: Pick<Config, 'nodeEnv'>): Router {
  const router = express.Router();
  const page = homePage(config.nodeEnv !== 'production');
  router.get('/', (_req: Request, res: Response) => {
    res.type('html').send(page);
  });
  // A file of its own: the page's CSP allows no inline style.
  router.get('/start.css', (_req: Request, res: Response) => {
    res.type('css').send(STYLE);
  });
  return router;
}
