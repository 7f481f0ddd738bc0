import type { Viewport } from '@xyflow/react';

type Held = { cancel: () => void };
type Animatable = {
  animate: (keyframes: Keyframe[], options: KeyframeAnimationOptions) => Held;
  style: { transform: string };
};

/** The CSS transform React Flow writes on its viewport element for a viewport. */
export const viewportTransform = ({ x, y, zoom }: Viewport) =>
  `translate(${x}px,${y}px) scale(${zoom})`;

/**
 * Shows viewports on React Flow's viewport element as still, endless animations, until released.
 *
 * Why: Chromium moves an element on the compositor alone only while a transform animation runs
 * on it. A plain style change, even with `will-change: transform`, re-layerises the whole page
 * (≈ 14 ms a pan frame at 500 actors / 1,500 relations, for every node and edge). Each shown
 * viewport becomes a new animation whose two keyframes are that viewport, so the picture is
 * exactly what React Flow's inline transform would give. The inline transform is written too (the
 * animation hides it, so it costs no layerising): whatever reads it sees where the picture is, and
 * once released it shows the same place.
 */
export function compositorPan(viewport: Animatable) {
  let held: Held | null = null;
  let shown = '';
  const show = (next: Viewport) => {
    const value = viewportTransform(next);
    if (held && value === shown) return;
    shown = value;
    const animation = viewport.animate([{ transform: value }, { transform: value }], {
      duration: 1000,
      iterations: Infinity,
    });
    held?.cancel();
    held = animation;
    viewport.style.transform = value;
  };
  const release = () => {
    held?.cancel();
    held = null;
  };
  return { show, release };
}
