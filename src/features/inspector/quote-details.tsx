import { useTranslation } from 'react-i18next';
import { EvidenceQuote } from '../../components/evidence-quote';
import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';
import { useViewStore } from '../../state/view-store';
import { ClaimLabel, PositionBadge } from './details-parts';

/** A quote and the stances that cite it. */
export function QuoteDetails({ id, indexed }: { id: string; indexed: IndexedModel }) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  const select = useViewStore((s) => s.select);
  const quote = indexed.quotesById.get(id);
  if (!quote) return <p role="status">{t('inspector.notFound', { id })}</p>;
  const stances = indexed.stancesByQuote.get(id) ?? [];
  return (
    <article className="inspector-body">
      <p className="inspector-meta">{t('inspector.quote')}</p>
      <EvidenceQuote quote={quote} indexed={indexed} />
      <h4>{t('inspector.citedBy')}</h4>
      {stances.length === 0 && <p className="inspector-muted">{t('inspector.notCited')}</p>}
      <ul className="inspector-relations">
        {stances.map((stance) => (
          <li key={stance.id} className={stance.reportedBy ? 'inspector-stance--reported' : ''}>
            <PositionBadge position={stance.position} />{' '}
            <button
              type="button"
              className="link"
              onClick={() => select({ kind: 'cell', actor: stance.actor, issue: stance.issue })}
            >
              {t('inspector.cell', {
                actor: tx(indexed.actorsById.get(stance.actor)?.name),
                issue: tx(indexed.issuesById.get(stance.issue)?.name),
              })}
            </button>{' '}
            {/* Whose claim it is: a stance reported by someone else is not the actor's own word. */}
            <ClaimLabel stance={stance} indexed={indexed} />
            <p className="inspector-summary">{tx(stance.summary)}</p>
          </li>
        ))}
      </ul>
    </article>
  );
}
