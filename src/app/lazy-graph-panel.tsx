import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../model/index-model';

// React Flow is the largest library here: it stays out of the initial bundle, but its download
// starts with the app, alongside the model's, not after the model has loaded and rendered.
const graphPanel = import('../features/graph/graph-panel');
// A failed download is shown by the region's error boundary when the graph renders; not before.
graphPanel.catch(() => undefined);
const GraphPanel = lazy(() => graphPanel.then((module) => ({ default: module.GraphPanel })));

export function LazyGraphPanel({ indexed }: { indexed: IndexedModel }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        // The graph's size, reserved: what follows does not move when it arrives.
        <div className="graph-placeholder">
          <p className="panel-loading">{t('app.loadingPanel')}</p>
        </div>
      }
    >
      <GraphPanel indexed={indexed} />
    </Suspense>
  );
}
