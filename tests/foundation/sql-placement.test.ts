/**
 * No SQL text outside the repositories and the migrations (docs/decisions/0020): every
 * statement the application sends is written in src/db/repositories/, built with Kysely typed
 * from the entities, and migrations/ holds the schema. This test reads every module of src/
 * and fails on SQL found anywhere else, naming the file, the line and what it found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** Where statements belong. */
const HOME = 'src/db/repositories/';

/**
 * Explicit exceptions, each with its reason. Adding one is a decision: say why in
 * docs/decisions/0020 as well.
 */
const EXCEPTIONS: Record<string, string> = {
  // pg_notify touches no table (no entity's repository owns it); LISTEN belongs to a session
  // and must run on the listener's own client, never through the pool, and names its channel
  // as an identifier that cannot be bound.
  'src/db/notifications.ts': 'NOTIFY and LISTEN, which no repository can own',
  // Entity metadata describes the migrated schema and sends nothing; an expression index
  // (emails unique whatever their case) can only be given to MikroORM as its DDL.
  'src/db/entities/user.entity.ts': 'the lower(email) unique index, as metadata',
  // Likewise a check constraint is metadata; a float range is compared as numeric (a cast) so
  // that MikroORM reads it back as written (floatRangeCheck). Kinds use the helper instead of
  // writing the cast, so src/domain stays free of SQL text.
  'src/db/entities/version.entity.ts': 'the float range check of version tables, as metadata',
  // The one runner of statements: it defines Sql.query for tests and tools, not SQL text.
  'src/db/sql.ts': 'the runner every repository goes through (Kysely CompiledQuery); holds no statement',
};

