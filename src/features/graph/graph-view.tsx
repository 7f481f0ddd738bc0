import { useCallback, useMemo, useRef, useState } from 'react';
import {
  applyNodeChanges,
  Controls,
  MiniMap,
  type EdgeChange,
  type NodeChange,
  type OnNodeDrag,
} from '@xyflow/react';
import type { IndexedModel } from '../../model/index-model';
import { useViewStore } from '../../state/view-store';
import { ArrowMarkers } from './arrow-markers';
import { BlocHulls } from './bloc-hull-layer';
import { useHydrated } from '../../lib/use-hydrated';
import { useSkipWhileAway } from '../../lib/use-skip-while-away';
import { FlowCanvas } from './flow-canvas';
import { flowAriaLabels } from './flow-aria-labels';
import { useEdgeHover } from './edge-hover-store';
import { blocHulls } from './bloc-hulls';
import { GraphLegend } from './graph-legend';
import { useGraphOptions } from './graph-options-store';
import { GraphToolbar } from './graph-toolbar';
import type { Layout } from './layout';
import { layoutInputOf } from './layout-input';
import type { ActorNode, RelationEdge } from './types';
import { useGraphElements } from './use-graph-elements';
import { useDrawnWindow } from './use-drawn-window';
import { useGraphExport } from './use-graph-export';
import { useLayout } from './use-layout';

const nodeColor = (node: ActorNode) => node.data.color;
const edgeIdOf = (target: EventTarget) =>
  target instanceof Element
    ? (target.closest('.react-flow__edge')?.getAttribute('data-id') ?? null)
    : null;

export function GraphView({ indexed }: { indexed: IndexedModel }) {
  const layout = useLayout(useMemo(() => layoutInputOf(indexed), [indexed]));
  const [dragged, setDragged] = useState<Layout>({});
  const positions = useMemo(() => layout && { ...layout, ...dragged }, [layout, dragged]);
  const { nodes: baseNodes, edges, legend, tx, t } = useGraphElements(indexed, positions);
  // Nodes are state only so a drag can move one node; every other change comes from the store.
  const [nodes, setNodes] = useState(baseNodes);
  const [shownBase, setShownBase] = useState(baseNodes);
  if (shownBase !== baseNodes) {
    setShownBase(baseNodes);
    setNodes(baseNodes);
  }
  const focusActor = useViewStore((s) => s.focusActor);
  const select = useViewStore((s) => s.select);
  const minimap = useGraphOptions((s) => s.minimap);
  const container = useRef<HTMLDivElement>(null);
  // The prerendered picture cuts long names with CSS (see text-measure); the live graph fits them.
  const hydrated = useHydrated();
  // Scrolled well away, the graph is not painted (each keystroke elsewhere re-layerises it).
  useSkipWhileAway(container);

  const onNodesChange = useCallback(
    (changes: NodeChange<ActorNode>[]) => {
      setNodes((current) =>
        applyNodeChanges(
          changes.filter((c) => c.type !== 'select'),
          current,
        ),
      );
      for (const c of changes) if (c.type === 'select' && c.selected) focusActor(c.id);
    },
    [focusActor],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<RelationEdge>[]) => {
      for (const c of changes)
        if (c.type === 'select' && c.selected) select({ kind: 'relation', id: c.id });
    },
    [select],
  );
  const setHovered = useEdgeHover((s) => s.setHovered);
  const onEdgeMouseEnter = useCallback(
    (_event: unknown, edge: RelationEdge) => setHovered(edge.id),
    [setHovered],
  );
  const onEdgeMouseLeave = useCallback(() => setHovered(null), [setHovered]);
  const onNodeDragStop: OnNodeDrag<ActorNode> = useCallback(
    (_event, node) => setDragged((d) => ({ ...d, [node.id]: node.position })),
    [],
  );

  const ariaLabelConfig = useMemo(() => flowAriaLabels(t), [t]);
  const { shown, onlyRenderVisibleElements, onMoveEnd } = useDrawnWindow(nodes, edges, container);
  const hulls = useMemo(() => blocHulls(indexed, nodes), [indexed, nodes]);
  const blocNames = useMemo(
    () => new Map(indexed.blocs.map((id) => [id, tx(indexed.actorsById.get(id)?.name)])),
    [indexed, tx],
  );
  const onExport = useGraphExport({
    container,
    indexed,
    nodes,
    edges,
    hulls,
    legend,
    blocNames,
    tx,
    t,
  });

  return (
    <div className="graph">
      <GraphToolbar onExport={onExport} />
      <div
        className={hydrated ? 'graph-canvas' : 'graph-canvas graph-canvas--picture'}
        ref={container}
        onFocus={(event) => setHovered(edgeIdOf(event.target))}
        onBlur={() => setHovered(null)}
      >
        {positions ? (
          <FlowCanvas
            container={container}
            live={minimap || onlyRenderVisibleElements}
            nodes={shown.nodes}
            edges={shown.edges}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDragStop={onNodeDragStop}
            onEdgeMouseEnter={onEdgeMouseEnter}
            onEdgeMouseLeave={onEdgeMouseLeave}
            onlyRenderVisibleElements={onlyRenderVisibleElements}
            {...(onMoveEnd && { onMoveEnd })}
            ariaLabelConfig={ariaLabelConfig}
          >
            <ArrowMarkers />
            <BlocHulls hulls={hulls} names={blocNames} nodes={shown.nodes} />
            <Controls showInteractive={false} />
            {minimap && <MiniMap<ActorNode> pannable zoomable nodeColor={nodeColor} />}
          </FlowCanvas>
        ) : (
          <p role="status">{t('graph.layingOut', { count: indexed.model.actors.length })}</p>
        )}
      </div>
      <GraphLegend legend={legend} indexed={indexed} tx={tx} />
    </div>
  );
}
