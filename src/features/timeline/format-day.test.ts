import { describe, expect, it } from 'vitest';
import { excerpt, formatDay } from './format-day';

describe('formatDay', () => {
  it('writes a short day label in each UI language, whatever the local time zone', () => {
    expect(formatDay('2025-08-15', 'en')).toBe('Aug 15');
    expect(formatDay('2025-08-15', 'zh-Hant')).toBe('8月15日');
    expect(formatDay('2025-12-31', 'en')).toBe('Dec 31');
  });

  it('says what Intl.DateTimeFormat says, for every month and both UI languages', () => {
    for (const lang of ['en', 'zh-Hant'] as const) {
      const intl = new Intl.DateTimeFormat(lang, {
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      });
      for (let month = 1; month <= 12; month++) {
        for (const date of [1, 9, 28]) {
          const day = `2025-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
          expect(formatDay(day, lang)).toBe(intl.format(new Date(`${day}T00:00:00Z`)));
        }
      }
    }
  });
});

describe('excerpt', () => {
  it('keeps short texts whole and cuts long ones with an ellipsis', () => {
    expect(excerpt('  short  ', 10)).toBe('short');
    expect(excerpt('one two three', 8)).toBe('one two…');
  });
  it('never splits a character made of two code units', () => {
    expect(excerpt('𠀋𠀋𠀋', 2)).toBe('𠀋𠀋…');
  });
});
