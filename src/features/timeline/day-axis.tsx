import { memo, useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import type { Text } from '../../model/schema';
import { useText } from '../../state/use-text';
import { useViewStore } from '../../state/view-store';
import { AsOfSlider } from './as-of-slider';
import { formatDay } from './format-day';
import {
  axisScale,
  markerRows,
  type AxisDay,
  type MarkerPlace,
  type TimelineAxis,
} from './timeline-axis';
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
              label={index % labelStep === 0 ? formatDay(day.day, lang) : undefined}
              year={index === 0 || day.day.endsWith('-01-01') ? day.day.slice(0, 4) : undefined}
            />
          ))}
        </ol>
        <AsOfSlider days={axis.days.map((day) => day.day)} />
      </div>
    </figure>
  );
}

type ColumnProps = {
  axis: TimelineAxis;
  day: AxisDay;
  tx: (value: Text | undefined) => string;
  blocName: (bloc: string) => string;
  /** The selected event's id, if an event is selected. */
  selectedEvent: string | null;
  /** Each event's marker row and shift (see markerRows). */
  rows: Map<string, MarkerPlace>;
  /** Narrow columns: no count over the bar (the button's name and tooltip say it). */
  dense: boolean;
  later: boolean;
  label: string | undefined;
  year: string | undefined;
};

const DayColumn = memo(function DayColumn({
  axis,
  day,
  tx,
  blocName,
  selectedEvent,
  rows,
  dense,
  later,
  label,
  year,
}: ColumnProps) {
  const { t } = useTranslation();
  const breakdown = day.blocs.map((bloc) => `${blocName(bloc.bloc)} ${bloc.count}`).join(', ');
  const quotes = t('timeline.quotes', { count: day.quotes });
  const hasContent = day.quotes > 0 || day.events.length > 0;
  const name = `${t('timeline.dayButton', { date: day.day, quotes })}${breakdown ? ` (${breakdown})` : ''}${day.events.length ? `, ${t('timeline.dayEvents', { count: day.events.length })}` : ''}`;
  const bar = (
    <>
      <span className="timeline-count" aria-hidden="true">
        {day.quotes > 0 && !dense ? day.quotes : ''}
      </span>
      <span
        className="timeline-bar"
        aria-hidden="true"
        style={{ height: `${(day.quotes / axis.maxQuotes) * 100}%` }}
      >
        {day.blocs.map((bloc) => (
          <span
            key={bloc.bloc}
            className="timeline-segment"
            title={`${blocName(bloc.bloc)}: ${bloc.count}`}
            style={{ flexGrow: bloc.count, background: bloc.color }}
          />
        ))}
      </span>
    </>
  );
  return (
    <li className={`timeline-day${later ? ' is-later' : ''}`} data-day={day.day} data-later={later}>
      {hasContent ? (
        <button
          type="button"
          className="timeline-day-button"
          aria-label={name}
          title={dense ? name : undefined}
          onClick={() => useViewStore.getState().setAsOf(day.day)}
        >
          {bar}
        </button>
      ) : (
        <span className="timeline-day-button">{bar}</span>
      )}
      <span className="timeline-tick" aria-hidden="true" />
      <span className="timeline-tick-label" aria-hidden="true">
        {label}
        {year && <span className="timeline-tick-year">{year}</span>}
      </span>
      <span className="timeline-markers">
        {day.events.map((event) => (
          <span
            key={event.id}
            className={`timeline-marker${selectedEvent === event.id ? ' is-selected' : ''}`}
            title={tx(event.title)}
            aria-hidden="true"
            style={{
              gridRow: (rows.get(event.id)?.row ?? 0) + 1,
              left: `${rows.get(event.id)?.shiftRem ?? 0}rem`,
            }}
            onClick={() => useViewStore.getState().select({ kind: 'event', id: event.id })}
          >
            ◆{axis.eventNumbers.get(event.id)}
          </span>
        ))}
      </span>
    </li>
  );
});
