import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../../state/saved-views';
import { useSavedViewsStore } from '../../state/saved-views-store';

type Props = { view: SavedView; first: boolean; last: boolean; onOpen: (view: SavedView) => void };

/** One saved view: open, rename, reorder, delete (focus never falls back to the page). */
export function SavedViewItem({ view, first, last, onOpen }: Props) {
  const { t } = useTranslation();
  const rename = useSavedViewsStore((s) => s.rename);
  const move = useSavedViewsStore((s) => s.move);
  const remove = useSavedViewsStore((s) => s.remove);
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(view.title);
  const labels = { title: view.title };
  return (
    <li className="saved-view" data-saved-view={view.id}>
      {editing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (title.trim()) rename(view.id, title.trim());
            setEditing(false);
          }}
        >
          <input
            aria-label={t('savedViews.renameLabel', labels)}
            value={title}
            autoFocus
            maxLength={200}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          <button type="submit">{t('savedViews.saveConfirm')}</button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('savedViews.cancel')}
          </button>
        </form>
      ) : (
        <>
          <button type="button" className="link" onClick={() => onOpen(view)}>
            {view.title}
          </button>
          <span className="saved-view-actions">
            <button type="button" onClick={() => setEditing(true)}>
              {t('savedViews.rename')}
            </button>
            <button
              type="button"
              aria-disabled={first}
              onClick={() => first || move(view.id, -1)}
              aria-label={t('savedViews.moveUp', labels)}
            >
              ↑
            </button>
            <button
              type="button"
              aria-disabled={last}
              onClick={() => last || move(view.id, 1)}
              aria-label={t('savedViews.moveDown', labels)}
            >
              ↓
            </button>
            <button
              type="button"
              onClick={(event) => {
                // Focus goes to the next view (else the one before, else the menu), not the page.
                const item = event.currentTarget.closest('li');
                const near = item?.nextElementSibling ?? item?.previousElementSibling;
                const target =
                  near?.querySelector('button') ??
                  item?.closest('details')?.querySelector('summary');
                target?.focus();
                remove(view.id);
              }}
              aria-label={t('savedViews.delete', labels)}
            >
              ✕
            </button>
          </span>
        </>
      )}
    </li>
  );
}
