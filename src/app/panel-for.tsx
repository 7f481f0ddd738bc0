import type { IndexedModel } from '../model/index-model';
import type { Panel } from '../model/schema';
import { LazyGraphPanel } from './lazy-graph-panel';
import { MatrixPanel } from '../features/matrix/matrix-panel';
import { QuotesPanel } from '../features/quotes/quotes-panel';
import { TimelinePanel } from '../features/timeline/timeline-panel';

/** The panel a briefing slide shows to make its point. */
export function PanelFor({ panel, indexed }: { panel: Panel; indexed: IndexedModel }) {
  switch (panel) {
    case 'graph':
      return <LazyGraphPanel indexed={indexed} />;
    case 'quotes':
      return <QuotesPanel indexed={indexed} />;
    case 'timeline':
      return <TimelinePanel indexed={indexed} />;
    default:
      return <MatrixPanel indexed={indexed} />;
  }
}
