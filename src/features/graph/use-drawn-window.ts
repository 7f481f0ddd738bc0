import { useCallback, useMemo, useState, type RefObject } from 'react';
import type { OnMove } from '@xyflow/react';
import type { Box } from './layout';
import type { ActorNode, RelationEdge } from './types';
import { cullToWindow, hideOutside, viewWindow, type ViewportState } from './view-window';

/**
 * Above this many actors, React Flow renders only what is in view. Below it everything stays
 * mounted: a graph that fits on screen would otherwise mount and unmount its border nodes and
 * edges on every pan frame.
 */
const VISIBLE_ONLY_THRESHOLD = 1000;

/**
 * What the graph hands to React Flow. A big graph, once zoomed or panned, draws only a window a
 * quarter of a screen wider than the screen on every side (see view-window), recomputed when a
 * move ends; before its first move React Flow's own visible-only rendering applies.
 */
export function useDrawnWindow(
  nodes: ActorNode[],
  edges: RelationEdge[],
  container: RefObject<HTMLDivElement | null>,
) {
  const big = nodes.length > VISIBLE_ONLY_THRESHOLD;
  const [drawn, setDrawn] = useState<Box | null>(null);
  const onMoveEnd: OnMove = useCallback(
    (_event, viewport: ViewportState) => {
      const box = container.current;
      if (box) setDrawn(viewWindow(viewport, box.clientWidth, box.clientHeight, 0.25));
    },
    [container],
  );
  const shown = useMemo(() => {
    if (!big || !drawn) return { nodes, edges };
    const culled = cullToWindow(nodes, edges, drawn);
    return {
      nodes: hideOutside(culled.nodes, culled.outside),
      edges: culled.edges.map((e) => ({ ...e, data: e.data && { ...e.data, clip: drawn } })),
    };
  }, [big, drawn, nodes, edges]);
  return {
    shown,
    onlyRenderVisibleElements: big && !drawn,
    onMoveEnd: big ? onMoveEnd : undefined,
  };
}
