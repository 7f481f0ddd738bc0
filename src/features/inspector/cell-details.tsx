import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';
import { useViewStore } from '../../state/view-store';
import { stancesInCell } from './details-selectors';
import { StanceItem } from './stance-item';

/** One actor on one issue: every stance, self-stated and reported, oldest first. */
export function CellDetails({
  actor,
  issue,
  indexed,
}: {
  actor: string;
  issue: string;
  indexed: IndexedModel;
}) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  const asOf = useViewStore((s) => s.asOf);
  const a = indexed.actorsById.get(actor);
  const i = indexed.issuesById.get(issue);
  if (!a || !i) return <p role="status">{t('inspector.notFound', { id: a ? issue : actor })}</p>;
  const rows = stancesInCell(indexed, actor, issue, asOf);
  return (
    <article className="inspector-body">
      <h3>{t('inspector.cell', { actor: tx(a.name), issue: tx(i.name) })}</h3>
      {rows.length === 0 && <p className="inspector-muted">{t('inspector.noStances')}</p>}
      <ul className="inspector-stances">
        {rows.map((row) => (
          <StanceItem key={row.stance.id} row={row} indexed={indexed} />
        ))}
      </ul>
    </article>
  );
}
