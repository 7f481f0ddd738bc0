import { useTranslation } from 'react-i18next';
import type { Text } from '../../model/schema';
import type { IndexedModel } from '../../model/index-model';
import { KindIcon } from './kind-icon';
import type { Legend } from './legend-entries';

export function LineSample({
  color,
  dash,
  directed,
}: {
  color: string;
  dash: string;
  directed: boolean;
}) {
  return (
    <svg width="56" height="14" viewBox="0 0 56 14" aria-hidden="true">
      <line
        x1="2"
        y1="7"
        x2={directed ? 44 : 54}
        y2="7"
        stroke={color}
        strokeWidth="3"
        strokeDasharray={dash || undefined}
      />
      {directed && <path d="M44 1 L55 7 L44 13 z" fill={color} />}
    </svg>
  );
}

/** Explains every line style, bloc colour and kind shape on the graph. */
export function GraphLegend({
  legend,
  indexed,
  tx,
}: {
  legend: Legend;
  indexed: IndexedModel;
  tx: (value: Text | undefined) => string;
}) {
  const { t } = useTranslation();
  return (
    <div className="graph-legend" aria-label={t('graph.legend')} role="group">
      <ul className="graph-legend-list" aria-label={t('graph.legendRelations')}>
        {legend.relations.map((r) => (
          <li key={r.type}>
            <LineSample {...r} />
            {t(`relationTypes.${r.type}`)}
            {r.directed && <span className="graph-legend-note"> →</span>}
          </li>
        ))}
      </ul>
      <ul className="graph-legend-list" aria-label={t('graph.legendBlocs')}>
        {legend.blocs.map((b) => (
          <li key={b.id}>
            <span
              className="graph-legend-swatch"
              style={{ background: b.color }}
              aria-hidden="true"
            />
            {tx(indexed.actorsById.get(b.id)?.name)}
          </li>
        ))}
      </ul>
      <ul className="graph-legend-list" aria-label={t('graph.legendKinds')}>
        {legend.kinds.map((kind) => (
          <li key={kind}>
            <KindIcon kind={kind} />
            {t(`kinds.${kind}`)}
          </li>
        ))}
      </ul>
      <p className="graph-legend-note">{t('graph.dimmedNote')}</p>
    </div>
  );
}
