/**
 * Random operation sequences for the model-based history tests. Operations are plain data
 * (so a shrunk sequence renders as a regression test) and name everything abstractly: a
 * project, WBE, cost element, commit or change order by its index in creation order (taken
 * modulo the number that exist when the operation runs), a moment by a commit and an offset
 * in milliseconds from its committedAt. Values come from tiny pools so that edits collide.
 */
import fc from 'fast-check';

/** A moment: a commit's committedAt plus an offset (ms), or far before/after everything. */
export type Moment = { commit: number; offset: -1 | 0 | 1 } | 'past' | 'future';
/**
 * A branch: an index into the project's branches in creation order (0 is main), or a literal
 * name (used for names that do not exist).
 */
export type BranchSpec = number | string;
/** Where to read or branch from: a branch's head, a branch at a moment, or a commit (on its own branch). */
export type RefSpec =
  | { branch: BranchSpec }
  | { branch: BranchSpec; asOf: Moment }
  | { commit: number }
  /** both a moment and a commit: BAD_USER_INPUT */
  | { commit: number; asOf: Moment };
export type Strategy = 'FAIL_ON_CONFLICT' | 'OURS' | 'THEIRS';
/**
 * How a merge picks resolutions, from the conflicts a dry run reports: for conflict i (sorted
 * by entity and field), picks[i % length]: 0 none, 1 ours, 2 theirs (for a code: a new code, so
 * that more merges succeed), 3 base, 4 a new value, 5 an invalid value, 6 theirs even for a
 * code (a clashing code must be refused). 'stray': one resolution for a
 * conflict that does not exist.
 */
export type ResolvePlan = number[] | 'stray';

interface OnBranch {
  /** Project index, modulo the projects created so far. */
  p: number;
  branch: BranchSpec;
}
export interface WbeInput {
  code?: string;
  name?: string;
  description?: string | null;
  /** Index of the parent WBE; null: top level. */
  parent?: number | null;
}
export interface CeInput {
  wbe?: number;
  code?: string;
  name?: string;
  costType?: 'LABOR' | 'MATERIAL' | 'OTHER';
  budget?: string;
  start?: string;
  end?: string;
}

export type Op =
  | { op: 'createProject' }
  | (OnBranch & {
      op: 'updateProject';
      input: { name?: string; description?: string | null; status?: 'ACTIVE' | 'ON_HOLD' };
      expectedVersion?: number;
    })
  | (OnBranch & { op: 'createWbe'; input: WbeInput & { code: string; name: string } })
  | (OnBranch & { op: 'updateWbe'; wbe: number; input: WbeInput; expectedVersion?: number })
  | (OnBranch & { op: 'deleteWbe'; wbe: number; expectedVersion?: number })
  | (OnBranch & {
      op: 'createCe';
      input: CeInput & { wbe: number; code: string; budget: string; start: string; end: string };
    })
  | (OnBranch & { op: 'updateCe'; ce: number; input: CeInput; expectedVersion?: number })
  | (OnBranch & { op: 'deleteCe'; ce: number; expectedVersion?: number })
  | (OnBranch & { op: 'registerCost'; ce: number; amount: string; date: string; description?: string })
  | (OnBranch & { op: 'recordProgress'; ce: number; percent: number; date: string })
  | { op: 'createBranch'; p: number; name: string; from?: RefSpec }
  | { op: 'archiveBranch'; p: number; branch: BranchSpec }
  /**
   * target: a branch; source: another branch, `source` places after the target (modulo the
   * others), or a branch name.
   */
  | {
      op: 'merge';
      p: number;
      target: BranchSpec;
      source: number | string;
      strategy: Strategy;
      dryRun?: boolean;
      resolve?: ResolvePlan;
    }
  /** commit: index of the commit in the project's creation order (negative: from the last). */
  | (OnBranch & { op: 'revert'; commit: number })
  | { op: 'createCo'; p: number; code: string }
  /** co: index of the change order in creation order (negative: from the last). */
  | { op: 'submitCo' | 'withdrawCo' | 'approveCo' | 'rejectCo'; p: number; co: number }
  | { op: 'read'; p: number; at: RefSpec }
  | { op: 'log'; p: number; branch: BranchSpec; pageSize?: number }
  | { op: 'diff'; p: number; from: RefSpec; to: RefSpec; mode: 'TWO_DOT' | 'THREE_DOT' }
  | { op: 'changes'; p: number; commit: number };

export type OpName = Op['op'];

