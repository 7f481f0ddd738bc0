import './evidence-quote.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../model/index-model';
import type { Quote } from '../model/schema';
import { isTranslation, originalText, resolveText, shownLanguage } from '../model/text';
import { useViewStore } from '../state/view-store';

/**
 * One evidence quote: the words in the UI language, labelled when they are a translation (with
 * a switch to the published words), then who said it, how, when, where and in which source.
 */
export function EvidenceQuote({ quote, indexed }: { quote: Quote; indexed: IndexedModel }) {
  const { t } = useTranslation();
  const lang = useViewStore((s) => s.lang);
  const [showOriginal, setShowOriginal] = useState(false);
  const { meta } = indexed.model;
  const tx = (value: Parameters<typeof resolveText>[0]) => resolveText(value, lang, meta.languages);
  const translated = isTranslation(quote, lang, indexed.model);
  const original = originalText(quote, meta.languages);
  const showingOriginal = translated && showOriginal && original !== undefined;
  const words = showingOriginal ? original : tx(quote.text);
  const wordsLang = showingOriginal
    ? quote.original
    : shownLanguage(quote.text, lang, meta.languages);
  const source = meta.sources?.find((s) => s.id === quote.source);
  const speaker = indexed.actorsById.get(quote.speaker);
  const details = [
    t(`quote.${quote.kind}`),
    quote.date ?? t('quote.undated'),
    quote.venue && tx(quote.venue),
    source && `${tx(source.title)} (${tx(source.publisher)})`,
    quote.locator,
  ].filter(Boolean);
  return (
    <figure className={`evidence-quote evidence-quote--${quote.kind}`}>
      <blockquote lang={wordsLang}>{quote.kind === 'direct' ? `“${words}”` : words}</blockquote>
      {translated && (
        <p className="evidence-quote-translation">
          <span className="evidence-quote-label">
            {showingOriginal ? t('quote.original') : t('quote.translation')}
          </span>
          {original !== undefined && (
            <button type="button" className="link" onClick={() => setShowOriginal((v) => !v)}>
              {showingOriginal ? t('quote.showTranslation') : t('quote.showOriginal')}
            </button>
          )}
        </p>
      )}
      <figcaption>
        <strong>{speaker ? tx(speaker.name) : quote.speaker}</strong>
        {details.map((detail, i) => (
          <span key={i}> · {detail}</span>
        ))}
      </figcaption>
    </figure>
  );
}
