import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Text } from '../../model/schema';
import { useViewStore } from '../../state/view-store';
import type { AxisDay, MarkerPlace, TimelineAxis } from './timeline-axis';

type ColumnProps = {
  axis: TimelineAxis;
  day: AxisDay;
  tx: (value: Text | undefined) => string;
  blocName: (bloc: string) => string;
  /** The selected event's id, if an event is selected. */
  selectedEvent: string | null;
  /** Each event's marker row and shift (see markerRows). */
  rows: Map<string, MarkerPlace>;
  /** Narrow columns (counts shown on hover and focus only, by CSS): the button's name as its tooltip. */
  dense: boolean;
  later: boolean;
  label: string | undefined;
  year: string | undefined;
};

/** One day of the axis: its bar (a button when the day has anything), tick, label and markers. */
export const DayColumn = memo(function DayColumn({
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
        {day.quotes > 0 ? day.quotes : ''}
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
    <li
      className={`timeline-day${later ? ' is-later' : ''}${day.skipped > 0 ? ' is-after-gap' : ''}`}
      data-day={day.day}
      data-later={later}
    >
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
        {day.events.map((event) => {
          const place = rows.get(event.id);
          return (
            <span
              key={event.id}
              className={`timeline-marker${selectedEvent === event.id ? ' is-selected' : ''}`}
              title={tx(event.title)}
              aria-hidden="true"
              style={{ gridRow: (place?.row ?? 0) + 1, left: `${place?.shiftRem ?? 0}rem` }}
              onClick={() => useViewStore.getState().select({ kind: 'event', id: event.id })}
            >
              ◆{axis.eventNumbers.get(event.id)}
            </span>
          );
        })}
      </span>
    </li>
  );
});
