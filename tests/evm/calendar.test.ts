import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  compareIsoDates,
  daysBetween,
  epochDay,
  isIsoDate,
  isoDateOfEpochDay,
} from '../../src/evm/calendar.js';

describe('calendar days', () => {
  it.each([
    { from: '2025-01-01', to: '2025-01-01', days: 0 },
    { from: '2025-01-01', to: '2025-01-10', days: 9 },
    { from: '2025-01-10', to: '2025-01-01', days: -9 },
    { from: '2024-02-28', to: '2024-03-01', days: 2, why: 'leap year' },
    { from: '2025-02-28', to: '2025-03-01', days: 1, why: 'common year' },
    { from: '2024-12-31', to: '2025-01-01', days: 1, why: 'year end' },
    { from: '2025-03-29', to: '2025-03-31', days: 2, why: 'EU daylight saving starts 03-30' },
    { from: '2025-10-25', to: '2025-10-27', days: 2, why: 'EU daylight saving ends 10-26' },
    { from: '1999-12-31', to: '2100-03-01', days: 36585, why: '2000 is leap, 2100 is not' },
  ])('$from -> $to is $days days', ({ from, to, days }) => {
    expect(daysBetween(from, to)).toBe(days);
    expect(addDays(from, days)).toBe(to);
  });

  it('counts from the Unix epoch and back', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('1969-12-31')).toBe(-1);
    expect(isoDateOfEpochDay(20089)).toBe('2025-01-01');
    expect(isoDateOfEpochDay(epochDay('0050-06-15'))).toBe('0050-06-15');
  });

  it('compares dates', () => {
    expect(compareIsoDates('2025-01-02', '2025-01-10')).toBe(-1);
    expect(compareIsoDates('2025-01-10', '2025-01-10')).toBe(0);
    expect(compareIsoDates('2026-01-01', '2025-12-31')).toBe(1);
  });

  it.each([
    '2025-02-29',
    '2025-02-30',
    '2025-13-01',
    '2025-00-10',
    '2025-1-01',
    '25-01-01',
    '2025-01-01T00:00:00Z',
    '',
  ])('rejects %j', (text) => {
    expect(isIsoDate(text)).toBe(false);
    expect(() => epochDay(text)).toThrow(RangeError);
  });
});

describe('calendar days under a local time zone with daylight saving', () => {
  const originalZone = process.env.TZ;
  afterEach(() => {
    if (originalZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalZone;
  });

  it.each(['America/Sao_Paulo', 'Europe/Berlin', 'Pacific/Kiritimati', 'America/Los_Angeles'])(
    'gives the same answers in %s',
    (zone) => {
      process.env.TZ = zone;
      expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
      expect(daysBetween('2025-10-25', '2025-11-03')).toBe(9);
      expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
      expect(epochDay('2025-01-01')).toBe(20089);
    },
  );
});
