import fc from 'fast-check';

/** A reference to an id (or branch name) that the run knows, resolved when the request is sent. */
export class Known {
  constructor(
    readonly pool: string,
    readonly n: number,
  ) {}
}

export const known = (pool: string): fc.Arbitrary<Known> => fc.nat().map((n) => new Known(pool, n));

/** A value of one kind of input: what a careful client sends, and what probes the server. */
export interface Gen {
  valid: fc.Arbitrary<unknown>;
  hostile: fc.Arbitrary<unknown>;
}

const gen = (valid: fc.Arbitrary<unknown>, hostile: fc.Arbitrary<unknown>): Gen => ({ valid, hostile });

const CONTROL = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009b',
);

/** Text that has broken servers: control characters, huge strings, odd Unicode, SQL and format strings. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\u0000',
      'main\u0000',
      "'; DROP TABLE app_user; --",
      '%s%n%x',
      '${jndi:ldap://x}',
      '\ud800',
      '\udfff',
      'a\ud83d',
      '\u202e\u2066',
      '\ufeff',
      '🚧'.repeat(300),
      '../../etc/passwd',
      '<script>alert(1)</script>',
      '__proto__',
      'constructor',
      'null',
      'main ',
      ' main',
      'MAIN',
    ),
    weight: 3,
  },
  { arbitrary: fc.tuple(fc.string(), CONTROL, fc.string()).map(([a, c, b]) => `${a}${c}${b}`), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 200_000 }).map((n) => 'x'.repeat(n)), weight: 1 },
  { arbitrary: fc.integer({ min: 40, max: 5_000 }).map((n) => 'é'.repeat(n)), weight: 1 },
);

/** A value of the wrong JSON type for wherever it lands. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

export const text: Gen = gen(
  fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9äöüß工程 .,-]{0,28}[A-Za-z]$/),
    fc.constantFrom('Main works', 'Änderung 2', '工程'),
  ),
  fc.oneof(hostileString, wrongType),
);

export const code: Gen = gen(
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._\-/]{0,12}$/),
  fc.oneof(hostileString, wrongType, fc.constantFrom('-x', 'a b', 'x'.repeat(51), '1')),
);

export const branchName: Gen = gen(
  fc.oneof(
    { arbitrary: known('branch'), weight: 3 },
    { arbitrary: fc.constantFrom('main', 'feature'), weight: 2 },
    { arbitrary: fc.stringMatching(/^[a-z][a-z0-9\-/]{0,10}$/), weight: 1 },
  ),
  fc.oneof(hostileString, wrongType, fc.constantFrom('x'.repeat(64), '-lead', 'a..b')),
);

const randomUuid = fc.uuid();
export function uuid(pool: string): Gen {
  return gen(
    fc.oneof(
      { arbitrary: known(pool), weight: 4 },
      { arbitrary: known('any'), weight: 1 },
      { arbitrary: randomUuid, weight: 1 },
    ),
    fc.oneof(
      hostileString,
      wrongType,
      fc.constantFrom('00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', '0190f5e2-7a4b'),
      randomUuid.map((u) => u.toUpperCase()),
      randomUuid.map((u) => `{${u}}`),
    ),
  );
}

export const decimal: Gen = gen(
  fc.oneof(
    fc.integer({ min: 0, max: 1_000_000 }).map((n) => `${n}.${String(n % 100).padStart(2, '0')}`),
    fc.constantFrom('0', '0.00', '-0', '1', '-5.50', '99999999999999.99', '-99999999999999.99'),
  ),
  fc.oneof(
    fc.constantFrom('1e3', '1.234', ' 1', '1,00', '100000000000000.00', '0x10', 'NaN', 'Infinity', '.5', '5.', '--1'),
    fc.constantFrom('9'.repeat(400), `1.${'0'.repeat(400)}`),
    fc.double(),
    hostileString,
  ),
);

const validDate = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
export const date: Gen = gen(
  fc.oneof(validDate, fc.constantFrom('2026-01-01', '2026-06-30', '2026-12-31', '1900-01-01', '2199-12-31')),
  fc.oneof(
    fc.constantFrom('1899-12-31', '2200-01-01', '0000-01-01', '9999-12-31', '2026-02-29', '2026-13-01', '2026-1-1'),
    fc.constantFrom('2026-01-01T00:00:00Z', '20260101', 'today'),
    wrongType,
    hostileString,
  ),
);

export const dateTime: Gen = gen(
  fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.oneof(
    fc.constantFrom(
      '1970-01-01T00:00:00Z',
      '0001-01-01T00:00:00Z',
      '9999-12-31T23:59:59.999Z',
      '2026-03-01T12:00:00+14:00',
      '2026-03-01T12:00:00-23:59',
      '2026-03-01T12:00:00.123456789Z',
      '+275760-09-13T00:00:00Z',
      '2026-02-30T00:00:00Z',
      '2026-03-01T25:00:00Z',
      '2026-03-01',
    ),
    wrongType,
    hostileString,
  ),
);

export const int: Gen = gen(
  fc.integer({ min: -2, max: 200 }),
  fc.oneof(
    fc.constantFrom(2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1.5, -0),
    fc.constantFrom('1', '', 'ten'),
    wrongType,
  ),
);

export const float: Gen = gen(
  fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })),
  fc.oneof(
    fc.constantFrom(-0, -1, 100.000001, 1e308, -1e308, 5e-324, 101),
    fc.double(),
    fc.constantFrom('50'),
    wrongType,
  ),
);

export const bool: Gen = gen(fc.boolean(), wrongType);

/** JSON for resolution values: what the fields hold, plus anything at all. */
export const json: Gen = gen(
  fc.oneof(text.valid, code.valid, decimal.valid, date.valid, known('WBE'), fc.constant(null)),
  fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
    text.hostile,
    decimal.hostile,
  ),
);

export function enumValue(values: readonly string[]): Gen {
  return gen(
    fc.constantFrom(...values),
    fc.oneof(fc.constantFrom(...values.map((v) => v.toLowerCase())), fc.stringMatching(/^[A-Z_]{1,12}$/), wrongType),
  );
}
