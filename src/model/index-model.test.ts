import { describe, expect, it } from 'vitest';
import { compareDates } from './index-model';

describe('compareDates', () => {
  it('orders two times in different zones by the instant, not the text', () => {
    expect(compareDates('2025-08-17T23:00-05:00', '2025-08-18T01:00Z')).toBe(1);
    expect(compareDates('2025-08-18T01:00Z', '2025-08-17T23:00-05:00')).toBe(-1);
    // The same instant written two ways: the text decides, so the order is still total.
    expect(compareDates('2025-08-18T01:00+01:00', '2025-08-18T00:00Z')).toBe(1);
    expect(compareDates('2025-08-18', '2025-08-18T00:00Z')).toBe(-1);
  });

  it('orders ISO dates and times chronologically, undated first', () => {
    const records = ['2025-08-18', undefined, '2025-08-15T21:30', '2024-12-31', '2025-08-15'].map(
      (date) => ({ date }),
    );
    expect(records.sort((a, b) => compareDates(a.date, b.date)).map((r) => r.date)).toEqual([
      undefined,
      '2024-12-31',
      '2025-08-15',
      '2025-08-15T21:30',
      '2025-08-18',
    ]);
  });

  it('is 0 for the same date and antisymmetric otherwise', () => {
    expect(compareDates('2025-08-15', '2025-08-15')).toBe(0);
    expect(compareDates(undefined, '')).toBe(0);
    expect(compareDates('2025-08-15', '2025-08-16')).toBe(-1);
    expect(compareDates('2025-08-16', '2025-08-15')).toBe(1);
  });

  it('orders ISO dates and times, undated first', () => {
    const records = [
      '2025-08-18T09:30+02:00',
      undefined,
      '2025-08-18',
      '2024-12-31',
      '2025-08-18T09:30',
      '2025-08-18T09:30Z',
      '2025-08-09',
    ].map((date) => ({ date }));
    expect(records.sort((a, b) => compareDates(a.date, b.date)).map((r) => r.date)).toEqual([
      undefined,
      '2024-12-31',
      '2025-08-09',
      '2025-08-18',
      // 07:30 UTC; a time without a zone is read as UTC.
      '2025-08-18T09:30+02:00',
      '2025-08-18T09:30',
      '2025-08-18T09:30Z',
    ]);
    expect(compareDates('2025-08-18', '2025-08-18')).toBe(0);
  });
});
