import { useState, type RefObject } from 'react';
import { ReactFlow, type ReactFlowProps } from '@xyflow/react';
import type { ActorNode, RelationEdge } from './types';
import { fitViewOptionsFor, flowProps, initialViewport } from './flow-props';
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
  // Read once, in the browser: the first fit is React Flow's, after it has measured the canvas.
  const [fitViewOptions] = useState(() =>
    fitViewOptionsFor(typeof window === 'undefined' ? undefined : window.innerWidth),
  );
  return (
    <ReactFlow<ActorNode, RelationEdge>
      {...flowProps}
      fitViewOptions={fitViewOptions}
      onInit={markReady}
      {...props}
      {...pan}
    />
  );
}
