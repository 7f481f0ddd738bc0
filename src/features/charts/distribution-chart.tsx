import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { positionStyle } from '../../components/position-style';
import type { IndexedModel } from '../../model/index-model';
import { positions, type Position } from '../../model/schema';
import { useText } from '../../state/use-text';
import { useViewStore } from '../../state/view-store';
import type { DistributionRow } from './chart-data';
import { useNarrow } from './use-narrow';
import { ChartLegend } from './chart-legend';

type Datum = DistributionRow & { label: string };

/** Sets the filters to one issue and one position (a click on a bar segment). */
export function filterTo(issue: string, position: Position) {
  const store = useViewStore.getState();
  store.setIssues([issue]);
  store.setPositions([position]);
}

/** Positions per issue as stacked horizontal bars, in the matrix's colours and order. */
export function DistributionChart({
  indexed,
  rows,
}: {
  indexed: IndexedModel;
  rows: DistributionRow[];
}) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  const lang = useViewStore((s) => s.lang);
  const narrow = useNarrow();
  const data: Datum[] = rows.map((row) => ({
    ...row,
    label: tx(indexed.issuesById.get(row.issue)?.name),
  }));
  const axisWidth = narrow ? 112 : 230;
  // The value under the pointer, read out below the chart (lighter than Recharts' tooltip). Written
  // straight to the element: re-rendering the chart on hover would replace the bar being clicked.
  const readout = useRef<HTMLParagraphElement>(null);
  const setReadout = (value: string) => {
    if (readout.current) readout.current.textContent = value;
  };
  return (
    <>
      <div className="charts-box charts-box-distribution">
        <BarChart
          responsive
          style={{ width: '100%', height: '100%' }}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 14, fill: '#111827' }} />
          <YAxis
            type="category"
            dataKey="label"
            width={axisWidth}
            interval={0}
            tick={{
              fontSize: narrow ? 12 : 14,
              fill: '#111827',
              width: axisWidth - 10,
              breakAll: lang === 'zh-Hant',
            }}
          />
          {positions.map((position) => (
            <Bar
              key={position}
              dataKey={(d: Datum) => d.counts[position]}
              name={`${positionStyle[position].symbol} ${t(`positions.${position}`)}`}
              stackId="positions"
              fill={positionStyle[position].color}
              stroke="#374151"
              strokeWidth={1}
              maxBarSize={34}
              isAnimationActive={false}
              // Our own rectangle, so a click reaches it without Recharts' tooltip machinery.
              shape={(props: BarShapeProps) => {
                const datum = props.payload as Datum;
                const count = datum.counts[position];
                if (!props.width || !props.height) return <g />;
                return (
                  <rect
                    className="recharts-rectangle charts-bar"
                    x={props.x}
                    y={props.y}
                    width={props.width}
                    height={props.height}
                    fill={positionStyle[position].color}
                    stroke="#374151"
                    strokeWidth={1}
                    onClick={() => filterTo(datum.issue, position)}
                    onMouseEnter={() =>
                      setReadout(
                        t('matrix.charts.readout', {
                          label: datum.label,
                          series: t(`positions.${position}`),
                          count,
                        }),
                      )
                    }
                  >
                    <title>{`${datum.label} · ${t(`positions.${position}`)}: ${count}`}</title>
                  </rect>
                );
              }}
            />
          ))}
        </BarChart>
      </div>
      <p className="charts-readout" aria-live="polite" ref={readout} />
      <ChartLegend
        items={positions.map((position) => ({
          key: position,
          label: `${positionStyle[position].symbol} ${t(`positions.${position}`)}`,
          color: positionStyle[position].color,
        }))}
      />
    </>
  );
}
