import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';
import type { StatementsOverTime } from './chart-data';
import { useSeriesName } from './statements-chart';

/** The events marked on the chart, and the chart's data as a table. */
export function StatementsTable({
  indexed,
  data,
}: {
  indexed: IndexedModel;
  data: StatementsOverTime;
}) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  const seriesName = useSeriesName(indexed);
  return (
    <>
      {data.events.length > 0 && (
        <div className="charts-events">
          <h4>
            <span aria-hidden="true">◆ </span>
            {t('matrix.charts.events')}
          </h4>
          <ul>
            {data.events.flatMap(({ day, events }) =>
              events.map((id) => (
                <li key={id}>
                  <time dateTime={day}>{day}</time> {tx(indexed.eventsById.get(id)?.title)}
                </li>
              )),
            )}
          </ul>
        </div>
      )}
      <details className="charts-data">
        <summary>{t('matrix.charts.dataTable')}</summary>
        <div className="charts-table-scroll">
          <table>
            <caption>{t('matrix.charts.statements')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matrix.charts.day')}</th>
                {data.series.map((series) => (
                  <th key={series.key} scope="col">
                    {seriesName(series)}
                  </th>
                ))}
                <th scope="col">{t('matrix.charts.total')}</th>
              </tr>
            </thead>
            <tbody>
              {data.days.map((day) => (
                <tr key={day.day}>
                  <th scope="row">
                    <time dateTime={day.day}>{day.day}</time>
                  </th>
                  {data.series.map((series) => (
                    <td key={series.key}>{day.counts[series.key] ?? 0}</td>
                  ))}
                  <td>{day.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
