import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { AsOfControl } from './as-of-control';
import { DayAxis } from './day-axis';
import { EventList } from './event-list';
import { QuoteLegend } from './quote-legend';
import { buildAxis } from './timeline-axis';
import { WhatChanged } from './what-changed';
import './timeline.css';

/** The Timeline region: as-of control, day axis, events, and what changed between two dates. */
export function TimelinePanel({ indexed }: { indexed: IndexedModel }) {
  const { t } = useTranslation();
  const axis = useMemo(() => buildAxis(indexed), [indexed]);
  const first = axis.days[0]?.day;
  const last = axis.days[axis.days.length - 1]?.day;
  return (
    <div className="timeline">
      <AsOfControl axis={axis} />
      {first && last ? (
        <>
          <DayAxis indexed={indexed} axis={axis} />
          <QuoteLegend indexed={indexed} axis={axis} />
          <EventList indexed={indexed} axis={axis} />
          <WhatChanged key={`${first}|${last}`} indexed={indexed} first={first} last={last} />
        </>
      ) : (
        <p className="timeline-note">{t('timeline.noDates')}</p>
      )}
    </div>
  );
}
