import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { OnMove, Viewport } from '@xyflow/react';
import { compositorPan } from './compositor-pan';

const START: Viewport = { x: 0, y: 0, zoom: 1 };

/**
 * React Flow's viewport, controlled here so a drag of the pane moves only the picture.
 *
 * Every viewport change of React Flow's own store runs one store selector per node and edge
 * (≈ 2,000 at 500 actors: 9–11 ms a pointer move). While the pane is dragged, each new viewport
 * is only shown on the compositor (compositor-pan) and reaches React Flow once, when the move
 * ends; then the hold is released. `live` keeps the store moving during a drag for what reads
 * it: the minimap and React Flow's visible-only rendering.
 */
export function usePanViewport(
  container: RefObject<HTMLDivElement | null>,
  live: boolean,
  onMoveEnd?: OnMove,
) {
  const [viewport, setViewport] = useState(START);
  const dragging = useRef(false);
  const hold = useRef<ReturnType<typeof compositorPan> | null>(null);
  const onMoveStart: OnMove = useCallback((event) => {
    dragging.current = event?.type === 'mousedown';
  }, []);
  const onViewportChange = useCallback(
    (next: Viewport) => {
      if (dragging.current) {
        const element = container.current?.querySelector<HTMLElement>('.react-flow__viewport');
        if (!hold.current && typeof element?.animate === 'function')
          hold.current = compositorPan(element);
        hold.current?.show(next);
      }
      if (!dragging.current || live || !hold.current) setViewport(next);
    },
    [container, live],
  );
  const onEnd: OnMove = useCallback(
    (event, next) => {
      dragging.current = false;
      setViewport(next);
      onMoveEnd?.(event, next);
    },
    [onMoveEnd],
  );
  // Runs after React Flow has taken the viewport into its store and onto its viewport element.
  useEffect(() => {
    if (!dragging.current) hold.current?.release();
  }, [viewport]);
  return { viewport, onViewportChange, onMoveStart, onMoveEnd: onEnd };
}
