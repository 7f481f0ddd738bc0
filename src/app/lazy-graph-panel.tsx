import { lazy, startTransition, Suspense, useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../model/index-model';
import { rendersWholePage } from './render-mode';

type Panel = ComponentType<{ indexed: IndexedModel }>;

// React Flow is the largest library here: it stays out of the initial bundle, and its download
// starts when the graph region is first shown (after the header), so on a slow network it does not
// take bandwidth from the scripts and the model that the first frame needs.
let loaded: Panel | undefined;
let graphPanel: Promise<Panel> | undefined;
export function loadGraphPanel(): Promise<Panel> {
  graphPanel ??= import('../features/graph/graph-panel').then(
    (module) => {
      loaded = module.GraphPanel;
      return module.GraphPanel;
    },
    (error: unknown) => {
      // The region's Retry then downloads it again.
      graphPanel = undefined;
      throw error;
    },
  );
  return graphPanel;
}

/** The graph's size, reserved: what follows does not move when it arrives. */
function GraphPlaceholder() {
  const { t } = useTranslation();
  return (
    <div className="graph-placeholder">
      <p className="panel-loading">{t('app.loadingPanel')}</p>
    </div>
  );
}

/** The Relationship graph, its code downloaded when the region first shows. */
export function LazyGraphPanel({ indexed }: { indexed: IndexedModel }) {
  return rendersWholePage() ? (
    <PrerenderedGraphPanel indexed={indexed} />
  ) : (
    <DownloadedGraphPanel indexed={indexed} />
  );
}

/**
 * In a prerendered page the graph is already drawn: while its code downloads, React leaves that
 * part of the page as the server drew it and hydrates the rest; the graph becomes live when its
 * code arrives (selective hydration at a Suspense boundary). A new lazy component per mount, so
 * that the region's Retry downloads a failed chunk again.
 */
function PrerenderedGraphPanel({ indexed }: { indexed: IndexedModel }) {
  const [Graph] = useState(() =>
    lazy(() => loadGraphPanel().then((panel) => ({ default: panel }))),
  );
  return (
    <Suspense fallback={<GraphPlaceholder />}>
      <Graph indexed={indexed} />
    </Suspense>
  );
}

/**
 * The graph once its code is here: at once when it already is (a later model, briefing mode),
 * else as soon as it arrives, rendered in the background (a transition) so that laying out and
 * drawing the graph does not block the page. Not React.lazy: a lazy component suspends on its
 * first render even when its code has arrived, and React then keeps the fallback on screen for a
 * few hundred milliseconds more.
 */
function DownloadedGraphPanel({ indexed }: { indexed: IndexedModel }) {
  const [Graph, setGraph] = useState<Panel | undefined>(() => loaded);
  const [failure, setFailure] = useState<{ error: unknown }>();
  useEffect(() => {
    if (Graph) return;
    let live = true;
    loadGraphPanel().then(
      (panel) => live && startTransition(() => setGraph(() => panel)),
      (error: unknown) => live && setFailure({ error }),
    );
    return () => {
      live = false;
    };
  }, [Graph]);
  // Thrown here, a failed download reaches the region's error boundary (with its Retry).
  if (failure) throw failure.error;
  return Graph ? <Graph indexed={indexed} /> : <GraphPlaceholder />;
}
