import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldPicture } from '../../components/control-picture';
import { useAfterHydration } from '../../lib/use-hydrated';
import { isRealDate } from '../../model/schema';
import { useViewStore } from '../../state/view-store';
import { laterCounts, type TimelineAxis } from './timeline-axis';

/** The as-of date field, its "show all dates" button and what the date does to the views. */
export function AsOfControl({ axis }: { axis: TimelineAxis }) {
  const { t } = useTranslation();
  const id = useId();
  const asOf = useViewStore((s) => s.asOf);
  const setAsOf = useViewStore((s) => s.setAsOf);
  const later = laterCounts(axis, asOf);
  // Below the first screen: the prerendered picture draws the date field, and the real
  // one follows in a background render after hydration (control-picture.tsx).
  const live = useAfterHydration();
  return (
    <div className="timeline-as-of">
      <div className="timeline-as-of-fields">
        <label htmlFor={id} className="timeline-as-of-label">
          {t('timeline.asOf')}
        </label>
        {live ? (
          <input
            id={id}
            type="date"
            value={asOf?.slice(0, 10) ?? ''}
            min={axis.days[0]?.day}
            max={axis.days[axis.days.length - 1]?.day}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (value === '') setAsOf(null);
              else if (isRealDate(value)) setAsOf(value);
            }}
          />
        ) : (
          <FieldPicture />
        )}
        <button type="button" onClick={() => setAsOf(null)} aria-disabled={asOf === null}>
          {t('timeline.showAll')}
        </button>
      </div>
      <p className="timeline-status" aria-live="polite">
        {asOf === null ? t('timeline.statusAll') : t('timeline.statusAsOf', { date: asOf })}
        {asOf !== null && (
          <span className="timeline-status-later">{t('timeline.laterSummary', later)}</span>
        )}
      </p>
    </div>
  );
}