/** SQL in a string or template literal: a statement's keywords in the order statements have them. */
const SQL_TEXT: readonly { what: string; pattern: RegExp }[] = [
  { what: 'SELECT … FROM', pattern: /\bSELECT\b[\s\S]*\bFROM\b/ },
  { what: 'INSERT INTO', pattern: /\bINSERT\s+INTO\b/i },
  { what: 'UPDATE … SET', pattern: /\bUPDATE\s+[\w."]+\s+SET\b/i },
  { what: 'DELETE FROM', pattern: /\bDELETE\s+FROM\s+[\w."]+/ },
  { what: 'WITH RECURSIVE', pattern: /\bWITH\s+RECURSIVE\b/i },
  { what: 'DDL', pattern: /\b(CREATE|ALTER|DROP)\s+(TABLE|INDEX|TRIGGER|FUNCTION|UNIQUE\s+INDEX)\b/i },
  { what: 'select … from … where', pattern: /\bselect\b[\s\S]+\bfrom\b[\s\S]+\bwhere\b/i },
  { what: 'LISTEN/NOTIFY', pattern: /^\s*(LISTEN|NOTIFY|UNLISTEN)\s+\w/i },
  { what: 'a PostgreSQL function call', pattern: /\bpg_(notify|advisory_\w+|sleep)\s*\(/ },
  { what: 'a positional parameter', pattern: /\$\d+::\w+/ },
  { what: 'a cast', pattern: /::(uuid|int|integer|text|float8|timestamptz|numeric|boolean|date)\b/ },
  { what: 'an epoch expression', pattern: /\bextract\s*\(\s*epoch\s+from\b/i },
];

/** The receivers that run statements in this code base: an Sql (sql, tx, ctx.sql, c.tx) or a driver client. */
const STATEMENT_RUNNER = /(^|\.)(sql|tx|client|pool|em|db|kysely)$/i;
const RUNS_TEXT = new Set(['query', 'one', 'execute', 'executeQuery', 'raw']);

export interface Finding {
  line: number;
  what: string;
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return null;
}

/** Everything in a module that is SQL text or runs it: what must live in a repository. */
export function sqlFindings(source: string, fileName = 'fixture.ts'): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const findings: Finding[] = [];
  const at = (node: ts.Node, what: string) =>
    findings.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, what });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      // Kysely's sql tag and CompiledQuery are how statements are written: repositories only.
      if (node.moduleSpecifier.text === 'kysely' && node.importClause?.isTypeOnly !== true) at(node, 'imports kysely');
      return;
    }
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'sql') at(node, 'an sql`…` statement');
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const receiver = node.expression.expression.getText(file);
      if (RUNS_TEXT.has(method) && STATEMENT_RUNNER.test(receiver)) at(node, `${receiver}.${method}(…)`);
      const [first] = node.arguments;
      if (RUNS_TEXT.has(method) && first !== undefined && literalText(first) !== null)
        at(node, `.${method}() of a literal`);
    }
    const text = literalText(node);
    if (text !== null) {
      const hit = SQL_TEXT.find((s) => s.pattern.test(text));
      if (hit !== undefined) at(node, `SQL text (${hit.what})`);
      // A template's spans are expressions of their own: visit them, not its text again.
      if (ts.isTemplateExpression(node)) node.templateSpans.forEach((s) => visit(s.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('SQL lives in repositories and migrations', () => {
  it('finds no SQL text and no statement runner in src/ outside src/db/repositories/', () => {
    const misplaced: string[] = [];
    for (const path of modules(SRC)) {
      const name = relative(ROOT, path).split('\\').join('/');
      if (name.startsWith(HOME) || name in EXCEPTIONS) continue;
      for (const f of sqlFindings(readFileSync(path, 'utf8'), name)) misplaced.push(`${name}:${f.line}: ${f.what}`);
    }
    expect(misplaced, 'move these statements into a repository under src/db/repositories/').toEqual([]);
  });

  it('keeps each exception needed: an exception without SQL left in it must go', () => {
    for (const name of Object.keys(EXCEPTIONS)) {
      const source = readFileSync(join(ROOT, name), 'utf8');
      if (name === 'src/db/sql.ts') expect(source).toMatch(/async query</);
      else expect(sqlFindings(source, name), name).not.toEqual([]);
    }
  });

  it.each([
    ["await sql.query('SELECT id FROM entity WHERE id = $1', [id]);", 'sql.query(…)'],
    ['await tx.one(TEXT, [a, b]);', 'tx.one(…)'],
    ['await ctx.sql.query(q);', 'ctx.sql.query(…)'],
    ['await c.tx.query(`INSERT INTO ${kind.table} (a) VALUES ($1)`, [1]);', 'c.tx.query(…)'],
    ['const UPDATE_HEAD = `UPDATE branch SET head_seq = $2 WHERE name = $1`;', 'SQL text (UPDATE … SET)'],
    ['const q = `\n  WITH RECURSIVE lin AS (SELECT 1)`;', 'SQL text (WITH RECURSIVE)'],
    ["const text = 'DELETE FROM login_throttle WHERE attempts = 0';", 'SQL text (DELETE FROM)'],
    ['const ddl = `create table risk_version (like wbe_version)`;', 'SQL text (DDL)'],
    ["const t = 'select id from app_user where lower(email) = lower($1)';", 'SQL text (select … from … where)'],
    ['await next.query(`LISTEN ${EVENT_CHANNEL}`);', '.query() of a literal'],
    ["const lock = 'SELECT pg_advisory_xact_lock(hashtext($1))';", 'SQL text (a PostgreSQL function call)'],
    ["import { sql } from 'kysely';\nconst q = sql`SELECT 1`;", 'imports kysely'],
    ['const rows = await run(sql`SELECT ${sql.ref(c)} FROM t`);', 'an sql`…` statement'],
    ["f('x = ANY($3::uuid[])');", 'SQL text (a positional parameter)'],
    ['const at = `(extract(epoch from ${column}) * 1000)::float8`;', 'SQL text (a cast)'],
    ['const at = `extract(epoch from ${column})`;', 'SQL text (an epoch expression)'],
  ])('catches a planted violation: %s', (source, what) => {
    expect(sqlFindings(source).map((f) => f.what)).toContain(what);
  });

  it.each([
    // Prose, comments and other libraries' query() are not SQL.
    "throw new BadInputError('select a branch from the list, then retry');",
    '// One SELECT per lineage step, FROM the nearest branch: a comment, not a statement.',
    'const result = await compiled.query(undefined, context, variables);',
    'const message = `branch "${name}" is merged; update the plan on a new branch`;',
    "import type { Kysely } from 'kysely';",
    'await sql.repository(Commit).byIds(ids);',
  ])('passes what is not SQL: %s', (source) => {
    expect(sqlFindings(source)).toEqual([]);
  });
});
