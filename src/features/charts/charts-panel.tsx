import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { useFilters } from '../../state/use-filters';
import { stanceDistribution, statementsOverTime } from './chart-data';
import { DistributionChart } from './distribution-chart';
import { DistributionTable } from './distribution-table';
import { StatementsChart } from './statements-chart';
import { StatementsTable } from './statements-table';

/** Two charts of the current selection, each with its data as a table. */
export function ChartsPanel({ indexed }: { indexed: IndexedModel }) {
  const { t } = useTranslation();
  const view = useFilters();
  const distribution = useMemo(() => stanceDistribution(indexed, view), [indexed, view]);
  const statements = useMemo(() => statementsOverTime(indexed, view), [indexed, view]);
  return (
    <div className="charts">
      <figure className="charts-figure">
        <figcaption>
          <h3>{t('matrix.charts.distribution')}</h3>
          <p>{t('matrix.charts.distributionHelp')}</p>
        </figcaption>
        {distribution.some((row) => row.total > 0) ? (
          <DistributionChart indexed={indexed} rows={distribution} />
        ) : (
          <p>{t('matrix.charts.nothing')}</p>
        )}
        <DistributionTable indexed={indexed} rows={distribution} />
      </figure>
      <figure className="charts-figure">
        <figcaption>
          <h3>{t('matrix.charts.statements')}</h3>
          <p>
            {t('matrix.charts.statementsHelp')}{' '}
            {statements.undated > 0 &&
              t('matrix.charts.undatedQuotes', { count: statements.undated })}
          </p>
        </figcaption>
        {statements.days.length > 0 ? (
          <StatementsChart indexed={indexed} data={statements} />
        ) : (
          <p>{t('matrix.charts.nothing')}</p>
        )}
        <StatementsTable indexed={indexed} data={statements} />
      </figure>
    </div>
  );
}
