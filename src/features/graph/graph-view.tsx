import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  applyNodeChanges,
  Controls,
  MiniMap,
  ReactFlow,
  ViewportPortal,
  type EdgeChange,
  type NodeChange,
  type OnMove,
  type OnNodeDrag,
} from '@xyflow/react';
import type { Box } from './layout';
import type { IndexedModel } from '../../model/index-model';
import { useViewStore } from '../../state/view-store';
import { ActorNodeView } from './actor-node';
import { BlocHullLayer } from './bloc-hull-layer';
import { useEdgeHover } from './edge-hover-store';
import { blocHulls, contentBounds } from './bloc-hulls';
import { useEdgeClip } from './edge-clip-store';
import { exportGraph, type ExportFormat } from './export-graph';
import { GraphLegend } from './graph-legend';
import { useGraphOptions } from './graph-options-store';
import { GraphToolbar } from './graph-toolbar';
import type { Layout } from './layout';
import { layoutInputOf } from './layout-input';
import { RelationEdgeView } from './relation-edge';
import type { ActorNode, RelationEdge } from './types';
import { useGraphElements } from './use-graph-elements';
import { cullToWindow, hideOutside, viewWindow, type ViewportState } from './view-window';
import { useLayout } from './use-layout';

const nodeTypes = { actor: ActorNodeView };
const edgeTypes = { relation: RelationEdgeView };
/**
 * Above this many actors, React Flow renders only what is in view. Below it everything stays
 * mounted: a graph that fits on screen would otherwise mount and unmount its border nodes and
 * edges on every pan frame.
 */
const VISIBLE_ONLY_THRESHOLD = 1000;
const fitViewOptions = { padding: 0.06 };
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
  const asOf = useViewStore((s) => s.asOf);
  const minimap = useGraphOptions((s) => s.minimap);
  const container = useRef<HTMLDivElement>(null);

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

  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('graph.nodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('graph.nodeHelp'),
      'edge.a11yDescription.default': t('graph.edgeHelp'),
      'controls.ariaLabel': t('graph.controls'),
      'controls.zoomIn.ariaLabel': t('graph.zoomIn'),
      'controls.zoomOut.ariaLabel': t('graph.zoomOut'),
      'controls.fitView.ariaLabel': t('graph.fitView'),
      'minimap.ariaLabel': t('graph.minimapLabel'),
    }),
    [t],
  );
  // A big graph, once zoomed or panned, draws only a window around the screen (see view-window).
  const big = nodes.length > VISIBLE_ONLY_THRESHOLD;
  const [drawn, setDrawn] = useState<Box | null>(null);
  const onMoveEnd: OnMove = useCallback((_event, viewport: ViewportState) => {
    const box = container.current;
    if (box) setDrawn(viewWindow(viewport, box.clientWidth, box.clientHeight, 0.25));
  }, []);
  const shown = useMemo(() => {
    if (!big || !drawn) return { nodes, edges };
    const culled = cullToWindow(nodes, edges, drawn);
    return { nodes: hideOutside(culled.nodes, culled.outside), edges: culled.edges };
  }, [big, drawn, nodes, edges]);
  const setClip = useEdgeClip((s) => s.setBox);
  useEffect(() => setClip(big ? drawn : null), [big, drawn, setClip]);
  const hulls = useMemo(() => blocHulls(indexed, nodes), [indexed, nodes]);
  const blocNames = useMemo(
    () => new Map(indexed.blocs.map((id) => [id, tx(indexed.actorsById.get(id)?.name)])),
    [indexed, tx],
  );
  const onExport = async (format: ExportFormat) => {
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

  return (
    <div className="graph">
      <GraphToolbar onExport={onExport} />
      <div
        className="graph-canvas"
        ref={container}
        onFocus={(event) => setHovered(edgeIdOf(event.target))}
        onBlur={() => setHovered(null)}
      >
        {positions ? (
          <ReactFlow<ActorNode, RelationEdge>
            nodes={shown.nodes}
            edges={shown.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDragStop={onNodeDragStop}
            onEdgeMouseEnter={onEdgeMouseEnter}
            onEdgeMouseLeave={onEdgeMouseLeave}
            fitView
            fitViewOptions={fitViewOptions}
            minZoom={0.05}
            maxZoom={2.5}
            nodesConnectable={false}
            edgesReconnectable={false}
            deleteKeyCode={null}
            onlyRenderVisibleElements={big && !drawn}
            {...(big && { onMoveEnd })}
            ariaLabelConfig={ariaLabelConfig}
          >
            <ViewportPortal>
              <BlocHullLayer hulls={hulls} names={blocNames} />
            </ViewportPortal>
            <Controls showInteractive={false} />
            {minimap && <MiniMap<ActorNode> pannable zoomable nodeColor={nodeColor} />}
          </ReactFlow>
        ) : (
          <p role="status">{t('graph.layingOut', { count: indexed.model.actors.length })}</p>
        )}
      </div>
      <GraphLegend legend={legend} indexed={indexed} tx={tx} />
    </div>
  );
}
