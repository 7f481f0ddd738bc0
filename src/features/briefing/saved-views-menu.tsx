import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHydrated } from '../../lib/use-hydrated';
import type { IndexedModel } from '../../model/index-model';
import { downloadFile } from '../../lib/download';
import { exportSavedViews, importSavedViews, type SavedView } from '../../state/saved-views';
import { newSavedViewId, useSavedViewsStore } from '../../state/saved-views-store';
import { useText } from '../../state/use-text';
import { currentViewState, useViewStore } from '../../state/view-store';
import { SaveViewForm } from './save-view-form';
import { SavedViewItem } from './saved-view-item';
import './saved-views.css';

/** Curated and saved views: open, save the current one, rename, reorder, delete, export, import. */
export function SavedViewsMenu({ indexed }: { indexed: IndexedModel }) {
  const { t } = useTranslation();
  const importId = useId();
  const tx = useText(indexed.model.meta.languages);
  const views = useSavedViewsStore((s) => s.views);
  const save = useSavedViewsStore((s) => s.save);
  const add = useSavedViewsStore((s) => s.add);
  const storageError = useSavedViewsStore((s) => s.storageError);
  const clearStorageError = useSavedViewsStore((s) => s.clearStorageError);
  const applyView = useViewStore((s) => s.applyView);
  const [message, setMessage] = useState<{ text: string; problems?: string[] } | null>(null);
  const open = (view: SavedView) => applyView(view.id, view.state);
  // The import input is hidden (its label is the button): the prerendered picture leaves it out,
  // as each input costs the first frame (src/components/control-picture.tsx).
  const live = useHydrated();
  return (
    <details className="saved-views">
      <summary>{t('savedViews.title')}</summary>
      <div className="saved-views-body">
        <SaveViewForm
          onSave={(title) => {
            save(title, currentViewState(useViewStore.getState()));
            setMessage({ text: t('savedViews.saved', { title }) });
          }}
        />
        {/* The problems are inside the status, so a screen reader announces them too. */}
        <div role="status" className="saved-views-status">
          {message?.text}
          {message?.problems && (
            <ul className="error-list">
              {message.problems.slice(0, 20).map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
        {storageError && (
          <div role="alert" className="saved-views-error">
            {t('savedViews.storageError', { error: storageError })}{' '}
            <button type="button" onClick={clearStorageError}>
              {t('savedViews.dismiss')}
            </button>
          </div>
        )}
        <h3>{t('savedViews.curated')}</h3>
        <ul>
          {indexed.model.views.map((view) => (
            <li key={view.id}>
              <button type="button" className="link" onClick={() => applyView(view.id, view.state)}>
                {tx(view.title)}
              </button>
            </li>
          ))}
        </ul>
        <h3>{t('savedViews.mine')}</h3>
        {views.length === 0 ? (
          <p>{t('savedViews.empty')}</p>
        ) : (
          <ol>
            {views.map((view, index) => (
              <SavedViewItem
                key={view.id}
                view={view}
                first={index === 0}
                last={index === views.length - 1}
                onOpen={open}
              />
            ))}
          </ol>
        )}
        <div className="actions">
          <button
            type="button"
            disabled={views.length === 0}
            onClick={() => downloadFile('saved-views.json', exportSavedViews(views))}
          >
            {t('savedViews.export')}
          </button>
          <label htmlFor={importId} className="button">
            {t('savedViews.import')}
          </label>
          {live && (
            <input
              id={importId}
              type="file"
              accept=".json,application/json"
              className="visually-hidden-input"
              onChange={async (event) => {
                const input = event.currentTarget;
                const file = input.files?.[0];
                input.value = '';
                if (!file) return;
                const result = importSavedViews(await file.text(), newSavedViewId);
                if (result.ok) {
                  add(result.views);
                  setMessage({ text: t('savedViews.imported', { count: result.views.length }) });
                } else
                  setMessage({ text: t('savedViews.importFailed'), problems: result.problems });
              }}
            />
          )}
        </div>
      </div>
    </details>
  );
}
