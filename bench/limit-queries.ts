/**
 * The requests that the request limits are judged by (README "Limits"), shared by the test suite
 * (tests/limits/) and `npm run bench:limits`: tree reads a front end would write, which must
 * answer in full at default settings on the L workload, and amplification, which must be refused.
 * Tree queries take `$id` (the project); the others say what they take.
 */

const VERSION = 'id version branch validFrom validTo';
const COMMIT = 'commit { id message committedAt seq kind branch author { id fullName } }';
const EVM = 'evm { bac pv ev ac cv sv cpi spi eac etc vac tcpi percentComplete controlDate }';

function costs(levels: number): string {
  return `costRegistrations { ${VERSION} amount incurredOn description ${levels >= 2 ? COMMIT : ''} }`;
}

function progress(levels: number): string {
  return `progressEntries { ${VERSION} percentComplete measuredOn ${levels >= 2 ? COMMIT : ''} }`;
}

/** A cost element with everything below it that fits in `levels` more levels. */
function element(levels: number, withHistory = true): string {
  const parts = [`${VERSION} code name costType budget plannedStart plannedEnd`];
  if (levels >= 2) parts.push(COMMIT, EVM);
  if (levels >= 2) parts.push(costs(levels - 1), progress(levels - 1));
  if (levels >= 2 && withHistory)
    parts.push(`history { ${VERSION} code name budget plannedStart plannedEnd ${levels >= 3 ? COMMIT : ''} }`);
  return parts.join(' ');
}

/** A WBE with every list below it, nested through `children` as deep as `levels` allows. */
function wbe(levels: number): string {
  const parts = [`${VERSION} code name description budget`];
  if (levels >= 2) parts.push(COMMIT, EVM, `history { ${VERSION} code name ${levels >= 3 ? COMMIT : ''} }`);
  if (levels >= 2) parts.push(`costElements { ${element(levels - 1)} }`, `children { ${wbe(levels - 1)} }`);
  return parts.join(' ');
}

/** Tree-shaped reads: every node appears once, however deep the query nests. */
export const TREE_SHAPES: Readonly<Record<string, string>> = {
  // The issue's first example: refused by the old estimate (cost 82,222).
  nestedTreeWithEvm: `query NestedTreeWithEvm($id: UUID!) {
    project(id: $id) { id code budget ${EVM}
      wbes { id code budget children { id code budget children { id code costElements { id code budget ${EVM} } } } } } }`,
  // With actuals at every level (old estimate 721,898 on a 100-element project).
  treeWithActuals: `query TreeWithActuals($id: UUID!) {
    project(id: $id) { id code wbes { ...Level children { ...Level children { ...Level } } } } }
    fragment Level on WBE { id code budget costElements { id code budget
      costRegistrations { id amount incurredOn } progressEntries { id percentComplete measuredOn } } }`,
  // project > 9 nested WBE levels > cost element > progress (old estimate 122,222,222,223).
  twelveLevels: `query TwelveLevels($id: UUID!) { project(id: $id) { id code wbes { ${nest(9, (inner) => `id code costElements { id code progressEntries { id percentComplete } } ${inner === '' ? '' : `children { ${inner} }`}`)} } } }`,
  // Every list under wbes { children { … } }, down to the depth limit (20), with history,
  // commits and EVM at every level: at L, 130,000 objects, 4.5 million values, 126 MB.
  everyListToDepth20: `query EveryListToDepth20($id: UUID!) {
    project(id: $id) { ${VERSION} code budget ${EVM} ${COMMIT} history { ${VERSION} code name ${COMMIT} }
      wbes { ${wbe(17)} } } }`,
  // The same flat, every WBE and element with their actuals, commits and EVM; past states of the
  // project and the WBEs (those of 10,000 elements are read above, and cost a second 150 MB).
  flatEverything: `query FlatEverything($id: UUID!) {
    project(id: $id) { ${VERSION} code budget ${EVM} ${COMMIT} history { ${VERSION} ${COMMIT} }
      allWbes { ${wbe(2)} costElements { ${element(4, false)} } } } }`,
};

function nest(levels: number, level: (inner: string) => string): string {
  let inner = '';
  for (let i = 0; i < levels; i += 1) inner = level(inner);
  return inner;
}

