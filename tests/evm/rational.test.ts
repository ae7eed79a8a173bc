import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../../src/evm/rational.js';

const r = (text: string): Rational => Rational.parse(text);

describe('Rational.parse', () => {
  it.each([
    { text: '1250000.00', expected: '1250000' },
    { text: '-3.5', expected: '-7/2' },
    { text: '0.1', expected: '1/10' },
    { text: '+0.25', expected: '1/4' },
    { text: '007', expected: '7' },
    { text: '-0.00', expected: '0' },
    { text: '1e-7', expected: '1/10000000' },
    { text: '1.5e+3', expected: '1500' },
    { text: '2.5E-1', expected: '1/4' },
  ])('$text is exactly $expected', ({ text, expected }) => {
    expect(r(text).toString()).toBe(expected);
  });

  it.each(['', '.5', '5.', '1,5', '1.2.3', 'abc', ' 1', '1 ', 'NaN', 'Infinity', '--1', '1e99999'])(
    'rejects %j',
    (text) => {
      expect(Rational.tryParse(text)).toBeNull();
      expect(() => Rational.parse(text)).toThrow(RangeError);
    },
  );
});

describe('Rational.fromNumber (percent entry)', () => {
  it.each([
    { value: 33.3, expected: '333/10' },
    { value: 0.1, expected: '1/10' },
    { value: 100, expected: '100' },
    { value: 0, expected: '0' },
    { value: -0, expected: '0' },
    { value: 1e-7, expected: '1/10000000' },
    { value: 12.5e-10, expected: '1/800000000' },
    { value: 1e21, expected: '1000000000000000000000' },
    { value: 0.1 + 0.2, expected: '30000000000000004/100000000000000000' },
  ])('$value -> $expected', ({ value, expected }) => {
    const [numerator, denominator = '1'] = expected.split('/');
    const want = Rational.of(BigInt(numerator ?? ''), BigInt(denominator));
    expect(Rational.fromNumber(value).equals(want)).toBe(true);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('rejects %s', (value) => {
    expect(() => Rational.fromNumber(value)).toThrow(RangeError);
  });
});

describe('Rational arithmetic', () => {
  it('normalizes with the sign on the numerator', () => {
    const value = Rational.of(6n, -4n);
    expect([value.numerator, value.denominator]).toEqual([-3n, 2n]);
  });

  it('refuses a zero denominator at construction', () => {
    expect(() => Rational.of(1n, 0n)).toThrow(RangeError);
  });

  it('adds, subtracts, multiplies and divides exactly', () => {
    expect(r('0.1').add(r('0.2')).equals(r('0.3'))).toBe(true);
    expect(r('0.3').sub(r('0.1')).equals(r('0.2'))).toBe(true);
    expect(r('1.1').mul(r('1.1')).equals(r('1.21'))).toBe(true);
    expect(r('1').div(r('3'))?.toString()).toBe('1/3');
  });

  it('returns null instead of dividing by zero', () => {
    expect(r('5').div(Rational.ZERO)).toBeNull();
    expect(Rational.ZERO.div(Rational.ZERO)).toBeNull();
  });

  it('compares, reports sign and zero', () => {
    expect(r('0.1').compare(r('0.10'))).toBe(0);
    expect(r('-1').compare(r('0.5'))).toBe(-1);
    expect(r('0.34').compare(Rational.of(1n, 3n))).toBe(1);
    expect([r('-2').sign(), Rational.ZERO.sign(), r('2').sign()]).toEqual([-1, 0, 1]);
    expect(r('0.00').isZero()).toBe(true);
  });

  it('sums many terms exactly, empty sum is zero', () => {
    expect(Rational.sum([]).isZero()).toBe(true);
    const tenths = Array.from({ length: 10 }, () => r('0.1'));
    expect(Rational.sum(tenths).equals(Rational.ONE)).toBe(true);
  });
});

describe('Rational.toFixedHalfEven', () => {
  it.each([
    { value: '0.125', digits: 2, expected: '0.12' },
    { value: '0.135', digits: 2, expected: '0.14' },
    { value: '-0.125', digits: 2, expected: '-0.12' },
    { value: '-0.135', digits: 2, expected: '-0.14' },
    { value: '0.3', digits: 2, expected: '0.30' },
    { value: '-1.25', digits: 2, expected: '-1.25' },
    { value: '1250000', digits: 2, expected: '1250000.00' },
    { value: '2.5', digits: 0, expected: '2' },
    { value: '3.5', digits: 0, expected: '4' },
    { value: '-0.001', digits: 2, expected: '0.00' },
    { value: '-0.005', digits: 2, expected: '0.00' },
    { value: '-0.0051', digits: 2, expected: '-0.01' },
    { value: '0.0049999', digits: 2, expected: '0.00' },
    { value: '1.005', digits: 2, expected: '1.00' },
    { value: '1.015', digits: 2, expected: '1.02' },
    { value: '0.995', digits: 2, expected: '1.00' },
  ])('$value to $digits digits is $expected', ({ value, digits, expected }) => {
    expect(r(value).toFixedHalfEven(digits)).toBe(expected);
  });

  it('rounds thirds', () => {
    expect(Rational.of(1n, 3n).toFixedHalfEven(2)).toBe('0.33');
    expect(Rational.of(-2n, 3n).toFixedHalfEven(2)).toBe('-0.67');
  });

  it('stays within half a cent and breaks ties to even (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (n, d) => {
          const value = Rational.of(n, d);
          const rounded = r(value.toFixedHalfEven(2));
          const error = value.sub(rounded);
          const halfCent = Rational.of(1n, 200n);
          const bound = error.sign() < 0 ? error.neg() : error;
          expect(bound.compare(halfCent)).toBeLessThanOrEqual(0);
          if (bound.equals(halfCent)) expect(rounded.mul(Rational.of(100n)).numerator % 2n).toBe(0n);
        },
      ),
    );
  });
});

describe('Rational.toNumber', () => {
  it('is exact division for small parts', () => {
    expect(Rational.of(4n, 5n).toNumber()).toBe(0.8);
    expect(Rational.of(-1n, 3n).toNumber()).toBe(-1 / 3);
  });

  it('handles parts far beyond the double range', () => {
    const huge = 10n ** 400n;
    expect(Rational.of(huge * 4n + 1n, huge * 5n).toNumber()).toBe(0.8);
    expect(Rational.of(-(huge + 1n), 3n * huge).toNumber()).toBe(-1 / 3);
  });

  it('rounds correctly above 2^53', () => {
    const big = 2n ** 60n + 1n;
    expect(Rational.of(big).toNumber()).toBe(Number(big));
    // 2^53 + 1 is a tie between 2^53 and 2^53 + 2; a tiny extra must push it up.
    const tieAndABit = Rational.of((2n ** 53n + 1n) * 10n ** 30n + 1n, 10n ** 30n);
    expect(tieAndABit.toNumber()).toBe(2 ** 53 + 2);
  });

  it('agrees with float division on random safe parts (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n, d) => {
        const scale = 10n ** 40n; // pushes both parts past 2^53, onto the big-number path
        const exact = Rational.of(BigInt(n), BigInt(d));
        const scaled = Rational.of(BigInt(n) * scale + 1n, BigInt(d) * scale);
        expect(exact.toNumber()).toBe(n / d);
        if (n === 0) return;
        const relative = Math.abs(scaled.toNumber() - n / d) / Math.abs(n / d);
        expect(relative).toBeLessThanOrEqual(2 ** -52);
      }),
    );
  });
});
