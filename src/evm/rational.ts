/**
 * Exact rational numbers on bigint, so that money never passes through a binary float.
 *
 * Division by zero is impossible to do silently: `div` returns `null` when the divisor is
 * zero, so the compiler makes every caller decide what a zero denominator means (EVM figures
 * become null). Only the factories that are handed an explicit denominator (`of`) or malformed
 * text (`parse`, `fromNumber`) throw a RangeError, because those are programming errors.
 */

// Longer exponents than any double needs would only let a caller ask for a huge 10n ** n.
const MAX_DECIMAL_EXPONENT = 1000;
const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
// Quotient width used by toNumber: comfortably more than the 53 bits of a double plus a
// rounding and a sticky bit.
const QUOTIENT_BITS = 64;

export class Rational {
  /** 0 */
  static readonly ZERO = new Rational(0n, 1n);
  /** 1 */
  static readonly ONE = new Rational(1n, 1n);

  /** Numerator in lowest terms; carries the sign. */
  readonly numerator: bigint;
  /** Denominator in lowest terms; always positive. */
  readonly denominator: bigint;

  private constructor(numerator: bigint, denominator: bigint) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** numerator / denominator in lowest terms; throws RangeError when the denominator is 0. */
  static of(numerator: bigint, denominator: bigint = 1n): Rational {
    if (denominator === 0n) throw new RangeError(`Rational.of(${numerator}, 0): zero denominator`);
    return Rational.normalized(numerator, denominator);
  }

  /** Exact value of a decimal string such as '1250000.00', '-3.5', '0.1' or '1e-7'; null if malformed. */
  static tryParse(text: string): Rational | null {
    const match = DECIMAL.exec(text);
    if (match === null) return null;
    const negative = match[1] === '-';
    const integerDigits = match[2] ?? '';
    const fractionDigits = match[3] ?? '';
    const exponent = match[4] === undefined ? 0 : Number(match[4]);
    if (Math.abs(exponent) > MAX_DECIMAL_EXPONENT) return null;
    const digits = BigInt(integerDigits + fractionDigits);
    const signed = negative ? -digits : digits;
    const scale = exponent - fractionDigits.length;
    return scale >= 0
      ? Rational.normalized(signed * 10n ** BigInt(scale), 1n)
      : Rational.normalized(signed, 10n ** BigInt(-scale));
  }

  /** Like tryParse, but throws RangeError on malformed text. */
  static parse(text: string): Rational {
    const value = Rational.tryParse(text);
    if (value === null) throw new RangeError(`Not a decimal number: '${text}'`);
    return value;
  }

  /**
   * The decimal a JS number stands for (its shortest round-trip string, so 33.3 -> 333/10,
   * not the binary 33.29999…); meant for user-entered figures such as percentComplete.
   * Throws RangeError on NaN and infinities.
   */
  static fromNumber(value: number): Rational {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
    return Rational.parse(String(value));
  }

  /**
   * Exact sum of many terms. Terms are first grouped by denominator (plain bigint additions),
   * and the distinct denominators are then combined pairwise in a balanced tree so that
   * intermediate numbers stay as small as possible.
   */
  static sum(terms: Iterable<Rational>): Rational {
    const numeratorByDenominator = new Map<bigint, bigint>();
    for (const term of terms) {
      const sofar = numeratorByDenominator.get(term.denominator) ?? 0n;
      numeratorByDenominator.set(term.denominator, sofar + term.numerator);
    }
    let level: Rational[] = [];
    for (const [denominator, numerator] of numeratorByDenominator) {
      level.push(Rational.normalized(numerator, denominator));
    }
    if (level.length === 0) return Rational.ZERO;
    while (level.length > 1) {
      const next: Rational[] = [];
      for (let i = 0; i + 1 < level.length; i += 2) {
        const [left, right] = [level[i], level[i + 1]];
        if (left !== undefined && right !== undefined) next.push(left.add(right));
      }
      const odd = level.length % 2 === 1 ? level[level.length - 1] : undefined;
      if (odd !== undefined) next.push(odd);
      level = next;
    }
    return level[0] ?? Rational.ZERO;
  }

  /** this + other */
  add(other: Rational): Rational {
    if (this.denominator === other.denominator) {
      return Rational.normalized(this.numerator + other.numerator, this.denominator);
    }
    return Rational.normalized(
      this.numerator * other.denominator + other.numerator * this.denominator,
      this.denominator * other.denominator,
    );
  }

