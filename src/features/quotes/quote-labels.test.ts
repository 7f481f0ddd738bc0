import type { TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { quoteLabels } from './quote-labels';

const fakeT = () =>
  vi.fn((key: string, options?: { name?: string }) =>
    options?.name ? `${key}:${options.name}` : key,
  );

describe('quoteLabels', () => {
  it('translates each speaker’s and issue’s title once, whatever the number of rows asking', () => {
    const t = fakeT();
    const labels = quoteLabels(t as unknown as TFunction);
    const before = t.mock.calls.length;
    expect(labels.focusSpeaker('Rubio')).toBe('quotes.focusSpeaker:Rubio');
    expect(labels.focusSpeaker('Rubio')).toBe('quotes.focusSpeaker:Rubio');
    expect(labels.focusSpeaker('Putin')).toBe('quotes.focusSpeaker:Putin');
    expect(labels.onlyIssue('Rubio')).toBe('quotes.onlyIssue:Rubio');
    expect(labels.onlyIssue('Rubio')).toBe('quotes.onlyIssue:Rubio');
    expect(t.mock.calls.length - before).toBe(3);
  });

  it('has the fixed words translated with the language’s t', () => {
    const labels = quoteLabels(fakeT() as unknown as TFunction);
    expect(labels.copy).toBe('quotes.copy');
    expect(labels.kind.direct).toBe('quote.direct');
  });
});
