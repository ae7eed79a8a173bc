/**
 * The README's "First query", in one place: the first-run guide's curl, the explorers' prefilled
 * document and the test that pastes the README all use these, so the docs cannot drift.
 */

/** The tree of a project at one read point (children inherit it), with its EVM figures. */
export const TREE_QUERY = `query Tree($id: UUID!, $asOf: DateTime) {
  projects(first: 5) { edges { node { id code name budget } } }
  project(id: $id, branch: "main", asOf: $asOf) {
    code
    budget
    evm(at: "2026-06-30") { bac pv ev ac cpi spi eac vac }
    wbes {
      code
      budget
      children { code budget }
      costElements { code budget version validFrom history { version budget validFrom validTo } }
    }
  }
}`;

/** Signs in; the token goes into `Authorization: Bearer <token>`. */
export const LOGIN_MUTATION = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt }
}`;

/** The tree's variables: `asOf: null` reads the latest state; a moment (ISO 8601) travels back. */
export function treeVariables(projectId: string): { id: string; asOf: string | null } {
  return { id: projectId, asOf: null };
}

/** One line, as curl and JSON bodies want it. */
export function oneLine(document: string): string {
  return document.replace(/\s+/g, ' ').trim();
}

/** Quotes for a POSIX shell: single quotes, with embedded ones closed, escaped and reopened. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The document both explorers open with: how to sign in, then the tree. */
export function explorerDocument(email: string): string {
  return `# Backcast EVS: sign in, then read a project's tree.
# 1. Run Login (the run button asks which operation)
#    with the password printed at the first start.
# 2. Headers: { "Authorization": "Bearer <token>" }
# 3. Run Tree. Variables: the demo project's id;
#    asOf null is now, a moment travels back.
mutation Login {
  login(email: ${JSON.stringify(email)}, password: "<printed at first start>") { token expiresAt }
}

${TREE_QUERY}
`;
}

/** The request headers both explorers open with: the place for the token. */
export const EXPLORER_HEADERS = { Authorization: 'Bearer <token from Login>' };
