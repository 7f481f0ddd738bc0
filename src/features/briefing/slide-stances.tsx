import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import type { Text } from '../../model/schema';
import { positionStyle } from '../../components/position-style';
import type { Stance } from '../../model/schema';

type Props = {
  indexed: IndexedModel;
  stances: readonly Stance[];
  tx: (value: Text | undefined) => string;
  /** A printed slide holds one page: longer lists are cut with a count of the rest. */
  limit?: number;
};

/** The stances a slide shows, as a table: the printed handout's body. */
export function SlideStances({ indexed, stances, tx, limit = Infinity }: Props) {
  const { t } = useTranslation();
  if (stances.length === 0) return <p>{t('briefing.none')}</p>;
  const name = (id: string | undefined) => tx(indexed.actorsById.get(id ?? '')?.name);
  return (
    <table className="briefing-stances">
      <caption>{t('briefing.stancesOnSlide')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('briefing.actor')}</th>
          <th scope="col">{t('briefing.issue')}</th>
          <th scope="col">{t('briefing.position')}</th>
        </tr>
      </thead>
      <tbody>
        {stances.slice(0, limit).map((stance) => (
          <tr key={stance.id}>
            <th scope="row">{name(stance.actor)}</th>
            <td>{tx(indexed.issuesById.get(stance.issue)?.name)}</td>
            <td>
              {positionStyle[stance.position].symbol} {t(`positions.${stance.position}`)}
              {stance.reportedBy &&
                ` (${t('quote.reportedBy', { name: name(stance.reportedBy) })})`}
              <br />
              <small>{tx(stance.summary)}</small>
            </td>
          </tr>
        ))}
      </tbody>
      {stances.length > limit && (
        <tfoot>
          <tr>
            <td colSpan={3}>{t('briefing.more', { count: stances.length - limit })}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
