import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { useHydrated } from '../../lib/use-hydrated';
import { useText } from '../../state/use-text';
import { useViewStore } from '../../state/view-store';
import { graphHighlight } from './graph-highlight';
import type { Layout } from './layout';
import { legendEntries } from './legend-entries';
import { nodeTextFitter } from './text-measure';
import { actorNodeData, toActorNodes, toRelationEdges } from './to-flow-elements';

/** The graph's nodes, edges and legend for the current view state, memoised step by step. */
export function useGraphElements(indexed: IndexedModel, positions: Layout | null) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  const issues = useViewStore((s) => s.issues);
  const actors = useViewStore((s) => s.actors);
  const focus = useViewStore((s) => s.focus);
  const asOf = useViewStore((s) => s.asOf);
  const selected = useViewStore((s) => s.selected);
  const selectedActor = selected?.kind === 'actor' ? selected.id : null;
  const selectedRelation = selected?.kind === 'relation' ? selected.id : null;

  const highlight = useMemo(
    () => graphHighlight(indexed, { issues, actors, focus, asOf }),
    [indexed, issues, actors, focus, asOf],
  );
  const hydrated = useHydrated();
  const fit = useMemo(() => nodeTextFitter(hydrated), [hydrated]);
  const data = useMemo(
    () =>
      actorNodeData(indexed, highlight, {
        name: (actor) => tx(actor.name),
        kind: (actor) => t(`kinds.${actor.kind}`),
        fit,
      }),
    [indexed, highlight, tx, t, fit],
  );
  const nodes = useMemo(
    () => (positions ? toActorNodes(indexed, data, positions, selectedActor) : []),
    [indexed, data, positions, selectedActor],
  );
  const edges = useMemo(() => {
    const name = (id: string) => tx(indexed.actorsById.get(id)?.name);
    return toRelationEdges(
      highlight,
      {
        type: (type) => t(`relationTypes.${type}`),
        label: (r) => [t(`relationTypes.${r.type}`), tx(r.label)].filter(Boolean).join(': '),
        aria: (r) =>
          t('graph.edgeAria', {
            source: name(r.source),
            type: t(`relationTypes.${r.type}`),
            target: name(r.target),
          }),
      },
      selectedRelation,
    );
  }, [indexed, highlight, tx, t, selectedRelation]);
  const legend = useMemo(() => legendEntries(indexed, highlight.visible), [indexed, highlight]);
  return { nodes, edges, legend, tx, t };
}
