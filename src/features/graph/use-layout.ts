import { useEffect, useMemo, useState } from 'react';
import { layoutGraph, WORKER_THRESHOLD, type Layout, type LayoutInput } from './layout';

/**
 * The graph's layout: computed at once for ordinary models, in a Web Worker for large ones so
 * the page never freezes (null until the worker answers).
 */
export function useLayout(input: LayoutInput): Layout | null {
  const offThread = input.actors.length > WORKER_THRESHOLD && typeof Worker !== 'undefined';
  const direct = useMemo(() => (offThread ? null : layoutGraph(input)), [input, offThread]);
  const [answer, setAnswer] = useState<{ input: LayoutInput; layout: Layout } | null>(null);
  useEffect(() => {
    if (!offThread) return;
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<Layout>) => {
      setAnswer({ input, layout: event.data });
      worker.terminate();
    });
    worker.postMessage(input);
    return () => worker.terminate();
  }, [input, offThread]);
  if (!offThread) return direct;
  return answer?.input === input ? answer.layout : null;
}
