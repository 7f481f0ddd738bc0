import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';
import { useViewStore } from '../../state/view-store';
import { actorRelations, actorStancesByIssue } from './details-selectors';
import { ActorLink, IssueNames } from './details-parts';
import { StanceItem } from './stance-item';

export function ActorDetails({ id, indexed }: { id: string; indexed: IndexedModel }) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  const asOf = useViewStore((s) => s.asOf);
  const select = useViewStore((s) => s.select);
  const actor = indexed.actorsById.get(id);
  if (!actor) return <p role="status">{t('inspector.notFound', { id })}</p>;
  const members = indexed.childrenOf.get(id) ?? [];
  const groups = actorStancesByIssue(indexed, id, asOf);
  const relations = actorRelations(indexed, id, asOf);
  return (
    <article className="inspector-body">
      <h3>{tx(actor.name)}</h3>
      <p className="inspector-meta">
        {t(`kinds.${actor.kind}`)}
        {actor.role && <> · {tx(actor.role)}</>}
      </p>
      {actor.description && <p>{tx(actor.description)}</p>}
      {!!actor.memberOf?.length && (
        <p>
          {t('inspector.memberOf')}:{' '}
          {actor.memberOf.map((m, i) => (
            <span key={m}>
              {i > 0 && ', '}
              <ActorLink id={m} indexed={indexed} />
            </span>
          ))}
        </p>
      )}
      {members.length > 0 && (
        <p>
          {t('inspector.members')}:{' '}
          {members.map((m, i) => (
            <span key={m}>
              {i > 0 && ', '}
              <ActorLink id={m} indexed={indexed} />
            </span>
          ))}
        </p>
      )}
      <h4>{t('inspector.stances')}</h4>
      {groups.length === 0 && <p className="inspector-muted">{t('inspector.noStances')}</p>}
      {groups.map(({ issue, stances }) => (
        <section key={issue.id} className="inspector-issue">
          <h5>{tx(issue.name)}</h5>
          <ul className="inspector-stances">
            {stances.map((row) => (
              <StanceItem key={row.stance.id} row={row} indexed={indexed} />
            ))}
          </ul>
        </section>
      ))}
      <h4>{t('inspector.relations')}</h4>
      {relations.length === 0 && <p className="inspector-muted">{t('inspector.noRelations')}</p>}
      <ul className="inspector-relations">
        {relations.map(({ relation, other, outgoing, afterAsOf }) => (
          <li key={relation.id} className={afterAsOf ? 'inspector-stance--later' : undefined}>
            <button
              type="button"
              className="link"
              onClick={() => select({ kind: 'relation', id: relation.id })}
            >
              {outgoing ? '' : '← '}
              {t(`relationTypes.${relation.type}`)}
            </button>{' '}
            <ActorLink id={other} indexed={indexed} />
            {!!relation.issues?.length && (
              <span className="inspector-muted">
                {' '}
                (<IssueNames ids={relation.issues} indexed={indexed} />)
              </span>
            )}
            {afterAsOf && (
              <span className="inspector-flag">{t('inspector.afterAsOf', { date: asOf })}</span>
            )}
          </li>
        ))}
      </ul>
    </article>
  );
}
