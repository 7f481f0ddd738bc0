import type { RefObject } from 'react';
import type { TFunction } from 'i18next';
import type { IndexedModel } from '../../model/index-model';
import type { Text } from '../../model/schema';
import { useViewStore } from '../../state/view-store';
import { contentBounds, type BlocHull } from './bloc-hulls';
import { exportGraph, type ExportFormat } from './export-graph';
import type { Legend } from './legend-entries';
import type { ActorNode, RelationEdge } from './types';

type Slide = {
  container: RefObject<HTMLDivElement | null>;
  indexed: IndexedModel;
  nodes: readonly ActorNode[];
  edges: readonly RelationEdge[];
  hulls: readonly BlocHull[];
  legend: Legend;
  blocNames: ReadonlyMap<string, string>;
  tx: (text: Text | undefined) => string;
  t: TFunction;
};

/** Exports the whole graph (not just what is on screen) as a slide with title and legend. */
export function useGraphExport(slide: Slide) {
  const asOf = useViewStore((s) => s.asOf);
  const { container, indexed, nodes, edges, hulls, legend, blocNames, tx, t } = slide;
  return async (format: ExportFormat) => {
    const viewport = container.current?.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) throw new Error(t('graph.notReady'));
    const { meta } = indexed.model;
    return exportGraph(format, {
      viewport,
      bounds: contentBounds(nodes, hulls),
      title: tx(meta.title),
      subtitle: t('graph.slideSubtitle', {
        actors: nodes.length,
        relations: edges.length,
        date: asOf ?? meta.asOf ?? '',
      }),
      legend: [
        ...legend.relations.map((r) => ({
          kind: 'line' as const,
          ...r,
          label: `${t(`relationTypes.${r.type}`)}${r.directed ? ' →' : ''}`,
        })),
        ...legend.blocs.map((b) => ({
          kind: 'swatch' as const,
          color: b.color,
          label: blocNames.get(b.id) ?? b.id,
        })),
      ],
      fileName: 'relationship-graph',
    });
  };
}
