import { useTranslation } from 'react-i18next';
import { positionStyle } from '../../components/position-style';
import type { Position } from '../../model/schema';

/** A position as colour, symbol and word; "—" with a spoken "no stance" when there is none. */
export function PositionWord({ position }: { position: Position | undefined }) {
  const { t } = useTranslation();
  if (position === undefined) {
    return (
      <span className="timeline-position timeline-position-none">
        <span aria-hidden="true">—</span>
        <span className="timeline-sr-only">{t('timeline.none')}</span>
      </span>
    );
  }
  const style = positionStyle[position];
  return (
    <span className="timeline-position" style={{ background: style.color, color: style.ink }}>
      <span aria-hidden="true">{style.symbol}</span> {t(`positions.${position}`)}
    </span>
  );
}
