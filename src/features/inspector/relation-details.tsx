import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { visibleAt } from '../../model/index-model';
import { useText } from '../../state/use-text';
import { useViewStore } from '../../state/view-store';
import { ActorLink, EvidenceList, IssueNames } from './details-parts';

export function RelationDetails({ id, indexed }: { id: string; indexed: IndexedModel }) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  const asOf = useViewStore((s) => s.asOf);
  const relation = indexed.relationsById.get(id);
  if (!relation) return <p role="status">{t('inspector.notFound', { id })}</p>;
  const name = (actor: string) => tx(indexed.actorsById.get(actor)?.name) || actor;
  return (
    <article className="inspector-body">
      <p className="inspector-meta">{t('inspector.relation')}</p>
      <h3>
        {name(relation.source)} — {t(`relationTypes.${relation.type}`)} — {name(relation.target)}
      </h3>
      {relation.label && <p>{tx(relation.label)}</p>}
      <dl className="inspector-facts">
        <dt>{t('inspector.type')}</dt>
        <dd>{t(`relationTypes.${relation.type}`)}</dd>
        <dt>{t('inspector.ends')}</dt>
        <dd>
          <ActorLink id={relation.source} indexed={indexed} /> ·{' '}
          <ActorLink id={relation.target} indexed={indexed} />
        </dd>
        <dt>{t('inspector.issues')}</dt>
        <dd>
          {relation.issues?.length ? <IssueNames ids={relation.issues} indexed={indexed} /> : '—'}
        </dd>
        <dt>{t('inspector.date')}</dt>
        <dd>
          {relation.date ?? t('quote.undated')}
          {!visibleAt(relation.date, asOf) && (
            <span className="inspector-flag">{t('inspector.afterAsOf', { date: asOf })}</span>
          )}
        </dd>
      </dl>
      <h4>{t('inspector.evidence')}</h4>
      <EvidenceList ids={relation.evidence} indexed={indexed} />
    </article>
  );
}