// ---- value pools: small, so that two sides often touch the same field ----
const rare = <T>(common: fc.Arbitrary<T>, unusual: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: common, weight: 12 }, { arbitrary: unusual, weight: 1 });
const wbeCode = rare(fc.constantFrom('A', 'B', 'C'), fc.constantFrom('', 'a b', ' A '));
const ceCode = rare(fc.constantFrom('X', 'Y'), fc.constantFrom('', 'x y'));
const name = rare(fc.constantFrom('n', 'm', 'o'), fc.constant(' '));
const description = fc.constantFrom<string | null>(null, 'd', 'e');
const budget = rare(fc.constantFrom('1', '2.50', '3.00'), fc.constantFrom('-1', '1.234'));
const startDay = rare(fc.constantFrom('2026-01-01', '2026-02-01'), fc.constant('1800-01-01'));
const endDay = rare(fc.constantFrom('2026-03-01', '2026-04-01'), fc.constant('2026-01-15'));
/** Updates move either end anywhere, so two sides can each move one end validly and cross them. */
const anyDay = fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01');
const day = rare(fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01'), fc.constant('1800-01-01'));
const costType = fc.constantFrom<'LABOR' | 'MATERIAL' | 'OTHER'>('LABOR', 'MATERIAL', 'OTHER');
const index = fc.nat({ max: 7 });
/** Resolution choices (see ResolvePlan): mostly ours, theirs or a new value; rarely none, base or invalid. */
const pick = fc.oneof(
  { arbitrary: fc.constantFrom(1, 2), weight: 6 },
  { arbitrary: fc.constant(4), weight: 2 },
  { arbitrary: fc.constantFrom(0, 3), weight: 2 },
  { arbitrary: fc.constantFrom(5, 6), weight: 1 },
);
const picks = fc.array(pick, { minLength: 1, maxLength: 3 });
const project = fc.constantFrom(0, 0, 0, 1);
/** Mostly absent: a stale expectedVersion makes the write a CONFLICT. */
const expectedVersion = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 9 },
  { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 1 },
);
const branch = rare<BranchSpec>(fc.constantFrom(0, 0, 1, 1, 2, 3), fc.constant('nope'));
const newBranchName = rare(fc.constantFrom('b1', 'b2', 'b3'), fc.constantFrom('main', 'co-A', 'bad name'));

const moment: fc.Arbitrary<Moment> = fc.oneof(
  { arbitrary: fc.record({ commit: fc.nat({ max: 30 }), offset: fc.constantFrom<-1 | 0 | 1>(-1, 0, 1) }), weight: 8 },
  { arbitrary: fc.constantFrom<'past' | 'future'>('past', 'future'), weight: 1 },
);
const refSpec: fc.Arbitrary<RefSpec> = fc.oneof(
  { arbitrary: fc.record({ branch }), weight: 24 },
  { arbitrary: fc.record({ branch, asOf: moment }), weight: 24 },
  { arbitrary: fc.record({ commit: fc.nat({ max: 30 }) }), weight: 16 },
  { arbitrary: fc.record({ commit: fc.nat({ max: 30 }), asOf: moment }), weight: 1 },
);

/** A key of an update input, present `inTen` times in ten. */
const maybe = <T>(arbitrary: fc.Arbitrary<T>, inTen: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 10 - inTen }, { arbitrary, weight: inTen });
/** An update input: the keys that are present. */
const some = <T extends Record<string, unknown>>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<{
  [K in keyof T]?: Exclude<T[K], undefined>;
}> =>
  fc.record(model).map(
    (input) =>
      Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as {
        [K in keyof T]?: Exclude<T[K], undefined>;
      },
  );

