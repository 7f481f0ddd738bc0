import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldPicture } from '../../components/control-picture';
import { useAfterHydration } from '../../lib/use-hydrated';
import { useViewStore } from '../../state/view-store';

/**
 * The search box (the URL's q=): the only part of the toolbar that changes as you type. In a
 * form of its own: Chromium's autofill looks at a changed field's form after each keystroke, and
 * a field outside any form makes it gather every form control on the page (≈ 3 ms a keystroke
 * with the matrix and timeline filters). Enter has nothing to submit.
 */
export function QuoteSearchBox() {
  const { t } = useTranslation();
  const id = useId();
  const q = useViewStore((s) => s.q);
  const setQuery = useViewStore((s) => s.setQuery);
  // Below the first screen: the prerendered picture draws the box, and the real
  // one follows in a background render after hydration (control-picture.tsx).
  const live = useAfterHydration();
  return (
    <form className="quotes-search" role="search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={`${id}-q`}>{t('quotes.search')}</label>
      {live ? (
        <input
          id={`${id}-q`}
          type="search"
          value={q}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setQuery(event.target.value)}
        />
      ) : (
        <FieldPicture />
      )}
      <span id={`${id}-hint`} className="quotes-hint">
        {t('quotes.searchHint')}
      </span>
    </form>
  );
}
