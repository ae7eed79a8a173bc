import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';

/** Thrown by scalar parsing; formatError answers it as BAD_USER_INPUT wherever it surfaces. */
export class ScalarInputError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT' } });
    this.name = 'ScalarInputError';
  }
}

function stringLiteral(scalar: string, ast: ValueNode): string {
  if (ast.kind !== Kind.STRING) throw new ScalarInputError(`${scalar} must be given as a string`);
  return ast.value;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === value;
}

/** A real calendar date: 2026-02-30 is refused, not rolled over. */
export function parseCalendarDate(value: unknown): string {
  if (typeof value !== 'string') throw new ScalarInputError('Date must be a string in YYYY-MM-DD form');
  if (!ISO_DATE.test(value)) throw new ScalarInputError(`"${value}" is not a date in YYYY-MM-DD form`);
  if (!isCalendarDate(value)) throw new ScalarInputError(`"${value}" is not a calendar date`);
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description:
    'Calendar date, YYYY-MM-DD (graphql-scalars Date / LocalDate): a business day without time or zone (plannedStart, incurredOn, an EVM control date), unlike DateTime. It must exist: 2026-02-30 is BAD_USER_INPUT.',
  // Dates leaving the server come from date columns already in this form.
  serialize: (value) => (typeof value === 'string' ? value : parseCalendarDate(value)),
  parseValue: (value) => parseCalendarDate(value),
  parseLiteral: (ast) => parseCalendarDate(stringLiteral('Date', ast)),
});

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseInstant(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) {
    throw new ScalarInputError(`"${String(value)}" is not an ISO-8601 instant with offset, e.g. 2026-03-01T12:00:00Z`);
  }
  const date = new Date(value);
  // Date rolls 2026-02-30 over to March 2: the calendar date must exist as written.
  if (Number.isNaN(date.getTime()) || !isCalendarDate(value.slice(0, 10)))
    throw new ScalarInputError(`"${value}" is not a valid instant`);
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'ISO-8601 instant with offset, e.g. 2026-03-01T12:00:00Z (graphql-scalars DateTime): a moment in time (when a commit was made, what asOf reads at), unlike Date. Answered in UTC with millisecond precision; an input may carry any offset.',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    return parseInstant(value).toISOString();
  },
  parseValue: parseInstant,
  parseLiteral: (ast) => parseInstant(stringLiteral('DateTime', ast)),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseUuid(value: unknown): string {
  if (typeof value !== 'string' || !UUID.test(value)) throw new ScalarInputError(`"${String(value)}" is not a UUID`);
  return value.toLowerCase();
}

export const UUIDScalar = new GraphQLScalarType<string, string>({
  name: 'UUID',
  description:
    'An identifier in the 8-4-4-4-12 hexadecimal form, e.g. 0190f6a3-5c2e-7b1d-9a4f-3e8c2d1b0a96 (ids made here are time-ordered UUID v7). Answered in lower case; any case is accepted.',
  serialize: (value) => {
    if (typeof value !== 'string') throw new TypeError('UUID values are strings inside the server');
    return value;
  },
  parseValue: parseUuid,
  parseLiteral: (ast) => parseUuid(stringLiteral('UUID', ast)),
});

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Money arrives as a string with at most two decimals; more precision is refused, never rounded. */
function parseDecimal(value: unknown): string {
  if (typeof value !== 'string')
    throw new ScalarInputError('Decimal must be given as a string such as "1250.00", never a float');
  if (!DECIMAL.test(value)) throw new ScalarInputError(`"${value}" is not a decimal number`);
  const fraction = value.split('.')[1] ?? '';
  if (fraction.length > 2) throw new ScalarInputError(`"${value}" has more than two decimals`);
  return value;
}

export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'Exact decimal, serialized as a JSON string such as "1250000.00". Never a float. Money, in the project\'s currency: answers have exactly two decimals (rounded half-even only when serialized); inputs are strings with at most two decimals, more is BAD_USER_INPUT (never rounded).',
  serialize: (value) => {
    if (typeof value !== 'string') throw new TypeError('Decimal values are strings inside the server');
    return value;
  },
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(stringLiteral('Decimal', ast)),
});

export const JSONScalar = new GraphQLScalarType({
  ...GraphQLJSON.toConfig(),
  name: 'JSON',
  description:
    'Any JSON value, used for field values in diffs and conflicts: a business field\'s value in API form (Decimal as a two-decimal string, Date as YYYY-MM-DD, enums by name, references as UUID strings), an object of such values for a whole entity (field "*"), or null.',
});
