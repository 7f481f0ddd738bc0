import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import type { Quote } from '../../model/schema';
import { resolveText, shownLanguage } from '../../model/text';
import { useViewStore } from '../../state/view-store';
import { Highlight } from './highlight';
import { describeQuote } from './quote-rows';
import type { Fold } from './search-fold';

type Props = {
  indexed: IndexedModel;
  quote: Quote;
  lang: string;
  folded: string;
  fold: Fold;
  onCopy: (quote: Quote) => void;
};

/** One quote: speaker (bloc colour + name), the words, what kind, when, where, source and issues. */
export const QuoteItem = memo(function QuoteItem({
  indexed,
  quote,
  lang,
  folded,
  fold,
  onCopy,
}: Props) {
  const { t } = useTranslation();
  const focusActor = useViewStore((s) => s.focusActor);
  const setIssues = useViewStore((s) => s.setIssues);
  const [showOriginal, setShowOriginal] = useState(false);
  const d = describeQuote(indexed, quote, lang);
  const languages = indexed.model.meta.languages;
  const bloc = indexed.blocOf.get(quote.speaker);
  const blocName =
    bloc && bloc !== quote.speaker
      ? resolveText(indexed.actorsById.get(bloc)?.name, lang, languages)
      : '';
  const original = showOriginal && d.translation && d.original !== undefined;
  const words = original ? (d.original ?? '') : d.words;
  const wordsLang = original ? quote.original : shownLanguage(quote.text, lang, languages);
  const mark = { folded, fold };
  return (
    <article
      className={`quotes-item quotes-item-${quote.kind}`}
      style={{ borderLeftColor: indexed.colorOf.get(quote.speaker) }}
    >
      <div className="quotes-item-head">
        <button
          type="button"
          className="quotes-speaker"
          title={t('quotes.focusSpeaker', { name: d.speaker })}
          onClick={() => focusActor(quote.speaker)}
        >
          <span
            className="quotes-swatch"
            style={{ background: indexed.colorOf.get(quote.speaker) }}
            aria-hidden="true"
          />
          <Highlight text={d.speaker} {...mark} />
        </button>
        {blocName && <span className="quotes-bloc">{blocName}</span>}
        <span className="quotes-kind">{t(`quote.${quote.kind}`)}</span>
        <span className="quotes-date">
          {d.date ? <time dateTime={d.date}>{d.date}</time> : t('quote.undated')}
        </span>
      </div>
      {d.role && <p className="quotes-role">{d.role}</p>}
      <p className="quotes-words" lang={wordsLang}>
        <Highlight text={words} {...mark} />
      </p>
      {d.translation && (
        <p className="quotes-translation">
          <span className="quotes-badge">
            {original ? t('quote.original') : t('quote.translation')}
          </span>
          {d.original !== undefined && (
            <button
              type="button"
              className="link"
              aria-pressed={showOriginal}
              onClick={() => setShowOriginal((v) => !v)}
            >
              {showOriginal ? t('quote.showTranslation') : t('quote.showOriginal')}
            </button>
          )}
        </p>
      )}
      <p className="quotes-meta">
        {d.venue && (
          <span>
            {t('quotes.venue')}
            {t('quotes.colon')}
            <Highlight text={d.venue} {...mark} />
          </span>
        )}
        {(d.source || d.locator) && (
          <span>
            {t('quotes.source')}
            {t('quotes.colon')}
            {[d.source?.publisher, d.source?.title, d.locator].filter(Boolean).join(' · ')}
          </span>
        )}
      </p>
      <div className="quotes-item-foot">
        <ul className="quotes-tags" aria-label={t('quotes.issues')}>
          {(quote.issues ?? []).map((issue, i) => (
            <li key={issue}>
              <button
                type="button"
                className="quotes-tag"
                title={t('quotes.onlyIssue', { name: d.issues[i] })}
                onClick={() => setIssues([issue])}
              >
                # {d.issues[i]}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="quotes-copy" onClick={() => onCopy(quote)}>
          {t('quotes.copy')}
        </button>
      </div>
    </article>
  );
});
