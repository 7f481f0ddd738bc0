import type { ActorNodeData } from './types';

type Drawn = { data: ActorNodeData; selected?: boolean };

/**
 * An actor node draws only its data and whether it is selected. React Flow also passes its
 * position, dimensions and drag state, which change on every frame of a drag: ignoring them means
 * dragging a node re-renders no actor node at all (React Flow moves the wrapper with a transform).
 * The data objects are built once per view state (to-flow-elements), so identity is enough.
 */
export const actorNodePropsEqual = (previous: Drawn, next: Drawn) =>
  previous.data === next.data && Boolean(previous.selected) === Boolean(next.selected);