/**
 * A read whose real result keeps growing: each WBE's project again, and its WBEs again
 * (200 x 200 x … at L). Stopped by the execution budget, after a few thousand repeats.
 */
export const BACK_AND_FORTH = `query BackAndForth($id: UUID!) { project(id: $id) { ${nest(
  9,
  (inner) => `allWbes { id code name ${inner === '' ? '' : `project { id ${inner} }`} }`,
)} } }`;

function aliases(n: number, alias: (i: number) => string): string {
  return Array.from({ length: n }, (_, i) => alias(i)).join(' ');
}

/** An amplifying request and how it is sent. */
export interface Amplification {
  query: string;
  /** Beside `$id` (the project) where the query declares it. */
  variables?: Record<string, unknown>;
  /** Sent without a token: refused before authentication matters. */
  anonymous?: boolean;
}

/** Requests refused before any resolver runs, each in a few milliseconds. */
export const AMPLIFICATIONS: Readonly<Record<string, Amplification>> = {
  diffAliases1000: {
    query: `query DiffAliases($id: UUID!) { ${aliases(1000, (i) => `d${i}: diff(projectId: $id, from: { branch: "main" }, to: { branch: "co-1" }) { mode }`)} }`,
  },
  // The same, as short as GraphQL can spell it.
  diffAliases1000Compact: {
    query: `query($id:UUID!,$f:RefInput!,$t:RefInput!){${aliases(1000, (i) => `d${i}:diff(projectId:$id,from:$f,to:$t){mode}`)}}`,
    variables: { f: { branch: 'main' }, t: { branch: 'co-1' } },
  },
  mergeDryRunAliases1000: {
    query: `mutation MergeAliases($id: UUID!) { ${aliases(1000, (i) => `m${i}: mergeBranch(projectId: $id, source: "co-1", dryRun: true) { status }`)} }`,
  },
  projectAliases1000: {
    query: `query($id:UUID!){${aliases(1000, (i) => `p${i}:project(id:$id){id}`)}}`,
  },
  typenameAliases50000: { query: `{ ${aliases(50_000, (i) => `a${i}:__typename`)} }`, anonymous: true },
  // Under the token limit: refused by the alias limit.
  typenameAliases3000: { query: `{ ${aliases(3000, (i) => `a${i}:__typename`)} }`, anonymous: true },
  repeatedFields20000: { query: `query($id: UUID!) { project(id: $id) { ${'code '.repeat(20_000)} } }` },
  // Under the token limit: graphql-js gives up comparing the same field with itself.
  repeatedFields9000: { query: `query($id: UUID!) { project(id: $id) { ${'code '.repeat(9000)} } }` },
  // 500 fragments, each a level deeper: depth 1,000.
  nestedFragmentChain: {
    query: `query($id: UUID!) { project(id: $id) { ...F0 } } ${aliases(500, (i) => `fragment F${i} on Project { wbes { project { ...F${i + 1} } } }`)} fragment F500 on Project { id }`,
  },
  // 16 fragments, each spread twice in the one before: 65,536 paths in 1 KB, within the depth limit.
  doublingFragments: {
    query: `query($id: UUID!) { project(id: $id) { allWbes { ...W0 } } } ${aliases(16, (i) => `fragment W${i} on WBE { children { ...W${i + 1} } parent { ...W${i + 1} } }`)} fragment W16 on WBE { id }`,
  },
  // Ten diffs: each weighs 200, the limit is 2,000; the eleventh is one too many.
  diffAliases11: {
    query: `query Diffs($id: UUID!) { ${aliases(11, (i) => `d${i}: diff(projectId: $id, from: { branch: "main" }, to: { branch: "co-1" }) { mode }`)} }`,
  },
};

/**
 * Distinct nodes, no repeats: the whole history of every cost element at several moments (each
 * its own read point, about 260,000 nodes each at L): stopped by MAX_RESULT_NODES.
 */
export function manyReadPoints(moments: readonly string[]): string {
  const reads = moments.map(
    (asOf, i) =>
      `at${i}: project(id: $id, asOf: "${asOf}") { allWbes { costElements { id costRegistrations { id } progressEntries { id } history { id version budget } } } }`,
  );
  return `query ManyReadPoints($id: UUID!) { ${reads.join(' ')} }`;
}
