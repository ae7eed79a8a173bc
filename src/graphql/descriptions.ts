import type { GraphQLSchema } from 'graphql';
import { MIN_DATE, MAX_DATE } from '../domain/validation.js';
import { MAX_COMMIT_MESSAGE_LENGTH } from '../versioning/commit-writer.js';
import { MAX_PAGE } from './pagination.js';

/**
 * Schema descriptions that many fields and arguments share, so that the same thing reads the
 * same everywhere in Sandbox; limits are taken from the code that enforces them.
 */

/** Money, in words a reader of one field needs (the scale is the Decimal scalar's). */
export const MONEY = "money in the project's currency (two decimals)";

/** The same for an input: more than two decimals is refused, never rounded. */
export const MONEY_IN = "money in the project's currency, at most two decimals (more is BAD_USER_INPUT)";

export const ROOT_BRANCH = 'The branch to read (default main). A branch that the project does not have is NOT_FOUND.';

export const ROOT_AS_OF =
  "The moment to read at: the read sees exactly the commits with committedAt at or before it (a moment in the future reads the latest state). Default: the branch's latest state. Its UTC date is the default EVM control date.";

export const CHILD_BRANCH =
  "Read this field on another branch, which starts a new read point; without branch and asOf the field inherits its parent's read point (branch, moment or commit). With branch alone the parent's moment is kept (its asOf, or the time of the commit it was read at). A branch that the project does not have is NOT_FOUND.";

export const CHILD_AS_OF =
  "Read this field at another moment (committedAt at or before it), which starts a new read point; without branch and asOf the field inherits its parent's read point. With asOf alone the parent's branch is kept.";

export const WRITE_BRANCH =
  'The branch to write on (default main, which only MANAGER and ADMIN change). A branch that the project does not have is NOT_FOUND; an archived or merged branch is read-only (BAD_USER_INPUT); the branch of a SUBMITTED change order takes costs and progress only (plan writes: BAD_USER_INPUT, extensions.reason CHANGE_ORDER_FROZEN).';

export const COMMIT_MESSAGE = `The message of the commit that this write makes (at most ${MAX_COMMIT_MESSAGE_LENGTH.toLocaleString('en-US')} characters, else BAD_USER_INPUT); default: a message that names the change.`;

export const EXPECTED_VERSION =
  "Optimistic locking: when given, the write fails with CONFLICT and writes nothing unless the entity's latest version on the branch is still this one. Without it, concurrent writes serialize and none is lost.";

export const FIRST = `Page size: 1..${MAX_PAGE} (default 50); outside that range is BAD_USER_INPUT.`;

export const AFTER =
  "An opaque cursor (an edge's cursor or pageInfo.endCursor of this connection): the page starts after it. Default: the first page. A string that is not such a cursor is BAD_USER_INPUT.";

export const EVM_AT =
  "The control date D (a calendar day) that the figures are measured at: costs incurred and progress measured on or before D count, and PV is the plan up to D. Default: the read point's date (the UTC date of asOf; today's UTC date for a latest or commit read). Independent of what the database knew when, which is the read point's.";

export const CODE_RULE =
  'Letters, digits, ".", "_", "-" and "/", starting with a letter or digit, at most 50 characters';

export const DATE_RANGE = `between ${MIN_DATE} and ${MAX_DATE}`;

export const PAGE_INFO_CURSOR = 'An opaque cursor for this edge: pass it as `after` to read the page that follows it.';

export const HISTORY =
  "every past state on this branch's lineage, oldest first: the states up to the read point only (as it was known then)";

export const ACTUALS_BRANCH =
  'The branch to record on (default main; EDITOR and up may record actuals on any branch). A branch that the project does not have is NOT_FOUND; an archived or merged branch is read-only (BAD_USER_INPUT).';

/** What the root types and the schema itself say; type-graphql has no option for them. */
const ROOTS = {
  schema: `Backcast EVS: project budgets, change orders and Earned Value Management, versioned like source code.

Conventions that hold everywhere:
- Every authenticated user reads everything (send Authorization: Bearer <token from login>). Writes by role: ADMIN and MANAGER write anywhere; EDITOR writes on branches other than main, and may register costs and record progress on any branch; VIEWER writes nothing. Users are managed by ADMIN only.
- Money (Decimal) is in the project's currency, serialized with exactly two decimals ("0.10"); inputs with more than two decimals are BAD_USER_INPUT. Date is a calendar day, YYYY-MM-DD; DateTime is an instant, UTC with millisecond precision. Percent complete is 0..100 on ProgressEntry, a 0..1 fraction in EVMMetrics.
- A read point is a branch (default main) and a moment (asOf, default: the latest state) or a commit. A read at asOf T sees exactly the commits with committedAt <= T. Fields below a versioned object inherit its read point unless they name their own branch or asOf. "The read point's date" is the UTC date of asOf, or today's UTC date otherwise.
- Connections take first (1..${MAX_PAGE}, default 50) and an opaque after cursor.
- Errors carry extensions.code: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT, LOGIN_THROTTLED.`,
  Query:
    'Reads; each needs a signed-in user (UNAUTHENTICATED otherwise). The versioned roots (project, wbe, costElement, projects) take a read point (branch, asOf or commit) that everything below them inherits.',
  Mutation:
    "Writes to project data take the branch to write on (default main) and an\noptional message for the commit. `expectedVersion`, where given, makes the\nwrite fail with extensions.code CONFLICT unless the entity's latest version\non that branch is still that one. Errors carry extensions.code:\nUNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT.",
  Subscription:
    'Live updates, over WebSocket only (graphql-ws protocol, same URL as queries: ws(s)://host/graphql); the token goes in connection_init as { "Authorization": "Bearer <token>" } (no token or an expired one closes the socket with 4401). Each event is read fresh, as a query at that moment would read it; every role may subscribe. Over HTTP a subscription is a validation error.',
} as const;

/** Sets the descriptions of the schema and its root types (Query, Mutation, Subscription) on a built schema. */
export function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  schema.description = ROOTS.schema;
  const query = schema.getQueryType();
  if (query) query.description = ROOTS.Query;
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = ROOTS.Mutation;
  const subscription = schema.getSubscriptionType();
  if (subscription) subscription.description = ROOTS.Subscription;
  return schema;
}
