import { describe, expect, it } from 'vitest';
import { compareDates } from './index-model';

describe('compareDates', () => {
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
      '2025-08-18T09:30',
      '2025-08-18T09:30+02:00',
      '2025-08-18T09:30Z',
    ]);
    expect(compareDates('2025-08-18', '2025-08-18')).toBe(0);
  });
});
