import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { isRealDate } from '../../model/schema';
import { useViewStore } from '../../state/view-store';
import { ChangeItem } from './change-item';
import { stanceChanges } from './stance-changes';

/** Changes listed before "Show all": enough for a slide, short enough to scan. */
const CHANGES_SHOWN = 8;

type Props = { indexed: IndexedModel; first: string; last: string };

/** Two dates and the stance changes between them, each with its evidence. */
export function WhatChanged({ indexed, first, last }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const issues = useViewStore((s) => s.issues);
  const [from, setFrom] = useState(first);
  const [to, setTo] = useState(last);
  const [showAll, setShowAll] = useState(false);
  const changes = useMemo(
    () => stanceChanges(indexed, from, to, issues),
    [indexed, from, to, issues],
  );
  const dateField = (label: string, value: string, onChange: (value: string) => void) => (
    <label className="timeline-range-field">
      <span>{label}</span>
      <input
        type="date"
        value={value}
        onChange={(event) => {
          const next = event.currentTarget.value;
          if (isRealDate(next)) onChange(next);
        }}
      />
    </label>
  );
  return (
    <section className="timeline-what-changed" aria-labelledby={headingId}>
      <h3 id={headingId} className="timeline-heading">
        {t('timeline.whatChanged')}
      </h3>
      <div className="timeline-range">
        {dateField(t('timeline.from'), from, setFrom)}
        {dateField(t('timeline.to'), to, setTo)}
      </div>
      <p className="timeline-status" aria-live="polite">
        {t('timeline.changes', { count: changes.length })}
        {issues.length > 0 && <> {t('timeline.onlyIssues')}</>}
      </p>
      <ol className="timeline-changes">
        {(showAll ? changes : changes.slice(0, CHANGES_SHOWN)).map((change) => (
          <ChangeItem
            key={`${change.actor}|${change.issue}|${change.reportedBy ?? ''}`}
            indexed={indexed}
            change={change}
          />
        ))}
      </ol>
      {changes.length > CHANGES_SHOWN && (
        <button
          type="button"
          className="timeline-more"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll
            ? t('timeline.showFewer')
            : t('timeline.showAllChanges', { count: changes.length })}
        </button>
      )}
    </section>
  );
}