  /** this − other */
  sub(other: Rational): Rational {
    return this.add(other.neg());
  }

  /** this × other */
  mul(other: Rational): Rational {
    return Rational.normalized(this.numerator * other.numerator, this.denominator * other.denominator);
  }

  /** this ÷ other, or null when other is zero. */
  div(other: Rational): Rational | null {
    if (other.numerator === 0n) return null;
    return Rational.normalized(this.numerator * other.denominator, this.denominator * other.numerator);
  }

  /** −this */
  neg(): Rational {
    return new Rational(-this.numerator, this.denominator);
  }

  isZero(): boolean {
    return this.numerator === 0n;
  }

  /** −1, 0 or 1 */
  sign(): -1 | 0 | 1 {
    return this.numerator < 0n ? -1 : this.numerator > 0n ? 1 : 0;
  }

  /** −1, 0 or 1 as this is less than, equal to or greater than other. */
  compare(other: Rational): -1 | 0 | 1 {
    const left = this.numerator * other.denominator;
    const right = other.numerator * this.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  equals(other: Rational): boolean {
    // Both sides are in lowest terms, so equal values have equal parts.
    return this.numerator === other.numerator && this.denominator === other.denominator;
  }

  /**
   * Nearest double (round half to even), for indices such as CPI; never use it for money.
   * Works for numerators and denominators far beyond the double range.
   */
  toNumber(): number {
    const { numerator, denominator } = this;
    const magnitude = numerator < 0n ? -numerator : numerator;
    if (magnitude <= MAX_SAFE && denominator <= MAX_SAFE) {
      // Both operands are exact doubles, and IEEE division rounds correctly.
      return Number(numerator) / Number(denominator);
    }
    const shift = QUOTIENT_BITS - (bitLength(magnitude) - bitLength(denominator));
    const [dividend, divisor] =
      shift >= 0 ? [magnitude << BigInt(shift), denominator] : [magnitude, denominator << BigInt(-shift)];
    let quotient = dividend / divisor;
    // A sticky bit below the rounding position keeps Number() from rounding a discarded
    // remainder as if it were an exact tie.
    if (dividend % divisor !== 0n) quotient |= 1n;
    const half = Math.trunc(shift / 2);
    // Two steps so that 2 ** -shift cannot overflow or underflow on its own.
    const value = Number(quotient) * 2 ** -half * 2 ** -(shift - half);
    return numerator < 0n ? -value : value;
  }

  /**
   * Decimal string with exactly `digits` fraction digits, rounded half to even (banker's
   * rounding): 0.125 -> '0.12', 0.135 -> '0.14', -0.125 -> '-0.12'. Never returns '-0.00'.
   */
  toFixedHalfEven(digits: number): string {
    if (!Number.isSafeInteger(digits) || digits < 0) {
      throw new RangeError(`toFixedHalfEven: digits must be a non-negative integer, got ${digits}`);
    }
    const scaled = this.numerator * 10n ** BigInt(digits);
    let quotient = scaled / this.denominator; // truncates toward zero
    const remainder = scaled % this.denominator;
    const twiceRemainder = 2n * (remainder < 0n ? -remainder : remainder);
    const roundsAway =
      twiceRemainder > this.denominator || (twiceRemainder === this.denominator && quotient % 2n !== 0n);
    if (roundsAway) quotient += scaled < 0n ? -1n : 1n;
    const negative = quotient < 0n;
    const text = (negative ? -quotient : quotient).toString().padStart(digits + 1, '0');
    const integerPart = text.slice(0, text.length - digits);
    const fractionPart = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
    return `${negative ? '-' : ''}${integerPart}${fractionPart}`;
  }

  /** 'n' or 'n/d', for messages and test output. */
  toString(): string {
    return this.denominator === 1n ? `${this.numerator}` : `${this.numerator}/${this.denominator}`;
  }

  private static normalized(numerator: bigint, denominator: bigint): Rational {
    if (numerator === 0n) return Rational.ZERO;
    const [n, d] = denominator < 0n ? [-numerator, -denominator] : [numerator, denominator];
    const divisor = gcd(n < 0n ? -n : n, d);
    return divisor === 1n ? new Rational(n, d) : new Rational(n / divisor, d / divisor);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const rest = a % b;
    a = b;
    b = rest;
  }
  return a;
}

function bitLength(value: bigint): number {
  return value.toString(2).length;
}
