import { useEffect } from 'react';
import { useStore, useStoreApi } from '@xyflow/react';
import { compositorPan } from './compositor-pan';

/** Keeps a dragged pan on the compositor (see compositor-pan). Renders nothing. */
export function CompositorPanHold() {
  const store = useStoreApi();
  const flow = useStore((s) => s.domNode);
  useEffect(() => {
    const viewport = flow?.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport || typeof viewport.animate !== 'function') return;
    const pan = compositorPan(viewport);
    const unsubscribe = store.subscribe(pan.update);
    return () => {
      unsubscribe();
      pan.release();
    };
  }, [store, flow]);
  return null;
}
