import { describe, expect, it } from 'vitest';
import { browserLanguage } from './browser-language';

describe('browserLanguage', () => {
  it('Chinese browsers get zh-Hant, the rest English', () => {
    expect(browserLanguage(['zh-TW', 'en'])).toBe('zh-Hant');
    expect(browserLanguage(['zh-CN'])).toBe('zh-Hant');
    expect(browserLanguage(['de-DE', 'en-US'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
  });
});
