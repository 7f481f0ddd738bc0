import type { RefObject } from 'react';
import { ReactFlow, type ReactFlowProps } from '@xyflow/react';
import type { ActorNode, RelationEdge } from './types';
import { flowProps } from './flow-props';
import { usePanViewport } from './use-pan-viewport';

type Props = ReactFlowProps<ActorNode, RelationEdge> & {
  container: RefObject<HTMLDivElement | null>;
  /** React Flow's store must follow a drag as it happens (see use-pan-viewport). */
  live: boolean;
};

/**
 * The graph's React Flow with its fixed settings (flow-props: fitted on load, zoomable from 5 %
 * to 250 %, read-only: no new or moved connections, nothing deleted by a key), and its viewport
 * controlled by use-pan-viewport. The viewport lives here, not in GraphView, so a zoom or the end
 * of a drag re-renders only this and React Flow.
 */
export function FlowCanvas({ container, live, onMoveEnd, ...props }: Props) {
  const pan = usePanViewport(container, live, onMoveEnd);
  return <ReactFlow<ActorNode, RelationEdge> {...flowProps} {...props} {...pan} />;
}
