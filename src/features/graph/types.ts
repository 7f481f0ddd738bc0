import type { Edge, Node } from '@xyflow/react';
import type { ActorKind, RelationType } from '../../model/schema';
import type { Box } from './layout';

/** What one actor node draws: resolved strings only, never model objects. */
export type ActorNodeData = {
  name: string;
  kindLabel: string;
  /** `name` and `kindLabel` cut to the node's width (the full texts stay in title and label). */
  shortName: string;
  shortKind: string;
  kind: ActorKind;
  color: string;
  dimmed: boolean;
  highlighted: boolean;
};
export type ActorNode = Node<ActorNodeData, 'actor'>;

/** What one relation edge draws. `bend` separates parallel edges between the same two actors. */
export type RelationEdgeData = {
  type: RelationType;
  label: string;
  dimmed: boolean;
  highlighted: boolean;
  bend: number;
  /**
   * The window a zoomed-in big graph draws (see use-drawn-window): a straight relation is cut to
   * it, or a relation to an actor far off screen would be thousands of pixels of dashed line to
   * rasterise on every tile of a pan.
   */
  clip?: Box;
};
export type RelationEdge = Edge<RelationEdgeData, 'relation'>;

export type Point = { x: number; y: number };
