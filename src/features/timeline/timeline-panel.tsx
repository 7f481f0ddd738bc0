import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';

/** Minimal rendering until the timeline lands: the model's events in date order. */
export function TimelinePanel({ indexed }: { indexed: IndexedModel }) {
  const tx = useText(indexed.model.meta.languages);
  const events = [...indexed.model.events].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ol className="event-list">
      {events.map((event) => (
        <li key={event.id}>
          <time dateTime={event.date}>{event.date}</time> {tx(event.title)}
        </li>
      ))}
    </ol>
  );
}
