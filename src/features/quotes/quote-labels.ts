import type { TFunction } from 'i18next';
import { quoteKinds, type QuoteKind } from '../../model/schema';

/**
 * The words every quote row shows, translated once per language rather than in each row on
 * each keystroke.
 */
export function quoteLabels(t: TFunction) {
  // The rows' titles: each speaker's and issue's once (i18next's t costs tens of µs a call, and
  // every row re-renders on each keystroke for its highlights).
  const once = (key: string) => {
    const made = new Map<string, string>();
    return (name: string) => {
      let title = made.get(name);
      if (title === undefined) made.set(name, (title = t(key, { name })));
      return title;
    };
  };
  return {
    kind: Object.fromEntries(quoteKinds.map((kind) => [kind, t(`quote.${kind}`)])) as Record<
      QuoteKind,
      string
    >,
    undated: t('quote.undated'),
    original: t('quote.original'),
    translation: t('quote.translation'),
    showOriginal: t('quote.showOriginal'),
    showTranslation: t('quote.showTranslation'),
    venue: t('quotes.venue'),
    source: t('quotes.source'),
    colon: t('quotes.colon'),
    issues: t('quotes.issues'),
    copy: t('quotes.copy'),
    focusSpeaker: once('quotes.focusSpeaker'),
    onlyIssue: once('quotes.onlyIssue'),
  };
}

export type QuoteLabels = ReturnType<typeof quoteLabels>;
