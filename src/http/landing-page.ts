import type { ApolloServerPlugin, GraphQLServerContext } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import type { Config } from '../config.js';
import { DEMO_ADMIN_EMAIL } from '../setup/bootstrap-users.js';
import type { Database } from '../db/orm.js';
import { Sql } from '../db/sql.js';
import type { Context } from '../graphql/context.js';
import { findFirstProject } from './demo-project.js';
import { EXPLORER_HEADERS, explorerDocument, treeVariables } from './first-query.js';

/** Shown inside Apollo's "cannot be loaded, you might be offline" box, which Sandbox covers once it loads. */
export const OFFLINE_HINT =
  '<p>This server also serves an explorer that needs no internet: ' +
  '<a href="/graphiql">GraphiQL at /graphiql</a> (and <a href="/">the start page</a>).</p>';

const NO_PROJECT = '<a project id: run the projects query>';

/**
 * Puts the offline hint into Apollo's fallback box. Offline, Sandbox's container stays empty but
 * still covers the box, so a style (with the page's own CSP nonce) lets clicks through it.
 */
export function withOfflineHint(html: string): string {
  const nonce = /nonce="?([\w+/=-]+)"?/.exec(html)?.[1];
  const style =
    nonce === undefined
      ? ''
      : `<style nonce="${nonce}">#embeddableSandbox:empty, #embeddableExplorer:empty { pointer-events: none; }</style>`;
  const box = /(<div class="fallback">[\s\S]*?)(<\/div>)/;
  if (box.test(html)) return html.replace(box, `$1${OFFLINE_HINT}$2${style}`);
  return html.replace(/<body>/, `<body>${OFFLINE_HINT}${style}`);
}

/**
 * Apollo Sandbox at GET /graphql (outside production), prefilled like /graphiql: the login and
 * tree operations, the demo project's id, a header for the token. Sandbox loads from Apollo's
 * CDN; offline, its fallback box links to the local GraphiQL.
 */
export function landingPage(config: Config, db: Database): ApolloServerPlugin<Context> {
  if (config.nodeEnv === 'production') return ApolloServerPluginLandingPageProductionDefault({ footer: false });
  return {
    async serverWillStart(serverContext: GraphQLServerContext) {
      return {
        async renderLandingPage() {
          return {
            html: async () => {
              const project = await findFirstProject(new Sql(db.em.fork()));
              // A fresh Apollo landing page per visit: its prefilled variables carry the current project.
              const apollo = ApolloServerPluginLandingPageLocalDefault({
                footer: false,
                embed: true,
                document: explorerDocument(DEMO_ADMIN_EMAIL),
                variables: treeVariables(project?.id ?? NO_PROJECT),
                headers: EXPLORER_HEADERS,
              });
              const listener = await apollo.serverWillStart?.(serverContext);
              const page = await listener?.renderLandingPage?.();
              if (page === undefined || page === null) throw new Error('Apollo rendered no landing page');
              return withOfflineHint(typeof page.html === 'string' ? page.html : await page.html());
            },
          };
        },
      };
    },
  };
}
