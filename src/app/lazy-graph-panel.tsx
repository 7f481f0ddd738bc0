import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../model/index-model';

type Panel = ComponentType<{ indexed: IndexedModel }>;

// React Flow is the largest library here: it stays out of the initial bundle, but its download
// starts with the app, alongside the model's, not after the model has loaded and rendered.
let loaded: Panel | undefined;
const graphPanel: Promise<Panel> = import('../features/graph/graph-panel').then((module) => {
  loaded = module.GraphPanel;
  return module.GraphPanel;
});
// A failed download is shown by the region's error boundary when the graph renders; not before.
graphPanel.catch(() => undefined);

/**
 * The graph once its code is here: at once when it already is (it usually is by the time a
 * model has loaded), else as soon as it arrives. Not React.lazy: a lazy component suspends on its
 * first render even when its code has arrived, and React then keeps the fallback on screen for a
 * few hundred milliseconds more.
 */
export function LazyGraphPanel({ indexed }: { indexed: IndexedModel }) {
  const { t } = useTranslation();
  const [Graph, setGraph] = useState<Panel | undefined>(() => loaded);
  const [failure, setFailure] = useState<{ error: unknown }>();
  useEffect(() => {
    if (Graph) return;
    let live = true;
    graphPanel.then(
      (panel) => live && setGraph(() => panel),
      (error: unknown) => live && setFailure({ error }),
    );
    return () => {
      live = false;
    };
  }, [Graph]);
  // Thrown here, a failed download reaches the region's error boundary (with its Retry).
  if (failure) throw failure.error;
  if (!Graph) {
    return (
      // The graph's size, reserved: what follows does not move when it arrives.
      <div className="graph-placeholder">
        <p className="panel-loading">{t('app.loadingPanel')}</p>
      </div>
    );
  }
  return <Graph indexed={indexed} />;
}
