import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';
import { ActorLink, EvidenceList, IssueNames } from './details-parts';

export function EventDetails({ id, indexed }: { id: string; indexed: IndexedModel }) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  const event = indexed.eventsById.get(id);
  if (!event) return <p role="status">{t('inspector.notFound', { id })}</p>;
  return (
    <article className="inspector-body">
      <p className="inspector-meta">
        {t('inspector.event')} · {event.date}
      </p>
      <h3>{tx(event.title)}</h3>
      {event.description && <p>{tx(event.description)}</p>}
      <dl className="inspector-facts">
        <dt>{t('inspector.actors')}</dt>
        <dd>
          {(event.actors ?? []).map((a, i) => (
            <span key={a}>
              {i > 0 && ', '}
              <ActorLink id={a} indexed={indexed} />
            </span>
          ))}
          {!event.actors?.length && '—'}
        </dd>
        <dt>{t('inspector.issues')}</dt>
        <dd>{event.issues?.length ? <IssueNames ids={event.issues} indexed={indexed} /> : '—'}</dd>
      </dl>
      <h4>{t('inspector.evidence')}</h4>
      <EvidenceList ids={event.evidence} indexed={indexed} />
    </article>
  );
}
