import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import type { TimelineAxis } from './timeline-axis';
import { useBlocName } from './use-bloc-name';

/** Names each bar colour: swatch, bloc and count (colour is never the only cue). */
export function QuoteLegend({ indexed, axis }: { indexed: IndexedModel; axis: TimelineAxis }) {
  const { t } = useTranslation();
  const blocName = useBlocName(indexed);
  return (
    <div className="timeline-legend">
      {axis.legend.length > 0 && (
        <>
          <p className="timeline-legend-title">{t('timeline.legend')}</p>
          <ul>
            {axis.legend.map((entry) => (
              <li key={entry.bloc}>
                <span
                  className="timeline-swatch"
                  aria-hidden="true"
                  style={{ background: entry.color }}
                />
                {blocName(entry.bloc)} <span className="timeline-legend-count">{entry.count}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {axis.undatedQuotes > 0 && (
        <p className="timeline-note">{t('timeline.undated', { count: axis.undatedQuotes })}</p>
      )}
    </div>
  );
}
