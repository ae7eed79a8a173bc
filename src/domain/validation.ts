import { BadInputError } from '../shared/errors.js';

/** Field rules shared by every domain module; each failure names its field. */

const CODE = /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/;
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2199-12-31';

/** Merged or resolved states arrive untyped at run time: a required field may be null there. */
function present(field: string, value: unknown): string {
  if (typeof value !== 'string') throw BadInputError.field(field, 'is required');
  return value;
}

export function requireCode(field: string, value: string): string {
  const code = present(field, value).trim();
  if (code === '') throw BadInputError.field(field, 'must not be empty');
  if (code.length > 50) throw BadInputError.field(field, 'must be at most 50 characters');
  if (!CODE.test(code))
    throw BadInputError.field(
      field,
      'may contain only letters, digits, ".", "_", "-" and "/", starting with a letter or digit',
    );
  return code;
}

/** Names and titles are one line: the control characters that text may hold (tab, line breaks) are refused here too. */
export function requireName(field: string, value: string, max = 200): string {
  const name = requireText(field, value, max);
  if (/[\t\n\r]/.test(name)) throw BadInputError.field(field, 'must be a single line (no tab or line break)');
  return name;
}

/** Required free text (a reason): may span lines. */
export function requireText(field: string, value: string, max = 4000): string {
  const text = present(field, value).trim();
  if (text === '') throw BadInputError.field(field, 'must not be empty');
  if (text.length > max) throw BadInputError.field(field, `must be at most ${max} characters`);
  return text;
}

export function optionalText(field: string, value: string | null | undefined, max = 4000): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text.length > max) throw BadInputError.field(field, `must be at most ${max} characters`);
  return text === '' ? null : text;
}

export function requireDateInRange(field: string, value: string): string {
  present(field, value);
  if (value < MIN_DATE || value > MAX_DATE)
    throw BadInputError.field(field, `must be between ${MIN_DATE} and ${MAX_DATE}`);
  return value;
}

export function requireOrderedDates(startField: string, start: string, endField: string, end: string): void {
  // `across` marks a rule between fields: no single value breaks it, so a merge can treat it as a conflict.
  if (end < start)
    throw new BadInputError(`${endField}: must be on or after ${startField} (${start})`, {
      field: endField,
      across: startField,
    });
}

const MONEY = /^-?\d{1,14}(\.\d{1,2})?$/;

/** Money in its API form; at most two decimals, canonicalized to exactly two. */
export function requireMoney(field: string, value: string, options: { min?: number } = {}): string {
  present(field, value);
  if (!MONEY.test(value)) throw BadInputError.field(field, `"${value}" is not an amount with at most two decimals`);
  if (options.min !== undefined && value.startsWith('-') && !/^-0+(\.0+)?$/.test(value)) {
    throw BadInputError.field(field, `must be ${options.min} or more`);
  }
  const [whole = '0', fraction = ''] = value.replace(/^-/, '').split('.');
  const sign = value.startsWith('-') && !/^-0+(\.0+)?$/.test(value) ? '-' : '';
  return `${sign}${BigInt(whole).toString()}.${fraction.padEnd(2, '0')}`;
}

export function requirePercent(field: string, value: number): number {
  if (!Number.isFinite(value) || value < 0 || value > 100)
    throw BadInputError.field(field, 'must be between 0 and 100');
  return value;
}

export function requireCurrency(field: string, value: string): string {
  const code = present(field, value).trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw BadInputError.field(field, 'must be a three-letter ISO 4217 code such as EUR');
  return code;
}

/** Applies an update patch: undefined and null both mean "keep" for required fields. */
export function pick<T>(patch: T | null | undefined, current: T): T {
  return patch === undefined || patch === null ? current : patch;
}

/** Merged or resolved states are untyped at run time: enums are checked like any input. */
export function requireOneOf<T extends string>(field: string, value: T, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw BadInputError.field(field, `must be one of ${allowed.join(', ')}`);
  }
  return value;
}

/** A required reference to another entity (its existence is checked where it is written). */
export function requireReference(field: string, value: string): string {
  return present(field, value);
}

/** A number within [min, max], e.g. a probability 0..1. */
export function requireNumberInRange(field: string, value: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
    throw BadInputError.field(field, `must be between ${min} and ${max}`);
  return value;
}
