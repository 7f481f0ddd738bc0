import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { indexModel } from '../model/index-model';
import { Header } from './header';
import { LoadProgress, LoadStatus } from './load-status';
import { Dashboard } from './dashboard';
import { useActiveModel } from './use-active-model';
import { useOpenFile } from './use-open-file';
import { DropZone } from '../features/import/drop-zone';
import { BriefingMode } from '../features/briefing/briefing-mode';
import { useViewStore } from '../state/view-store';
import { PanelFor } from './panel-for';
import { useViewParam } from './use-view-param';
import { usePruneFilters } from './use-prune-filters';
import { rendersWholePage } from './render-mode';

export function App() {
  const { t } = useTranslation();
  const active = useActiveModel();
  const onFile = useOpenFile();
  const model = active.loaded?.model;
  const indexed = useMemo(() => (model ? indexModel(model) : undefined), [model]);
  // The header shows a model at once; the panels follow in a background (transition) render that
  // yields to the browser every few milliseconds instead of blocking it for the whole dashboard.
  // A prerendered page is rendered whole (see render-mode).
  const shown = useDeferredValue(indexed ?? null, rendersWholePage() ? (indexed ?? null) : null);
  const briefing = useViewStore((s) => s.panel === 'brief');
  useViewParam(indexed);
  usePruneFilters(indexed);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header indexed={indexed} loading={active.loading} onFile={onFile} />
      {active.loading && <LoadProgress />}
      {/* Not while the first model loads: the header grows when it arrives, and an empty main
          below it would count as a layout shift. The dashboard then appears in its place. */}
      {(indexed || !active.loading) && (
        <main id="main" tabIndex={-1}>
          <LoadStatus active={active} />
          {shown && briefing && (
            <BriefingMode
              indexed={shown}
              renderPanel={(panel) => <PanelFor panel={panel} indexed={shown} />}
            />
          )}
          {shown && !briefing && <Dashboard indexed={shown} />}
          {!indexed && <p>{t('load.noModel')}</p>}
        </main>
      )}
      <DropZone onFile={onFile} />
    </>
  );
}
