import { describe, expect, it } from 'vitest';
import { addDays, dayOf, dayRange, daysBetween } from './days';

describe('days', () => {
  it('takes the calendar day of a date with a time', () => {
    expect(dayOf('2025-08-17T21:30+02:00')).toBe('2025-08-17');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-08-31', 1)).toBe('2025-09-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('keeps the years 0–99 as they are (not 1900–1999)', () => {
    expect(addDays('0050-06-01', 1)).toBe('0050-06-02');
    expect(daysBetween('0001-01-01', '0001-12-31')).toBe(364);
    expect(dayRange('0099-12-31', '0100-01-01')).toEqual(['0099-12-31', '0100-01-01']);
  });

  it('counts the days between two dates, either way', () => {
    expect(daysBetween('2025-08-15', '2025-08-18')).toBe(3);
    expect(daysBetween('2025-08-18', '2025-08-15')).toBe(-3);
  });

  it('lists every day of a range, both ends included', () => {
    expect(dayRange('2025-08-30', '2025-09-02')).toEqual([
      '2025-08-30',
      '2025-08-31',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(dayRange('2025-08-15', '2025-08-15')).toEqual(['2025-08-15']);
    expect(dayRange('2025-08-16', '2025-08-15')).toEqual([]);
  });
});