const onBranch = { p: project, branch };
const ops: { arbitrary: fc.Arbitrary<Op>; weight: number }[] = [
  { weight: 1, arbitrary: fc.constant({ op: 'createProject' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('updateProject' as const),
      ...onBranch,
      input: some({
        name: maybe(name, 5),
        description: maybe(description, 4),
        status: maybe(fc.constantFrom<'ACTIVE' | 'ON_HOLD'>('ACTIVE', 'ON_HOLD'), 4),
      }),
      expectedVersion,
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('createWbe' as const),
      ...onBranch,
      input: fc.record(
        { code: wbeCode, name, description, parent: fc.option(index, { nil: null, freq: 2 }) },
        { requiredKeys: ['code', 'name'] },
      ),
    }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      op: fc.constant('updateWbe' as const),
      ...onBranch,
      wbe: index,
      input: some({
        code: maybe(wbeCode, 1),
        name: maybe(name, 5),
        description: maybe(description, 4),
        parent: maybe(fc.option(index, { nil: null, freq: 3 }), 3),
      }),
      expectedVersion,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('deleteWbe' as const), ...onBranch, wbe: index, expectedVersion }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('createCe' as const),
      ...onBranch,
      input: fc.record(
        { wbe: index, code: ceCode, name, costType, budget, start: startDay, end: endDay },
        { requiredKeys: ['wbe', 'code', 'budget', 'start', 'end'] },
      ),
    }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      op: fc.constant('updateCe' as const),
      ...onBranch,
      ce: index,
      input: some({
        wbe: maybe(index, 2),
        code: maybe(ceCode, 1),
        name: maybe(name, 3),
        costType: maybe(costType, 3),
        budget: maybe(budget, 4),
        start: maybe(anyDay, 2),
        end: maybe(anyDay, 2),
      }),
      expectedVersion,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('deleteCe' as const), ...onBranch, ce: index, expectedVersion }),
  },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        op: fc.constant('registerCost' as const),
        ...onBranch,
        ce: index,
        amount: rare(fc.constantFrom('1.00', '2.5'), fc.constantFrom('-1', '0.001')),
        date: day,
        description: fc.constant('c'),
      },
      { requiredKeys: ['op', 'p', 'branch', 'ce', 'amount', 'date'] },
    ),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('recordProgress' as const),
      ...onBranch,
      ce: index,
      percent: rare(fc.constantFrom(0, 50, 100), fc.constant(150)),
      date: day,
    }),
  },
  {
    weight: 7,
    arbitrary: fc.record(
      { op: fc.constant('createBranch' as const), p: project, name: newBranchName, from: refSpec },
      { requiredKeys: ['op', 'p', 'name'] },
    ),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('archiveBranch' as const), p: project, branch }) },
  {
    weight: 14,
    arbitrary: fc.record(
      {
        op: fc.constant('merge' as const),
        p: project,
        target: branch,
        source: fc.nat({ max: 3 }),
        strategy: fc.constantFrom<Strategy>('FAIL_ON_CONFLICT', 'FAIL_ON_CONFLICT', 'OURS', 'THEIRS'),
        dryRun: rare(fc.constant(false), fc.constant(true)),
        resolve: fc.oneof({ arbitrary: picks, weight: 6 }, { arbitrary: fc.constant('stray' as const), weight: 1 }),
      },
      { requiredKeys: ['op', 'p', 'source', 'target', 'strategy'] },
    ),
  },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('revert' as const), ...onBranch, commit: fc.nat({ max: 30 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('createCo' as const),
      p: project,
      code: rare(fc.constant('A'), fc.constant('B')),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constantFrom('submitCo' as const, 'withdrawCo' as const, 'approveCo' as const, 'rejectCo' as const),
      p: project,
      co: index,
    }),
  },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('read' as const), p: project, at: refSpec }) },
  {
    weight: 1,
    arbitrary: fc.record(
      { op: fc.constant('log' as const), p: project, branch, pageSize: fc.integer({ min: 1, max: 3 }) },
      { requiredKeys: ['op', 'p', 'branch'] },
    ),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('diff' as const),
      p: project,
      from: refSpec,
      to: refSpec,
      mode: fc.constantFrom<'TWO_DOT' | 'THREE_DOT'>('TWO_DOT', 'THREE_DOT'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('changes' as const), p: project, commit: fc.nat({ max: 30 }) }) },
];

export const operation: fc.Arbitrary<Op> = fc.oneof(...ops);

/** A merge of one branch into another, with any strategy, sometimes a dry run or resolutions. */
const mergeOp = (target: fc.Arbitrary<BranchSpec>): fc.Arbitrary<Op> =>
  fc.record(
    {
      op: fc.constant('merge' as const),
      p: fc.constant(0),
      target,
      source: fc.nat({ max: 3 }),
      strategy: fc.constantFrom<Strategy>('FAIL_ON_CONFLICT', 'OURS', 'THEIRS'),
      dryRun: rare(fc.constant(false), fc.constant(true)),
      resolve: picks,
    },
    { requiredKeys: ['op', 'p', 'target', 'source', 'strategy'] },
  );

/**
 * Scenarios that make conflicts likely: both sides (main and another branch) change the same
 * entity, then one is merged into the other.
 */
