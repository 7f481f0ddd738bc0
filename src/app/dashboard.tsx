import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../model/index-model';
import { Region } from './region';
import { LazyGraphPanel } from './lazy-graph-panel';
import { useStagedReveal } from './use-staged-reveal';
import { MatrixPanel } from '../features/matrix/matrix-panel';
import { ChartsSection } from '../features/charts/charts-section';
import { QuotesPanel } from '../features/quotes/quotes-panel';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import { DetailsPanel } from '../features/inspector/details-panel';

/** The panels in the order they arrive: the graph and Details first, then down the page. */
const STAGES = { graph: 1, matrix: 2, quotes: 3, timeline: 4 } as const;

/**
 * The four regions and Details, composed from the features. Memoised: the shell re-rendering (a
 * load finishing, the header's state) does not re-render every panel.
 */
export const Dashboard = memo(function Dashboard({ indexed }: { indexed: IndexedModel }) {
  const { t } = useTranslation();
  const { model } = indexed;
  const revealed = useStagedReveal(STAGES.timeline);
  const shows = (stage: number) => revealed >= stage;
  // The same elements from render to render: revealing a panel does not re-render those before it.
  const panels = useMemo(
    () => ({
      graph: <LazyGraphPanel indexed={indexed} />,
      details: <DetailsPanel indexed={indexed} />,
      matrix: (
        <>
          <MatrixPanel indexed={indexed} />
          <ChartsSection indexed={indexed} />
        </>
      ),
      quotes: <QuotesPanel indexed={indexed} />,
      timeline: <TimelinePanel indexed={indexed} />,
    }),
    [indexed],
  );
  return (
    <div className="dashboard">
      <p className="model-counts">
        {t('app.counts', {
          actors: model.actors.length,
          issues: model.issues.length,
          relations: model.relations.length,
          stances: model.stances.length,
          quotes: model.quotes.length,
          events: model.events.length,
        })}
      </p>
      <Region name={t('app.regions.graph')} className="region-graph">
        {panels.graph}
      </Region>
      <aside aria-label={t('app.regions.details')} className="region region-details">
        <h2>{t('app.regions.details')}</h2>
        {panels.details}
      </aside>
      <Region name={t('app.regions.matrix')} className="region-matrix" busy={!shows(STAGES.matrix)}>
        {shows(STAGES.matrix) && panels.matrix}
      </Region>
      <Region name={t('app.regions.quotes')} className="region-quotes" busy={!shows(STAGES.quotes)}>
        {shows(STAGES.quotes) && panels.quotes}
      </Region>
      <Region
        name={t('app.regions.timeline')}
        className="region-timeline"
        busy={!shows(STAGES.timeline)}
      >
        {shows(STAGES.timeline) && panels.timeline}
      </Region>
    </div>
  );
});
