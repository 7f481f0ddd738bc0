import type { RefObject } from 'react';
import { ReactFlow, type ReactFlowProps } from '@xyflow/react';
import type { ActorNode, RelationEdge } from './types';
import { usePanViewport } from './use-pan-viewport';

type Props = ReactFlowProps<ActorNode, RelationEdge> & {
  container: RefObject<HTMLDivElement | null>;
  /** React Flow's store must follow a drag as it happens (see use-pan-viewport). */
  live: boolean;
};

/**
 * React Flow with its viewport controlled by use-pan-viewport. The viewport lives here, not in
 * GraphView, so a zoom or the end of a drag re-renders only this and React Flow.
 */
export function FlowCanvas({ container, live, onMoveEnd, ...props }: Props) {
  const pan = usePanViewport(container, live, onMoveEnd);
  return <ReactFlow<ActorNode, RelationEdge> {...props} {...pan} />;
}