const sides = fc.constantFrom<[BranchSpec, BranchSpec]>([0, 1], [1, 0], [1, 2], [0, 2]);
const scenario: fc.Arbitrary<Op[]> = fc.oneof(
  // the same field of the same WBE, edited on both sides (one side perhaps also another field:
  // with CONFLICTS, that one is listed in changes)
  fc
    .tuple(
      sides,
      index,
      fc.constantFrom('name', 'description'),
      fc.constantFrom<[string, string]>(['m', 'o'], ['o', 'm'], ['d', 'e']),
      fc.constantFrom<WbeInput>({}, {}, { code: 'E' }, { parent: null }),
      mergeOp(fc.constantFrom<BranchSpec>(0, 1)),
    )
    .map(([[x, y], wbe, field, [u, v], extra, merge]): Op[] => [
      { op: 'updateWbe', p: 0, branch: x, wbe, input: { [field]: u } },
      { op: 'updateWbe', p: 0, branch: y, wbe, input: { [field]: v, ...extra } },
      merge,
    ]),
  // a cost element's budget or dates, edited on both sides (start on one, end on the other can cross)
  fc
    .tuple(
      sides,
      index,
      fc.constantFrom<[CeInput, CeInput]>(
        [{ budget: '2.50' }, { budget: '3.00' }],
        [{ start: '2026-03-01' }, { end: '2026-02-01' }],
        [{ costType: 'LABOR' }, { costType: 'MATERIAL' }],
        [
          { budget: '2.50', name: 'm' },
          { budget: '3.00', costType: 'LABOR' },
        ],
        [
          { start: '2026-03-01', name: 'm' },
          { end: '2026-02-01', name: 'o' },
        ],
      ),
      mergeOp(fc.constantFrom<BranchSpec>(0, 1)),
    )
    .map(([[x, y], ce, [u, v], merge]): Op[] => [
      { op: 'updateCe', p: 0, branch: x, ce, input: u },
      { op: 'updateCe', p: 0, branch: y, ce, input: v },
      merge,
    ]),
  // delete on one side, edit (or add below) on the other
  fc
    .tuple(sides, index, fc.boolean(), mergeOp(fc.constantFrom<BranchSpec>(0, 1)))
    .map(([[x, y], wbe, addBelow, merge]): Op[] => [
      { op: 'deleteWbe', p: 0, branch: x, wbe },
      addBelow
        ? {
            op: 'createCe',
            p: 0,
            branch: y,
            input: { wbe, code: 'Z', budget: '1', start: '2026-01-01', end: '2026-03-01' },
          }
        : { op: 'updateWbe', p: 0, branch: y, wbe, input: { name: 'o' } },
      merge,
    ]),
  // one side renames an element to a code that the other side gave to another one
  fc
    .tuple(sides, index, index, fc.boolean(), mergeOp(fc.constantFrom<BranchSpec>(0, 1)))
    .map(([[x, y], a, b, alsoName, merge]): Op[] => [
      { op: 'updateWbe', p: 0, branch: x, wbe: a, input: { code: 'C' } },
      { op: 'updateWbe', p: 0, branch: y, wbe: b, input: { code: 'C', ...(alsoName ? { name: 'o' } : {}) } },
      merge,
    ]),
  // a change order: prepared on its branch (perhaps while main moves on; perhaps with no change
  // at all, or one undone again), submitted, perhaps edited while frozen (refused), given a
  // cost (accepted) or withdrawn, edited and submitted again, then decided
  fc
    .tuple(
      fc.constantFrom('A', 'B'),
      index,
      fc.constantFrom<[string, string]>(['m', 'o'], ['o', 'o']),
      fc.constantFrom('edit', 'edit', 'none', 'undone'),
      fc.boolean(),
      fc.boolean(),
      fc.constantFrom('straight', 'frozen', 'withdrawn'),
    )
    .map(([code, wbe, [u, v], edit, mainMoves, reject, review]): Op[] => {
      const branch = `co-${code}`;
      const underReview: Op[] =
        review === 'frozen'
          ? [
              { op: 'updateWbe', p: 0, branch, wbe, input: { name: 'f' } },
              { op: 'merge', p: 0, target: branch, source: 'main', strategy: 'OURS', dryRun: false, resolve: [] },
              { op: 'registerCost', p: 0, branch, ce: 0, amount: '1.00', date: '2026-03-01' },
              { op: 'archiveBranch', p: 0, branch },
            ]
          : review === 'withdrawn'
            ? [
                { op: 'withdrawCo', p: 0, co: -1 },
                { op: 'updateWbe', p: 0, branch, wbe, input: { name: 'w' } },
                { op: 'submitCo', p: 0, co: -1 },
              ]
            : [];
      return [
        { op: 'createCo', p: 0, code },
        ...(edit === 'none' ? [] : [{ op: 'updateWbe' as const, p: 0, branch, wbe, input: { name: u } }]),
        ...(edit === 'undone' ? [{ op: 'revert' as const, p: 0, branch, commit: -1 }] : []),
        ...(mainMoves ? [{ op: 'updateWbe' as const, p: 0, branch: 0, wbe, input: { name: v } }] : []),
        { op: 'submitCo', p: 0, co: -1 },
        ...underReview,
        { op: reject ? 'rejectCo' : 'approveCo', p: 0, co: -1 },
      ];
    }),
  // the same code added on both sides, or crossing moves of two WBEs
  fc
    .tuple(sides, fc.boolean(), index, index, mergeOp(fc.constantFrom<BranchSpec>(0, 1)))
    .map(([[x, y], sameCode, a, b, merge]): Op[] =>
      sameCode
        ? [
            { op: 'createWbe', p: 0, branch: x, input: { code: 'D', name: 'n' } },
            { op: 'createWbe', p: 0, branch: y, input: { code: 'D', name: 'm' } },
            merge,
          ]
        : [
            { op: 'updateWbe', p: 0, branch: x, wbe: a, input: { parent: b } },
            { op: 'updateWbe', p: 0, branch: y, wbe: b, input: { parent: a } },
            merge,
          ],
    ),
);

