import { memo, useMemo, useState } from 'react';
import type { IndexedModel } from '../../model/index-model';
import type { Quote } from '../../model/schema';
import { resolveText, shownLanguage } from '../../model/text';
import { useViewStore } from '../../state/view-store';
import { Highlight } from './highlight';
import { QuoteItemFoot } from './quote-item-foot';
import type { QuoteLabels } from './quote-labels';
import { describeQuote } from './quote-rows';
import type { Fold } from './search-fold';

type Props = {
  indexed: IndexedModel;
  quote: Quote;
  lang: string;
  labels: QuoteLabels;
  folded: string;
  fold: Fold;
  onCopy: (quote: Quote) => void;
};

/**
 * One quote: speaker (bloc colour + name), the words, what kind, when, where, source and issues.
 * The store's actions are read on click rather than subscribed to: they never change, and each
 * subscription is one more selector to check on every keystroke's store update.
 */
export const QuoteItem = memo(function QuoteItem({
  indexed,
  quote,
  lang,
  labels,
  folded,
  fold,
  onCopy,
}: Props) {
  // Rows are kept while the quotes in them change: the choice belongs to the quote, and is
  // forgotten when another quote takes the row (as if the row had been replaced).
  const [choice, setChoice] = useState({ id: quote.id, original: false });
  if (choice.id !== quote.id) setChoice({ id: quote.id, original: false });
  const showOriginal = choice.id === quote.id && choice.original;
  // The same quote in the same row (typing on): the same description, so the parts that do
  // not show the search are skipped.
  const d = useMemo(() => describeQuote(indexed, quote, lang), [indexed, quote, lang]);
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
          title={labels.focusSpeaker(d.speaker)}
          onClick={() => useViewStore.getState().focusActor(quote.speaker)}
        >
          <span
            className="quotes-swatch"
            style={{ background: indexed.colorOf.get(quote.speaker) }}
            aria-hidden="true"
          />
          <Highlight text={d.speaker} {...mark} />
        </button>
        {blocName && <span className="quotes-bloc">{blocName}</span>}
        <span className="quotes-kind">{labels.kind[quote.kind]}</span>
        <span className="quotes-date">
          {d.date ? <time dateTime={d.date}>{d.date}</time> : labels.undated}
        </span>
      </div>
      {d.role && <p className="quotes-role">{d.role}</p>}
      <p className="quotes-words" lang={wordsLang}>
        <Highlight text={words} {...mark} />
      </p>
      {d.translation && (
        <p className="quotes-translation">
          <span className="quotes-badge">{original ? labels.original : labels.translation}</span>
          {d.original !== undefined && (
            <button
              type="button"
              className="link"
              onClick={() => setChoice({ id: quote.id, original: !showOriginal })}
            >
              {showOriginal ? labels.showTranslation : labels.showOriginal}
            </button>
          )}
        </p>
      )}
      <p className="quotes-meta">
        {d.venue && (
          <span>
            {labels.venue}
            {labels.colon}
            <Highlight text={d.venue} {...mark} />
          </span>
        )}
        {(d.source || d.locator) && (
          <span>
            {labels.source}
            {labels.colon}
            {[d.source?.publisher, d.source?.title, d.locator].filter(Boolean).join(' · ')}
          </span>
        )}
      </p>
      <QuoteItemFoot quote={quote} issues={d.issues} labels={labels} onCopy={onCopy} />
    </article>
  );
});
