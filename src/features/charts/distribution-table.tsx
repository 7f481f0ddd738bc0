import { useTranslation } from 'react-i18next';
import { positionStyle } from '../../components/position-style';
import type { IndexedModel } from '../../model/index-model';
import { positions } from '../../model/schema';
import { useText } from '../../state/use-text';
import type { DistributionRow } from './chart-data';
import { filterTo } from './distribution-chart';

/** The distribution chart as a table; each count filters like a click on its segment. */
export function DistributionTable({
  indexed,
  rows,
}: {
  indexed: IndexedModel;
  rows: DistributionRow[];
}) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  return (
    <details className="charts-data">
      <summary>{t('matrix.charts.dataTable')}</summary>
      <div className="charts-table-scroll">
        <table>
          <caption>{t('matrix.charts.distribution')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix.charts.issue')}</th>
              {positions.map((position) => (
                <th key={position} scope="col">
                  <span aria-hidden="true">{positionStyle[position].symbol}</span>{' '}
                  {t(`positions.${position}`)}
                </th>
              ))}
              <th scope="col">{t('matrix.charts.total')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const issue = tx(indexed.issuesById.get(row.issue)?.name);
              return (
                <tr key={row.issue}>
                  <th scope="row">{issue}</th>
                  {positions.map((position) => (
                    <td key={position}>
                      {row.counts[position] > 0 ? (
                        <button
                          type="button"
                          className="link"
                          aria-label={t('matrix.charts.filterTo', {
                            issue,
                            position: t(`positions.${position}`),
                          })}
                          onClick={() => filterTo(row.issue, position)}
                        >
                          {row.counts[position]}
                        </button>
                      ) : (
                        0
                      )}
                    </td>
                  ))}
                  <td>{row.total}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