/**
 * Scenarios on a branch of their own (created here; it may exist already), merged into main or
 * main into it by name, so that the case they build is what the merge sees.
 */
const ownBranch = fc.constantFrom('b1', 'b2', 'b3');
const mergeBetween = (branch: string, intoMain: boolean, strategy: Strategy, dryRun: boolean, resolve: number[]): Op =>
  intoMain
    ? { op: 'merge', p: 0, target: 0, source: branch, strategy, dryRun, resolve }
    : { op: 'merge', p: 0, target: branch, source: 'main', strategy, dryRun, resolve };
const strategy = fc.constantFrom<Strategy>('FAIL_ON_CONFLICT', 'FAIL_ON_CONFLICT', 'OURS', 'THEIRS');
/** Edits on main and on the branch that conflict on one field of an entity and change others cleanly. */
const partlyConflicting = (a: number, b: number, ce: number, branch: string): [Op[], Op[]][] => [
  // a name conflict on WBE a; the branch moves a under b, main moves b under a: a cycle
  [
    [
      { op: 'updateWbe', p: 0, branch: 0, wbe: a, input: { name: 'm' } },
      { op: 'updateWbe', p: 0, branch: 0, wbe: b, input: { parent: a } },
    ],
    [{ op: 'updateWbe', p: 0, branch, wbe: a, input: { name: 'o', parent: b, description: 'e' } }],
  ],
  // a name conflict on a cost element; main ends it early, the branch starts it late: crossed dates
  [
    [{ op: 'updateCe', p: 0, branch: 0, ce, input: { name: 'm', end: '2026-02-01' } }],
    [{ op: 'updateCe', p: 0, branch, ce, input: { name: 'o', start: '2026-03-01', budget: '3.00' } }],
  ],
  // a budget conflict; the branch also renames the element and moves its end
  [
    [{ op: 'updateCe', p: 0, branch: 0, ce, input: { budget: '2.50', costType: 'LABOR' } }],
    [{ op: 'updateCe', p: 0, branch, ce, input: { budget: '3.00', name: 'o', end: '2026-04-01' } }],
  ],
  // a name conflict on WBE a, whose new code on the branch main gave to WBE b
  [
    [
      { op: 'updateWbe', p: 0, branch: 0, wbe: b, input: { code: 'C' } },
      { op: 'updateWbe', p: 0, branch: 0, wbe: a, input: { name: 'm' } },
    ],
    [{ op: 'updateWbe', p: 0, branch, wbe: a, input: { code: 'C', name: 'o', description: 'e' } }],
  ],
  // main deletes WBE a; the branch adds a cost element under it and renames a cost element
  [
    [{ op: 'deleteWbe', p: 0, branch: 0, wbe: a }],
    [
      {
        op: 'createCe',
        p: 0,
        branch,
        input: { wbe: a, code: 'Z', budget: '1', start: '2026-01-01', end: '2026-03-01' },
      },
      { op: 'updateCe', p: 0, branch, ce, input: { name: 'o' } },
    ],
  ],
  // the branch deletes WBE a; main edits a cost element (perhaps under a) and a
  [
    [
      { op: 'updateCe', p: 0, branch: 0, ce, input: { budget: '2.50' } },
      { op: 'updateWbe', p: 0, branch: 0, wbe: a, input: { description: 'd' } },
    ],
    [{ op: 'deleteWbe', p: 0, branch, wbe: a }],
  ],
];
const focused: fc.Arbitrary<Op[]> = fc.oneof(
  // one side's edits conflict with the other's on some fields, not on others
  fc
    .tuple(ownBranch, index, index, index, fc.nat({ max: 5 }), fc.boolean(), strategy, fc.boolean(), picks)
    .map(([name, a, b, ce, n, intoMain, how, dryRun, resolve]): Op[] => {
      const [onMain, onBranch] = partlyConflicting(a, b, ce, name)[n] ?? [[], []];
      return [
        { op: 'createBranch', p: 0, name },
        ...onMain,
        ...onBranch,
        mergeBetween(name, intoMain, how, dryRun, resolve),
        mergeBetween(name, intoMain, how, !dryRun, resolve),
      ];
    }),
  // a side that brings nothing: no commit of its own, an edit undone again, or only the other
  // side merged into it (while the other side may move on)
  fc
    .tuple(
      ownBranch,
      index,
      fc.constantFrom<WbeInput>({ name: 'o' }, { description: 'e' }, { parent: null }, { code: 'E' }),
      fc.constantFrom('nothing', 'undone', 'merged'),
      fc.boolean(),
      fc.boolean(),
      strategy,
    )
    .map(([name, wbe, input, how, onMain, intoMain, strat]): Op[] => {
      const [side, other]: [BranchSpec, BranchSpec] = onMain ? [0, name] : [name, 0];
      const quiet: Op[] =
        how === 'nothing'
          ? []
          : how === 'undone'
            ? [
                { op: 'updateWbe', p: 0, branch: side, wbe, input },
                { op: 'revert', p: 0, branch: side, commit: -1 },
              ]
            : [
                { op: 'updateWbe', p: 0, branch: other, wbe, input },
                onMain
                  ? { op: 'merge', p: 0, target: 0, source: name, strategy: 'FAIL_ON_CONFLICT' }
                  : { op: 'merge', p: 0, target: name, source: 'main', strategy: 'FAIL_ON_CONFLICT' },
              ];
      return [
        { op: 'createBranch', p: 0, name },
        ...quiet,
        { op: 'updateWbe', p: 0, branch: other, wbe, input: { name: 'm' } },
        mergeBetween(name, intoMain, strat, true, [1]),
        mergeBetween(name, intoMain, strat, false, [1]),
      ];
    }),
);

