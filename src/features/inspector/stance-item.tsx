import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';
import type { DatedStance } from './details-selectors';
import { useViewStore } from '../../state/view-store';
import { ClaimLabel, EvidenceList, PositionBadge } from './details-parts';

/** One stance: position, who claims it, when, the summary and its evidence. */
export function StanceItem({ row, indexed }: { row: DatedStance; indexed: IndexedModel }) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  const asOf = useViewStore((s) => s.asOf);
  const { stance, afterAsOf, current } = row;
  const classes = ['inspector-stance'];
  if (afterAsOf) classes.push('inspector-stance--later');
  if (stance.reportedBy) classes.push('inspector-stance--reported');
  return (
    <li className={classes.join(' ')} data-stance={stance.id}>
      <p className="inspector-stance-head">
        <PositionBadge position={stance.position} />
        <ClaimLabel stance={stance} indexed={indexed} />
        <span className="inspector-date">{stance.date ?? t('quote.undated')}</span>
        {afterAsOf && (
          <span className="inspector-flag">{t('inspector.afterAsOf', { date: asOf })}</span>
        )}
        {current && !afterAsOf && <span className="inspector-flag">{t('inspector.current')}</span>}
      </p>
      <p className="inspector-summary">{tx(stance.summary)}</p>
      <EvidenceList ids={stance.evidence} indexed={indexed} />
    </li>
  );
}
