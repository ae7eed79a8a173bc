import type { Config } from '../config.js';
import { DEMO_ADMIN_EMAIL, formatLogins, type CreatedLogin } from '../setup/bootstrap-users.js';
import type { Engine } from '../db/orm.js';
import { LOGIN_MUTATION, TREE_QUERY, oneLine, shellQuote, treeVariables } from './first-query.js';
import { GRAPHIQL_PATH } from './graphiql/route.js';

/** What a start learned that a newcomer needs: the logins it created and the project to read. */
export interface FirstRun {
  newLogins: readonly CreatedLogin[];
  project: { id: string; code: string } | null;
}

export interface GuideInput {
  /** The server's base URL (no path). */
  url: string;
  engine: Engine;
  config: Pick<Config, 'nodeEnv' | 'dataDir' | 'adminEmail'>;
  firstRun: FirstRun;
}

/** Extracts a JSON string field from curl's output without jq (which may not be installed). */
const extract = (field: string) => `sed -E 's/.*"${field}":"([^"]+)".*/\\1/'`;

/**
 * The curl lines of the README's first query: log in, keep the token, read the tree. With a
 * password (first start) it is ready to run; without, the PASSWORD line says what to put there.
 */
export function firstQueryCurl(
  apiUrl: string,
  email: string,
  password: string | { placeholder: string },
  projectId: string,
): string {
  const login = JSON.stringify({ query: oneLine(LOGIN_MUTATION), variables: { email, password: '__PASSWORD__' } });
  const tree = JSON.stringify({ query: oneLine(TREE_QUERY), variables: treeVariables(projectId) });
  // The password is spliced in from a shell variable: the JSON body stays one single-quoted word.
  const loginBody = shellQuote(login).replace('__PASSWORD__', `'"$PASSWORD"'`);
  return [
    `API=${apiUrl}`,
    `PASSWORD=${typeof password === 'string' ? shellQuote(password) : shellQuote(password.placeholder)}`,
    `TOKEN=$(curl -s "$API" -H 'content-type: application/json' \\`,
    `  -d ${loginBody} \\`,
    `  | ${extract('token')})`,
    `curl -s "$API" -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\`,
    `  -d ${shellQuote(tree)}`,
  ].join('\n');
}

/**
 * The plain-text guide printed once after start (beside the JSON logs): where the API and the
 * explorers are, the logins created by this start, the demo project's id and a first query.
 */
export function renderFirstRunGuide({ url, engine, config, firstRun }: GuideInput): string {
  const explorers = config.nodeEnv !== 'production';
  const database = engine === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
  const lines = [
    '',
    `  Backcast EVS is ready (${database}).`,
    '',
    `    API       ${url}/graphql` + (explorers ? '   (in a browser: Apollo Sandbox, needs internet)' : ''),
  ];
  if (explorers) {
    lines.push(`    GraphiQL  ${url}${GRAPHIQL_PATH}  (the explorer served from here: works offline)`);
    lines.push(`    Start     ${url}/          (links to both)`);
  }
  lines.push('');
  const email =
    firstRun.newLogins.find((l) => l.role === 'ADMIN')?.email ??
    firstRun.newLogins[0]?.email ??
    config.adminEmail ??
    DEMO_ADMIN_EMAIL;
  const password = firstRun.newLogins.find((l) => l.email === email)?.password ?? {
    placeholder: email === config.adminEmail ? '<your ADMIN_PASSWORD>' : '<the password printed at the first start>',
  };
  if (firstRun.newLogins.length > 0) {
    lines.push('  Logins created now (the passwords are shown only this once; write them down):');
    lines.push(formatLogins(firstRun.newLogins), '');
  }
  if (firstRun.project !== null) {
    lines.push(`  Project ${firstRun.project.code}: ${firstRun.project.id}`, '');
  }
  lines.push('  First query (paste into a shell; the README explains it):', '');
  const projectId = firstRun.project?.id ?? '<a project id>';
  lines.push(
    firstQueryCurl(`${url}/graphql`, email, password, projectId)
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n'),
  );
  lines.push('', '');
  return lines.join('\n');
}
