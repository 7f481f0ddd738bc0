import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';
import type { StatementSeries, StatementDay, StatementsOverTime } from './chart-data';

import { ChartLegend } from './chart-legend';

type Props = { indexed: IndexedModel; data: StatementsOverTime };

/** The legend name of a series: its bloc, or the shared grey series. */
export function useSeriesName(indexed: IndexedModel): (series: StatementSeries) => string {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  return (series) =>
    series.bloc === null
      ? t('matrix.charts.otherBlocs')
      : tx(indexed.actorsById.get(series.bloc)?.name);
}

/** Quotes per day, stacked by bloc, with a dashed line on each day that has events. */
export function StatementsChart({ indexed, data }: Props) {
  const { t } = useTranslation();
  const seriesName = useSeriesName(indexed);
  // The value under the pointer, read out below the chart (lighter than Recharts' tooltip). Written
  // straight to the element: re-rendering the chart on hover would replace the bar being clicked.
  const readout = useRef<HTMLParagraphElement>(null);
  const setReadout = (value: string) => {
    if (readout.current) readout.current.textContent = value;
  };
  return (
    <>
      <div className="charts-box charts-box-statements">
        <BarChart
          responsive
          style={{ width: '100%', height: '100%' }}
          data={data.days}
          margin={{ top: 28, right: 16, bottom: 4, left: 0 }}
        >
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis
            dataKey="day"
            tickFormatter={(day: string) => day.slice(5)}
            tick={{ fontSize: 14, fill: '#111827' }}
          />
          <YAxis allowDecimals={false} width={36} tick={{ fontSize: 14, fill: '#111827' }} />
          {data.series.map((series) => (
            <Bar
              key={series.key}
              dataKey={(d: StatementDay) => d.counts[series.key] ?? 0}
              name={seriesName(series)}
              stackId="blocs"
              fill={series.color}
              stroke="#ffffff"
              strokeWidth={1}
              maxBarSize={64}
              isAnimationActive={false}
              onMouseEnter={(item) => {
                const day = item.payload as StatementDay;
                setReadout(
                  t('matrix.charts.readout', {
                    label: day.day,
                    series: seriesName(series),
                    count: day.counts[series.key] ?? 0,
                  }),
                );
              }}
            />
          ))}
          {data.events.map(({ day, events }) => (
            <ReferenceLine
              key={day}
              x={day}
              stroke="#111827"
              strokeDasharray="6 4"
              strokeWidth={2}
              label={{
                value: `◆ ${t('matrix.charts.eventCount', { count: events.length })}`,
                position: 'top',
                fill: '#111827',
                fontSize: 13,
              }}
            />
          ))}
        </BarChart>
      </div>
      <p className="charts-readout" aria-live="polite" ref={readout} />
      <ChartLegend
        items={data.series.map((series) => ({
          key: series.key,
          label: seriesName(series),
          color: series.color,
        }))}
      />
    </>
  );
}
