import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';
import { useViewStore } from '../../state/view-store';
import { excerpt } from './format-day';
import { PositionWord } from './position-word';
import type { StanceChange } from './stance-changes';

/** Quotes shown per change; Details lists them all. */
const EVIDENCE_SHOWN = 2;

/** One stance change: who, on what, before → after, who reports it, when, and its evidence. */
export function ChangeItem({ indexed, change }: { indexed: IndexedModel; change: StanceChange }) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  const select = useViewStore((s) => s.select);
  const actor = tx(indexed.actorsById.get(change.actor)?.name);
  const issue = tx(indexed.issuesById.get(change.issue)?.name);
  const reporter = change.reportedBy && tx(indexed.actorsById.get(change.reportedBy)?.name);
  const quotes = change.evidence
    .map((id) => indexed.quotesById.get(id))
    .filter((quote) => quote !== undefined)
    .slice(0, EVIDENCE_SHOWN);
  return (
    <li className={`timeline-change${reporter ? ' is-reported' : ''}`}>
      <p className="timeline-change-title">{t('timeline.changeTitle', { actor, issue })}</p>
      <p className="timeline-change-line">
        <PositionWord position={change.before?.position} />
        <span className="timeline-arrow"> → </span>
        <PositionWord position={change.after?.position} />
        {reporter && (
          <span className="timeline-reported"> ({t('quote.reportedBy', { name: reporter })})</span>
        )}
        {change.date && (
          <>
            {', '}
            <time dateTime={change.date}>{change.date}</time>
          </>
        )}
      </p>
      {quotes.length > 0 && (
        <ul className="timeline-evidence" aria-label={t('timeline.evidence')}>
          {quotes.map((quote) => (
            <li key={quote.id}>
              <button
                type="button"
                className="link"
                title={t('timeline.openQuote', { locator: quote.locator ?? '' })}
                onClick={() => select({ kind: 'quote', id: quote.id })}
              >
                {quote.locator && <span className="timeline-locator">{quote.locator}</span>}
                {t('timeline.quoted', { text: excerpt(tx(quote.text), 60) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="timeline-change-foot">
        <button
          type="button"
          className="timeline-open-cell"
          onClick={() => select({ kind: 'cell', actor: change.actor, issue: change.issue })}
        >
          {t('timeline.openCell')}
        </button>
      </div>
    </li>
  );
}
