import type { IndexedModel } from '../../model/index-model';
import type { Quote } from '../../model/schema';
import { isTranslation, originalText, resolveText } from '../../model/text';

type T = (key: string, options?: Record<string, unknown>) => string;

/** What one quote says about itself, in the UI language: shared by the list, citations and exports. */
export function describeQuote(indexed: IndexedModel, quote: Quote, lang: string) {
  const { model } = indexed;
  const languages = model.meta.languages;
  const tx = (value: Parameters<typeof resolveText>[0]) => resolveText(value, lang, languages);
  const speaker = indexed.actorsById.get(quote.speaker);
  const source = model.meta.sources?.find((s) => s.id === quote.source);
  return {
    speaker: tx(speaker?.name) || quote.speaker,
    role: tx(speaker?.role),
    words: tx(quote.text),
    translation: isTranslation(quote, lang, model),
    original: originalText(quote, languages),
    venue: tx(quote.venue),
    date: quote.date ?? '',
    source: source ? { title: tx(source.title), publisher: tx(source.publisher) } : undefined,
    locator: quote.locator ?? '',
    issues: (quote.issues ?? []).map((id) => tx(indexed.issuesById.get(id)?.name) || id),
  };
}

/** A citation to paste into a brief: speaker, role, words, venue, date, source, locator. */
export function citationText(indexed: IndexedModel, quote: Quote, lang: string, t: T): string {
  const d = describeQuote(indexed, quote, lang);
  const who = d.role ? t('quotes.cite.who', { name: d.speaker, role: d.role }) : d.speaker;
  const speech = t(quote.kind === 'direct' ? 'quotes.cite.direct' : 'quotes.cite.paraphrase', {
    who,
    words: d.words,
  });
  const sep = t('quotes.cite.sep');
  const end = t('quotes.cite.end');
  const where = [d.venue, d.date || t('quote.undated')].filter(Boolean).join(sep);
  const source = [
    d.source && t('quotes.cite.source', { title: d.source.title, publisher: d.source.publisher }),
    d.locator,
  ]
    .filter(Boolean)
    .join(sep);
  const translated = d.translation ? t('quotes.cite.translation') : '';
  return [`${speech}${translated}`, t('quotes.cite.where', { where }), source && `${source}${end}`]
    .filter(Boolean)
    .join(lang.startsWith('zh') ? '' : ' ');
}

/** The exported table: a header row (UI language) and one row per quote shown. */
export function csvRows(indexed: IndexedModel, quotes: readonly Quote[], lang: string, t: T) {
  const columns = ['id', 'speaker', 'role', 'text', 'translation', 'original', 'kind', 'date']
    .concat(['venue', 'source', 'locator', 'issues'])
    .map((column) => t(`quotes.columns.${column}`));
  const rows = quotes.map((quote) => {
    const d = describeQuote(indexed, quote, lang);
    return [
      quote.id,
      d.speaker,
      d.role,
      d.words,
      d.translation ? t('quotes.yes') : t('quotes.no'),
      d.original ?? '',
      t(`quote.${quote.kind}`),
      d.date,
      d.venue,
      d.source ? `${d.source.publisher}: ${d.source.title}` : '',
      d.locator,
      d.issues.join('; '),
    ];
  });
  return [columns, ...rows];
}
