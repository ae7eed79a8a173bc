import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  visit,
  type ASTVisitor,
  type ValidationContext,
  type ASTNode,
  type DocumentNode,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';

/**
 * Every control character (Unicode category Cc: U+0000–U+001F, U+007F–U+009F) except tab,
 * line feed and carriage return. PostgreSQL cannot store U+0000 at all; the others are
 * invisible, break logs and terminals, and no field of this API has a use for them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** A UTF-16 surrogate without its pair: not a character, and silently replaced on the way to the database. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** No input of this schema nests deeper than a few levels; deeper JSON is refused before anything recurses into it. */
export const MAX_INPUT_DEPTH = 32;

type Path = readonly (string | number)[];

/** `input.name`, `resolutions[0].value`. */
function formatPath(path: Path): string {
  let text = '';
  for (const segment of path)
    text += typeof segment === 'number' ? `[${segment}]` : text === '' ? segment : `.${segment}`;
  return text;
}

/** What is wrong with a string, or null when it may go anywhere. */
function stringProblem(value: string): string | null {
  const control = CONTROL.exec(value);
  if (control !== null) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return (
      `must not contain control characters (found U+${code} at position ${control.index + 1}); ` +
      'only tab, line feed and carriage return are allowed'
    );
  }
  if (LONE_SURROGATE.test(value)) return 'must be well-formed Unicode (found an unpaired surrogate)';
  return null;
}

interface Refusal {
  /** Where the bad value sits, from the argument (literals) or the variable (variables). */
  path: Path;
  problem: string;
  node?: ASTNode;
}

/** `argumentPath`: where a variable's value lands among the arguments, when the document says. */
function refuse(
  refusal: Refusal,
  origin: { argument?: string; variable?: string },
  argumentPath: Path = refusal.path,
): GraphQLError {
  const where = formatPath(refusal.path);
  const field = [...argumentPath].reverse().find((s): s is string => typeof s === 'string') ?? where;
  const prefix = origin.variable === undefined ? where : `variable $${where}`;
  return new GraphQLError(`${prefix}: ${refusal.problem}`, {
    ...(refusal.node === undefined ? {} : { nodes: [refusal.node] }),
    extensions: { code: 'BAD_USER_INPUT', field, ...origin, http: { status: 400 } },
  });
}

/** Walks a JSON value without recursion: a hostile body may nest as deep as its size allows. */
function checkJson(value: unknown, base: Path): Refusal | null {
  const stack: { value: unknown; path: Path }[] = [{ value, path: base }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (item.path.length - base.length > MAX_INPUT_DEPTH) {
      return { path: item.path, problem: `is nested deeper than ${MAX_INPUT_DEPTH} levels` };
    }
    if (typeof item.value === 'string') {
      const problem = stringProblem(item.value);
      if (problem !== null) return { path: item.path, problem };
    } else if (Array.isArray(item.value)) {
      item.value.forEach((element: unknown, index) => stack.push({ value: element, path: [...item.path, index] }));
    } else if (typeof item.value === 'object' && item.value !== null) {
      for (const [key, element] of Object.entries(item.value)) {
        const problem = stringProblem(key);
        if (problem !== null) return { path: item.path, problem: `has a key that ${problem}` };
        stack.push({ value: element, path: [...item.path, key] });
      }
    }
  }
  return null;
}

/** Walks a literal value of the document; reports variables it meets, so their values can be named by argument. */
function checkLiteral(value: ValueNode, base: Path, onVariable: (name: string, path: Path) => void): Refusal | null {
  const stack: { node: ValueNode; path: Path }[] = [{ node: value, path: base }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    const { node, path } = item;
    if (path.length - base.length > MAX_INPUT_DEPTH) {
      return { path, problem: `is nested deeper than ${MAX_INPUT_DEPTH} levels`, node };
    }
    switch (node.kind) {
      case Kind.STRING: {
        const problem = stringProblem(node.value);
        if (problem !== null) return { path, problem, node };
        break;
      }
      case Kind.VARIABLE:
        onVariable(node.name.value, path);
        break;
      case Kind.LIST:
        node.values.forEach((element, index) => stack.push({ node: element, path: [...path, index] }));
        break;
      case Kind.OBJECT:
        for (const field of node.fields) stack.push({ node: field.value, path: [...path, field.name.value] });
        break;
      default:
        break;
    }
  }
  return null;
}

/**
 * Refuses, before anything runs, a string anywhere in the operation's arguments or variables
 * (literals, variable values, default values, JSON values and their keys) that holds a
 * control character other than tab, line feed and carriage return, or an unpaired surrogate;
 * and input nested deeper than MAX_INPUT_DEPTH. One check in front of every resolver, so no
 * such value reaches the database (which refuses U+0000 with an internal error). Refused as
 * BAD_USER_INPUT, HTTP 400, naming the argument or variable and the field.
 */
export function checkOperationInput(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
): GraphQLError | null {
  /** Where each variable is first used, as an argument path: `$i` in `createProject(input: $i)` is `input`. */
  const usage = new Map<string, Path>();
  const onVariable = (name: string, path: Path): void => {
    if (!usage.has(name)) usage.set(name, path);
  };
  let found: GraphQLError | null = null;
  const nodes = [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)];
  for (const node of nodes) {
    visit(node, {
      Argument(argument) {
        if (found !== null) return false;
        const refusal = checkLiteral(argument.value, [argument.name.value], onVariable);
        if (refusal !== null) found = refuse(refusal, { argument: formatPath(refusal.path) });
        return false;
      },
      VariableDefinition(definition) {
        if (found !== null || definition.defaultValue === undefined) return false;
        const name = definition.variable.name.value;
        const refusal = checkLiteral(definition.defaultValue, [name], onVariable);
        if (refusal !== null) found = refuse(refusal, { variable: name });
        return false;
      },
    });
    if (found !== null) return found;
  }
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (variables === undefined || !(name in variables)) continue;
    const refusal = checkJson(variables[name], [name]);
    if (refusal === null) continue;
    const used = usage.get(name);
    if (used === undefined) return refuse(refusal, { variable: name });
    const argumentPath = [...used, ...refusal.path.slice(1)];
    return refuse(refusal, { variable: name, argument: formatPath(argumentPath) }, argumentPath);
  }
  return null;
}

/** The input check as an Apollo plugin: runs once the operation is known, before execution. */
export function inputGuard(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (operation === undefined) return;
          const refusal = checkOperationInput(document, operation, request.variables);
          if (refusal !== null) throw refusal;
        },
      };
    },
  };
}

/**
 * Subscriptions are served over WebSocket (graphql-ws, src/http/live-server.ts); one sent
 * over HTTP is a request error with a code, not an execution that cannot stream.
 */
export function subscriptionsOverWebSocketOnly(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation === 'subscription') {
        context.reportError(
          new GraphQLError(
            'subscriptions are served over WebSocket at /graphql with the graphql-ws protocol, not over HTTP',
            { nodes: [node] },
          ),
        );
      }
    },
  };
}
