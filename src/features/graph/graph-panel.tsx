import '@xyflow/react/dist/style.css';
import './graph.css';
import type { IndexedModel } from '../../model/index-model';
import { GraphView } from './graph-view';

const modelKeys = new WeakMap<IndexedModel, number>();
/** A new model gets a fresh graph (fitted view, no dragged positions). */
let lastKey = 0;
const keyOf = (indexed: IndexedModel) => {
  let key = modelKeys.get(indexed);
  if (key === undefined) {
    key = ++lastKey;
    modelKeys.set(indexed, key);
  }
  return key;
};

/** The Relationship graph region: actors grouped by bloc, relations styled by type. */
export function GraphPanel({ indexed }: { indexed: IndexedModel }) {
  return <GraphView key={keyOf(indexed)} indexed={indexed} />;
}
