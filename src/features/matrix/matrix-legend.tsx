import { useTranslation } from 'react-i18next';
import { positionStyle } from '../../components/position-style';
import { positions } from '../../model/schema';

/** What the colours, symbols, outline and marker of the matrix mean. */
export function MatrixLegend() {
  const { t } = useTranslation();
  return (
    <ul className="matrix-legend" aria-label={t('matrix.legend.label')}>
      {positions.map((position) => (
        <li key={position}>
          <span
            className="matrix-chip"
            style={{
              background: positionStyle[position].color,
              color: positionStyle[position].ink,
            }}
          >
            <span aria-hidden="true">{positionStyle[position].symbol}</span>{' '}
            {t(`positions.${position}`)}
          </span>
        </li>
      ))}
      <li>
        <span className="matrix-reported matrix-legend-sample">
          <span className="matrix-hatch" aria-hidden="true" style={{ color: '#374151' }} />
          <span>{t('matrix.legend.reported')}</span>
        </span>
      </li>
      <li>
        <span className="matrix-history-sample" aria-hidden="true">
          ↻
        </span>{' '}
        {t('matrix.legend.history')}
      </li>
    </ul>
  );
}
