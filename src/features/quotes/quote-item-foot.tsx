import { memo } from 'react';
import type { Quote } from '../../model/schema';
import { useViewStore } from '../../state/view-store';
import type { QuoteLabels } from './quote-labels';

type Props = {
  quote: Quote;
  /** The issues' names, in the order of the quote's issues. */
  issues: readonly string[];
  labels: QuoteLabels;
  onCopy: (quote: Quote) => void;
};

/**
 * A quote's issue tags and its Copy citation button. Nothing here depends on the search, so a
 * keystroke that leaves a row's quote in place skips it.
 */
export const QuoteItemFoot = memo(function QuoteItemFoot({ quote, issues, labels, onCopy }: Props) {
  return (
    <div className="quotes-item-foot">
      <ul className="quotes-tags" aria-label={labels.issues}>
        {(quote.issues ?? []).map((issue, i) => (
          <li key={issue}>
            <button
              type="button"
              className="quotes-tag"
              title={labels.onlyIssue(issues[i] ?? issue)}
              onClick={() => useViewStore.getState().setIssues([issue])}
            >
              # {issues[i]}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="quotes-copy" onClick={() => onCopy(quote)}>
        {labels.copy}
      </button>
    </div>
  );
});
