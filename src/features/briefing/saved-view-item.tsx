import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../../state/saved-views';
import { useSavedViewsStore } from '../../state/saved-views-store';

type Props = { view: SavedView; first: boolean; last: boolean; onOpen: (view: SavedView) => void };

/** One saved view: open, rename, reorder, delete. */
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
              disabled={first}
              onClick={() => move(view.id, -1)}
              aria-label={t('savedViews.moveUp', labels)}
            >
              ↑
            </button>
            <button
              type="button"
              disabled={last}
              onClick={() => move(view.id, 1)}
              aria-label={t('savedViews.moveDown', labels)}
            >
              ↓
            </button>
            <button
              type="button"
              onClick={() => remove(view.id)}
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
