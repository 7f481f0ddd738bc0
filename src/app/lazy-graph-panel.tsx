import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../model/index-model';

// React Flow is the largest library here: load it after the first paint, like the charts.
const GraphPanel = lazy(() =>
  import('../features/graph/graph-panel').then((module) => ({ default: module.GraphPanel })),
);

export function LazyGraphPanel({ indexed }: { indexed: IndexedModel }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p className="panel-loading">{t('app.loadingPanel')}</p>}>
      <GraphPanel indexed={indexed} />
    </Suspense>
  );
}
