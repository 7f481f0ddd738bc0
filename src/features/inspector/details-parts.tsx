import { useTranslation } from 'react-i18next';
import { EvidenceQuote } from '../../components/evidence-quote';
import { positionStyle } from '../../components/position-style';
import type { IndexedModel } from '../../model/index-model';
import type { Position, Stance } from '../../model/schema';
import { useText } from '../../state/use-text';
import { useViewStore } from '../../state/view-store';

/** An actor's name as a button that focuses it (and shows it here). */
export function ActorLink({ id, indexed }: { id: string; indexed: IndexedModel }) {
  const tx = useText(indexed.model.meta.languages);
  const focusActor = useViewStore((s) => s.focusActor);
  const actor = indexed.actorsById.get(id);
  if (!actor) return <span>{id}</span>;
  return (
    <button type="button" className="link" onClick={() => focusActor(id)}>
      {tx(actor.name)}
    </button>
  );
}

/** A position: its symbol, its word and its colour, never the colour alone. */
export function PositionBadge({ position }: { position: Position }) {
  const { t } = useTranslation();
  const style = positionStyle[position];
  return (
    <span className="inspector-position" style={{ background: style.color, color: style.ink }}>
      <span aria-hidden="true">{style.symbol}</span> {t(`positions.${position}`)}
    </span>
  );
}

/** The issues' names, comma separated. */
/** Whose claim a stance is: "reported by" someone, or the actor's own. */
export function ClaimLabel({ stance, indexed }: { stance: Stance; indexed: IndexedModel }) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  const reporter = stance.reportedBy && indexed.actorsById.get(stance.reportedBy);
  return (
    <span className="inspector-claim">
      {stance.reportedBy
        ? t('quote.reportedBy', { name: reporter ? tx(reporter.name) : stance.reportedBy })
        : t('inspector.selfStated')}
    </span>
  );
}

export function IssueNames({ ids, indexed }: { ids: readonly string[]; indexed: IndexedModel }) {
  const tx = useText(indexed.model.meta.languages);
  return <>{ids.map((id) => tx(indexed.issuesById.get(id)?.name) || id).join(', ')}</>;
}

/** Evidence quotes by id; a dangling id says so instead of failing. */
export function EvidenceList({
  ids,
  indexed,
}: {
  ids: readonly string[] | undefined;
  indexed: IndexedModel;
}) {
  const { t } = useTranslation();
  if (!ids?.length) return <p className="inspector-muted">{t('inspector.noEvidence')}</p>;
  return (
    <ul className="inspector-evidence" aria-label={t('inspector.evidence')}>
      {ids.map((id) => {
        const quote = indexed.quotesById.get(id);
        return (
          <li key={id}>
            {quote ? (
              <EvidenceQuote quote={quote} indexed={indexed} />
            ) : (
              t('inspector.notFound', { id })
            )}
          </li>
        );
      })}
    </ul>
  );
}
