import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { OnMove, Viewport } from '@xyflow/react';
import { compositorPan } from './compositor-pan';

type Hold = ReturnType<typeof compositorPan>;

/**
 * React Flow's viewport, controlled so a drag of the pane moves only the picture.
 *
 * Every change of the viewport in React Flow's store runs one store selector per node and edge
 * (≈ 2,000 at 500 actors: 9–12 ms a pointer move). While the pane is dragged, each new viewport
 * is only shown on the compositor (compositor-pan); React Flow gets the last one when the move
 * ends, and then the hold is released. Other changes (zoom, fit, keyboard) pass straight on.
 * `live` keeps React Flow's store moving during a drag for what reads it: the minimap and React
 * Flow's visible-only rendering.
 */
export function usePanViewport(
  container: RefObject<HTMLDivElement | null>,
  live: boolean,
  initial: () => Viewport,
  onMoveEnd?: OnMove,
) {
  // React Flow's own first viewport (see flow-props): a drag then starts where the picture is.
  const [viewport, setViewport] = useState(initial);
  const dragging = useRef(false);
  const hold = useRef<Hold | null>(null);

  const onMoveStart: OnMove = useCallback(
    (event, start) => {
      const element = container.current?.querySelector<HTMLElement>('.react-flow__viewport');
      if (!hold.current && typeof element?.animate === 'function')
        hold.current = compositorPan(element);
      dragging.current = event?.type === 'mousedown' && hold.current !== null;
      // Held from the press on, so the page is re-layerised once, with the pane's drag styles.
      if (dragging.current) hold.current?.show(start);
    },
    [container],
  );
  const onViewportChange = useCallback(
    (next: Viewport) => {
      if (dragging.current) hold.current?.show(next);
      if (!dragging.current || live) setViewport(next);
    },
    [live],
  );
  const onEnd: OnMove = useCallback(
    (event, next) => {
      if (dragging.current) {
        dragging.current = false;
        setViewport(next);
      }
      onMoveEnd?.(event, next);
    },
    [onMoveEnd],
  );
  // Runs after React Flow has taken the viewport into its store and onto its element.
  useEffect(() => {
    if (!dragging.current) hold.current?.release();
  }, [viewport]);

  return { viewport, onViewportChange, onMoveStart, onMoveEnd: onEnd };
}
