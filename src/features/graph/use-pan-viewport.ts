import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { OnMove, Viewport } from '@xyflow/react';
import { compositorPan } from './compositor-pan';

type Hold = ReturnType<typeof compositorPan>;

/**
 * Lets a drag of the pane move only the picture, and React Flow's viewport once, when it ends.
 *
 * Every change of the viewport in React Flow's store runs one store selector per node and edge
 * (≈ 2,000 at 500 actors: 9–12 ms a pointer move). So while the pane is dragged, the viewport is
 * controlled and held where the drag began; each new viewport is only shown on the compositor
 * (compositor-pan). When the move ends, React Flow gets the last viewport, the hold is released
 * and React Flow owns its viewport again (zooming and fitting never pass through React state).
 * `live` keeps React Flow's store moving during a drag for what reads it: the minimap and React
 * Flow's visible-only rendering.
 */
export function usePanViewport(
  container: RefObject<HTMLDivElement | null>,
  live: boolean,
  onMoveEnd?: OnMove,
) {
  const [held, setHeld] = useState<Viewport | null>(null);
  const dragging = useRef(false);
  const hold = useRef<Hold | null>(null);
  const holdOn = useCallback(() => {
    const element = container.current?.querySelector<HTMLElement>('.react-flow__viewport');
    if (!hold.current && typeof element?.animate === 'function')
      hold.current = compositorPan(element);
    return hold.current;
  }, [container]);

  const onMoveStart: OnMove = useCallback(
    (event, viewport) => {
      dragging.current = event?.type === 'mousedown' && holdOn() !== null;
      if (dragging.current && !live) setHeld(viewport);
    },
    [holdOn, live],
  );
  const onViewportChange = useCallback((viewport: Viewport) => {
    if (dragging.current) hold.current?.show(viewport);
  }, []);
  const onEnd: OnMove = useCallback(
    (event, viewport) => {
      if (dragging.current) {
        dragging.current = false;
        if (live) hold.current?.release();
        else setHeld(viewport);
      }
      onMoveEnd?.(event, viewport);
    },
    [live, onMoveEnd],
  );
  // Runs after React Flow has taken the last viewport into its store and onto its element.
  useEffect(() => {
    if (!held || dragging.current) return;
    hold.current?.release();
    setHeld(null);
  }, [held]);

  return {
    ...(held && { viewport: held }),
    onViewportChange,
    onMoveStart,
    onMoveEnd: onEnd,
  };
}
