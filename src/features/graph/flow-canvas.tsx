import type { RefObject } from 'react';
import { ReactFlow, type ReactFlowProps } from '@xyflow/react';
import type { ActorNode, RelationEdge } from './types';
import { flowProps, initialViewport } from './flow-props';
import { usePanViewport } from './use-pan-viewport';

type Props = ReactFlowProps<ActorNode, RelationEdge> & {
  container: RefObject<HTMLDivElement | null>;
  /** React Flow's store must follow a drag as it happens (see use-pan-viewport). */
  live: boolean;
};

/**
 * Marks the graph ready for input (read by the tests and `npm run bench`): React Flow is set up
 * and has fitted its view to the measured canvas, so what is drawn stays where it is. A
 * prerendered graph is fitted to an assumed canvas until then.
 */
const markReady = () =>
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('graph:ready')));

/**
 * The graph's React Flow with its fixed settings (flow-props: fitted on load, zoomable from 5 %
 * to 250 %, read-only: no new or moved connections, nothing deleted by a key), and its viewport
 * controlled by use-pan-viewport. The viewport lives here, not in GraphView, so a zoom or the end
 * of a drag re-renders only this and React Flow.
 */
export function FlowCanvas({ container, live, onMoveEnd, ...props }: Props) {
  const pan = usePanViewport(container, live, () => initialViewport(props.nodes ?? []), onMoveEnd);
  return (
    <ReactFlow<ActorNode, RelationEdge> {...flowProps} onInit={markReady} {...props} {...pan} />
  );
}
