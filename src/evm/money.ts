import { Rational } from './rational.js';

// Contract: Decimal inputs with more than two decimals are BAD_USER_INPUT.
const MONEY_INPUT = /^-?\d+(?:\.\d{1,2})?$/;

/** Money as the API serializes it: exact value rounded half to even to exactly two decimals. */
export function formatMoney(value: Rational): string {
  return value.toFixedHalfEven(2);
}

/** formatMoney, passing null through (figures with a zero denominator are null). */
export function formatMoneyOrNull(value: Rational | null): string | null {
  return value === null ? null : formatMoney(value);
}

/** A money input such as '1250000.00' or '-3.5'; null when it has more than two decimals or is not a plain decimal. */
export function parseMoney(text: string): Rational | null {
  return MONEY_INPUT.test(text) ? Rational.parse(text) : null;
}