/** A few WBEs and cost elements on main, so that later operations have something to work on. */
const setup: fc.Arbitrary<Op[]> = fc.array(
  fc.oneof(
    fc.record({
      op: fc.constant('createWbe' as const),
      p: fc.constant(0),
      branch: fc.constant(0),
      input: fc.record({ code: fc.constantFrom('A', 'B', 'C'), name }),
    }),
    fc.record({
      op: fc.constant('createCe' as const),
      p: fc.constant(0),
      branch: fc.constant(0),
      input: fc.record({
        wbe: index,
        code: fc.constantFrom('X', 'Y'),
        budget: fc.constant('1'),
        start: fc.constant('2026-01-01'),
        end: fc.constant('2026-03-01'),
      }),
    }),
  ),
  { maxLength: 4 },
);
const earlyBranch: fc.Arbitrary<Op[]> = fc.option(fc.constant([{ op: 'createBranch' as const, p: 0, name: 'b1' }]), {
  nil: [],
  freq: 3,
});

/** A sequence always starts by creating a project (a second one may come later), then a small setup. */
export function sequence(maxOps: number): fc.Arbitrary<Op[]> {
  const step = fc.oneof(
    { arbitrary: operation.map((op) => [op]), weight: 8 },
    { arbitrary: scenario, weight: 2 },
    { arbitrary: focused, weight: 1 },
  );
  return fc
    .tuple(setup, earlyBranch, fc.array(step, { minLength: 1, maxLength: Math.ceil(maxOps / 1.4), size: 'max' }))
    .map(([prelude, branch, list]) => [{ op: 'createProject' as const }, ...prelude, ...branch, ...list.flat()]);
}
