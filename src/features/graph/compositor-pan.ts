import type { Transform } from '@xyflow/react';

/** What the pan hold reads from React Flow's store. */
export type PanState = { paneDragging: boolean; transform: Transform };

type Held = { cancel: () => void };
type Animatable = {
  animate: (keyframes: Keyframe[], options: KeyframeAnimationOptions) => Held;
};

/** The CSS transform React Flow writes on its viewport for a [x, y, zoom] transform. */
export const viewportTransform = ([x, y, zoom]: Transform) =>
  `translate(${x}px,${y}px) scale(${zoom})`;

const sameTransform = (a: Transform, b: Transform) =>
  a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

/**
 * Holds the viewport's transform in a still, endless animation while the pane is dragged.
 *
 * Why: Chromium moves an element on the compositor alone only while a transform animation runs
 * on it. A plain style change, even with `will-change: transform`, re-layerises the whole page
 * (≈ 14 ms a pan frame at 500 actors / 1,500 relations, for every node and edge). Each new
 * position becomes a new animation whose two keyframes are that position, so the picture is
 * exactly what React Flow's inline transform would give; the hold ends with the drag, and the
 * inline transform (which React Flow keeps writing) shows again.
 */
export function compositorPan(viewport: Animatable) {
  let held: Held | null = null;
  let shown: Transform | null = null;
  const release = () => {
    held?.cancel();
    held = null;
    shown = null;
  };
  const update = ({ paneDragging, transform }: PanState) => {
    if (!paneDragging) {
      release();
      return;
    }
    if (shown && sameTransform(shown, transform)) return;
    shown = transform;
    const value = viewportTransform(transform);
    const next = viewport.animate([{ transform: value }, { transform: value }], {
      duration: 1000,
      iterations: Infinity,
    });
    held?.cancel();
    held = next;
  };
  return { update, release };
}
