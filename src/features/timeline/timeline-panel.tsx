import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../state/view-store';
import type { IndexedModel } from '../../model/index-model';
import { useAfterHydration } from '../../lib/use-hydrated';
import { AsOfControl } from './as-of-control';
import { DayAxis } from './day-axis';
import { EventList } from './event-list';
import { QuoteLegend } from './quote-legend';
import { buildAxis } from './timeline-axis';
import { WhatChanged } from './what-changed';
import './timeline.css';

/**
 * The Timeline region: as-of control, day axis, events, and what changed between two dates.
 *
 * The events and what changed come after the prerendered picture: they are the bottom of the
 * page's last region, far below the first screen in any usual window, and laying them out in
 * the first frame made every panel paint about 20 ms later (alternating loads, `npm run bench`
 * startup). React adds them after hydration, in a background render (no long task for a slow
 * phone), below everything painted: nothing above moves.
 */
export function TimelinePanel({ indexed }: { indexed: IndexedModel }) {
  const { t } = useTranslation();
  const bottom = useAfterHydration();
  const axis = useMemo(() => buildAxis(indexed), [indexed]);
  const first = axis.days[0]?.day;
  const last = axis.days[axis.days.length - 1]?.day;
  // "What changed" runs up to the as-of date when one is set, as every other view does.
  const asOfDay = useViewStore((s) => s.asOf)?.slice(0, 10);
  const until =
    first && last && asOfDay && asOfDay < last ? (asOfDay < first ? first : asOfDay) : last;
  return (
    <div className="timeline">
      <AsOfControl axis={axis} />
      {first && last ? (
        <>
          <DayAxis indexed={indexed} axis={axis} />
          <QuoteLegend indexed={indexed} axis={axis} />
          {bottom && <EventList indexed={indexed} axis={axis} />}
          {bottom && until && (
            <WhatChanged key={`${first}|${until}`} indexed={indexed} first={first} last={until} />
          )}
        </>
      ) : (
        <p className="timeline-note">{t('timeline.noDates')}</p>
      )}
    </div>
  );
}
