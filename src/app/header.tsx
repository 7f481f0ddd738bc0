import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../model/index-model';
import { useText } from '../state/use-text';
import { useViewStore } from '../state/view-store';
import { IssueFilter } from './issue-filter';
import { LanguageSwitch } from './language-switch';
import { OpenModelButton } from '../features/import/open-model-button';
import { SavedViewsMenu } from '../features/briefing/saved-views-menu';
import { PresentButton } from './present-button';

type Props = {
  indexed: IndexedModel | undefined;
  /** A model is on its way (else, with none on screen, the title says none is loaded). */
  loading: boolean;
  onFile: (file: File) => void;
};

export function Header({ indexed, loading, onFile }: Props) {
  const { t } = useTranslation();
  const clearAll = useViewStore((s) => s.clearAll);
  const meta = indexed?.model.meta;
  const tx = useText(meta?.languages ?? ['en']);
  const source = meta?.sources?.[0];
  return (
    <header className="app-header">
      <div className="title-row">
        <div className="title-block">
          <p className="app-name">{t('app.name')}</p>
          <h1 tabIndex={-1}>
            {meta ? tx(meta.title) : loading ? t('app.loading') : t('load.noModel')}
          </h1>
          {meta && (
            <p className="source-line">
              {source && (
                <>
                  {t('app.source')}: {tx(source.publisher)}
                  {source.published ? `, ${source.published}` : ''}
                  {' · '}
                </>
              )}
              {meta.asOf && t('app.asOfModel', { date: meta.asOf })}
            </p>
          )}
        </div>
        <div className="header-actions">
          <LanguageSwitch />
          <OpenModelButton onFile={onFile} />
          <button type="button" onClick={clearAll}>
            {t('app.clearAll')}
          </button>
          {/* Last: they arrive with the model, and nothing before them moves. */}
          {indexed && <SavedViewsMenu indexed={indexed} />}
          {indexed && <PresentButton />}
        </div>
      </div>
      {indexed && <IssueFilter issues={indexed.model.issues} tx={tx} />}
    </header>
  );
}
