import type { TFunction } from 'i18next';
import { quoteKinds, type QuoteKind } from '../../model/schema';

/**
 * The words every quote row shows, translated once per language rather than in each row on
 * each keystroke.
 */
export function quoteLabels(t: TFunction) {
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
    focusSpeaker: (name: string) => t('quotes.focusSpeaker', { name }),
    onlyIssue: (name: string) => t('quotes.onlyIssue', { name }),
  };
}

export type QuoteLabels = ReturnType<typeof quoteLabels>;
