import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';
import { useViewStore } from '../../state/view-store';
import { AsOfSlider } from './as-of-slider';
import { formatDay } from './format-day';
import { DayColumn } from './day-column';
import { axisScale, markerRows, type TimelineAxis } from './timeline-axis';
import { useBlocName } from './use-bloc-name';

type Props = { indexed: IndexedModel; axis: TimelineAxis };

/**
 * The time axis: one column per day with its dated quotes as a bar stacked by bloc (count on
 * top when the columns are wide enough), a tick and date, and numbered event markers in rows
 * that keep them apart; days after `asOf` are greyed and hatched.
 * The view store is read here once, not in each of a hundred columns: every change to it (each
 * keystroke in the quote search) would otherwise run each column's selectors.
 */
export function DayAxis({ indexed, axis }: Props) {
  const { t } = useTranslation();
  const asOf = useViewStore((s) => s.asOf);
  const lang = useViewStore((s) => s.lang);
  const selectedEvent = useViewStore((s) => (s.selected?.kind === 'event' ? s.selected.id : null));
  const tx = useText(indexed.model.meta.languages);
  const blocName = useBlocName(indexed);
  const { labelStep, minColumnRem, dense } = axisScale(axis.days.length);
  const rows = useMemo(() => markerRows(axis, minColumnRem), [axis, minColumnRem]);
  const style = {
    '--timeline-days': axis.days.length,
    '--timeline-column-min': `${minColumnRem}rem`,
  } as CSSProperties;
  return (
    <figure className="timeline-axis" style={style}>
      <figcaption className="timeline-sr-only">{t('timeline.axis')}</figcaption>
      <div className="timeline-axis-scroll">
        <ol className={`timeline-days${dense ? ' timeline-days--dense' : ''}`}>
          {axis.days.map((day, index) => (
            <DayColumn
              key={day.day}
              axis={axis}
              day={day}
              tx={tx}
              blocName={blocName}
              selectedEvent={selectedEvent}
              rows={rows}
              dense={dense}
              later={asOf !== null && day.day > asOf.slice(0, 10)}
              label={
                index % labelStep === 0 || day.skipped > 0 ? formatDay(day.day, lang) : undefined
              }
              year={
                day.day.slice(0, 4) !== axis.days[index - 1]?.day.slice(0, 4)
                  ? day.day.slice(0, 4)
                  : undefined
              }
            />
          ))}
        </ol>
        <AsOfSlider days={axis.days.map((day) => day.day)} />
      </div>
      {axis.compressed && <p className="timeline-note">{t('timeline.compressed')}</p>}
    </figure>
  );
}
