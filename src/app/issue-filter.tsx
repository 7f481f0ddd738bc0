import { useTranslation } from 'react-i18next';
import { CheckboxPicture } from '../components/control-picture';
import { useHydrated } from '../lib/use-hydrated';
import type { Issue, Text } from '../model/schema';
import { useViewStore } from '../state/view-store';

/** The global issue filter: one checkbox per issue. None checked means all issues. */
export function IssueFilter({
  issues,
  tx,
}: {
  issues: readonly Issue[];
  tx: (value: Text | undefined) => string;
}) {
  const { t } = useTranslation();
  const selected = useViewStore((s) => s.issues);
  const toggleIssue = useViewStore((s) => s.toggleIssue);
  // The prerendered picture draws the boxes (control-picture.tsx).
  const live = useHydrated();
  return (
    <fieldset className="issue-filter">
      <legend>{t('app.issues')}</legend>
      {issues.map((issue) => (
        <label key={issue.id} className="chip">
          {live ? (
            <input
              type="checkbox"
              checked={selected.includes(issue.id)}
              onChange={() => toggleIssue(issue.id)}
            />
          ) : (
            <CheckboxPicture checked={selected.includes(issue.id)} />
          )}
          <span>{tx(issue.name)}</span>
        </label>
      ))}
    </fieldset>
  );
}
