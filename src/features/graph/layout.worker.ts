import { layoutGraph, type LayoutInput } from './layout';

/** Lays large graphs out off the main thread: one input in, one layout out. */
addEventListener('message', (event: MessageEvent<LayoutInput>) => {
  postMessage(layoutGraph(event.data));
});
