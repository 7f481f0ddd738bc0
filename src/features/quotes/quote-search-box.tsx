import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../../state/view-store';

/** The search box (the URL's q=): the only part of the toolbar that changes as you type. */
export function QuoteSearchBox() {
  const { t } = useTranslation();
  const id = useId();
  const q = useViewStore((s) => s.q);
  const setQuery = useViewStore((s) => s.setQuery);
  return (
    <div className="quotes-search">
      <label htmlFor={`${id}-q`}>{t('quotes.search')}</label>
      <input
        id={`${id}-q`}
        type="search"
        value={q}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setQuery(event.target.value)}
      />
      <span id={`${id}-hint`} className="quotes-hint">
        {t('quotes.searchHint')}
      </span>
    </div>
  );
}
