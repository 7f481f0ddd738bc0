import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';
import { useViewStore } from '../../state/view-store';
import { dayOf } from './days';
import type { TimelineAxis } from './timeline-axis';

/** The events in date order, numbered as on the axis; choosing one shows it in Details. */
export function EventList({ indexed, axis }: { indexed: IndexedModel; axis: TimelineAxis }) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  const asOf = useViewStore((s) => s.asOf);
  const selected = useViewStore((s) => s.selected);
  const select = useViewStore((s) => s.select);
  const events = axis.days.flatMap((day) => day.events);
  if (events.length === 0) return null;
  return (
    <>
      <h3 className="timeline-heading">{t('timeline.events')}</h3>
      <ol className="timeline-events">
        {events.map((event) => {
          const later = asOf !== null && dayOf(event.date) > dayOf(asOf);
          const isSelected = selected?.kind === 'event' && selected.id === event.id;
          return (
            <li
              key={event.id}
              className={`timeline-event${later ? ' is-later' : ''}`}
              data-later={later}
            >
              <span className="timeline-event-marker">
                <span aria-hidden="true">◆</span>
                <span className="timeline-sr-only">
                  {t('timeline.eventNumber', { number: axis.eventNumbers.get(event.id) })}
                </span>
                <span aria-hidden="true">{axis.eventNumbers.get(event.id)}</span>
              </span>
              <time dateTime={event.date}>{event.date}</time>
              <button
                type="button"
                className="link timeline-event-title"
                aria-current={isSelected ? 'true' : undefined}
                onClick={() => select({ kind: 'event', id: event.id })}
              >
                {tx(event.title)}
              </button>
              {later && <span className="timeline-later-tag">{t('timeline.later')}</span>}
            </li>
          );
        })}
      </ol>
    </>
  );
}
