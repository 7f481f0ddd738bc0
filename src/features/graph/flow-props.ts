import { getNodesBounds, getViewportForBounds, type Viewport } from '@xyflow/react';
import { ActorNodeView } from './actor-node';
import { RelationEdgeView } from './relation-edge';
import type { ActorNode } from './types';

/**
 * The canvas size assumed until it is measured: the prerendered page (rendered where nothing can
 * be measured) fits the graph to it, the canvas at 1440 × 900. The browser fits it again to the
 * measured size.
 */
const ASSUMED_CANVAS = { width: 886, height: 646 };

/** React Flow's settings for the relationship graph, the same on every render. */
export const flowProps = {
  nodeTypes: { actor: ActorNodeView },
  edgeTypes: { relation: RelationEdgeView },
  fitView: true,
  fitViewOptions: { padding: 0.06 },
  ...ASSUMED_CANVAS,
  minZoom: 0.05,
  maxZoom: 2.5,
  nodesConnectable: false,
  edgesReconnectable: false,
  deleteKeyCode: null,
  // React Flow listens for these keys on the whole window, even in a text field when a modifier
  // is down: each Shift (a capital typed in the quote search) or Ctrl/⌘ press set its store and
  // re-ran every node's and edge's selector (≈ 3 ms at 50k quotes). Box and multi-selection mean
  // nothing here: a click focuses one actor.
  selectionKeyCode: null,
  multiSelectionKeyCode: null,
} as const;

/** At most this window width the canvas is a phone's (graph.css: the same breakpoint). */
export const NARROW_WINDOW = 700;
/**
 * The least zoom a phone's first view fits the graph at. A whole graph fitted into a canvas
 * 300-odd pixels wide drew the seed model's 15 px names 3 px high (zoom 0.2); at this zoom they are
 * 11 px. The view is then centred on the graph, and the Fit view control still shows all of it.
 */
export const READABLE_ZOOM = 0.75;

/** How React Flow fits the graph on load: on a phone, never below a zoom its names can be read at. */
export function fitViewOptionsFor(windowWidth: number | undefined) {
  return windowWidth !== undefined && windowWidth <= NARROW_WINDOW
    ? { ...flowProps.fitViewOptions, minZoom: READABLE_ZOOM }
    : flowProps.fitViewOptions;
}

/**
 * The viewport React Flow starts with: the nodes fitted to the assumed canvas, as it computes it
 * when its store is created (and as the prerendered page shows it).
 */
export function initialViewport(nodes: ActorNode[]): Viewport {
  if (nodes.length === 0) return { x: 0, y: 0, zoom: 1 };
  return getViewportForBounds(
    getNodesBounds(nodes),
    flowProps.width,
    flowProps.height,
    flowProps.minZoom,
    flowProps.maxZoom,
    flowProps.fitViewOptions.padding,
  );
}
