import { ActorNodeView } from './actor-node';
import { RelationEdgeView } from './relation-edge';

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
} as const;
