import { describe, expect, it } from 'vitest';
import { excerpt, formatDay } from './format-day';

describe('formatDay', () => {
  it('writes a short day label in each UI language, whatever the local time zone', () => {
    expect(formatDay('2025-08-15', 'en')).toBe('Aug 15');
    expect(formatDay('2025-08-15', 'zh-Hant')).toBe('8月15日');
    expect(formatDay('2025-12-31', 'en')).toBe('Dec 31');
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
