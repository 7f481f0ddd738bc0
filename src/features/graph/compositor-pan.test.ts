import { describe, expect, it } from 'vitest';
import type { Transform } from '@xyflow/react';
import { compositorPan, viewportTransform } from './compositor-pan';

function fakeViewport() {
  const animations: { keyframes: Keyframe[]; cancelled: boolean }[] = [];
  return {
    animations,
    animate(keyframes: Keyframe[]) {
      const animation = { keyframes, cancelled: false };
      animations.push(animation);
      return {
        cancel: () => {
          animation.cancelled = true;
        },
      };
    },
  };
}

const live = (viewport: ReturnType<typeof fakeViewport>) =>
  viewport.animations.filter((a) => !a.cancelled);

describe('viewportTransform', () => {
  it('writes the transform as React Flow writes it on its viewport', () => {
    expect(viewportTransform([12.5, -3, 0.2])).toBe('translate(12.5px,-3px) scale(0.2)');
  });
});

describe('compositorPan', () => {
  it('holds nothing while the pane is not dragged', () => {
    const viewport = fakeViewport();
    compositorPan(viewport).update({ paneDragging: false, transform: [0, 0, 1] });
    expect(viewport.animations).toHaveLength(0);
  });

  it('holds each new position of a drag in one still animation, and drops the previous one', () => {
    const viewport = fakeViewport();
    const pan = compositorPan(viewport);
    pan.update({ paneDragging: true, transform: [0, 0, 0.5] });
    pan.update({ paneDragging: true, transform: [10, 4, 0.5] });
    expect(viewport.animations).toHaveLength(2);
    const [held] = live(viewport);
    expect(held?.keyframes).toEqual([
      { transform: 'translate(10px,4px) scale(0.5)' },
      { transform: 'translate(10px,4px) scale(0.5)' },
    ]);
  });

  it('starts no new animation when the store changes but the transform does not', () => {
    const viewport = fakeViewport();
    const pan = compositorPan(viewport);
    const transform: Transform = [10, 4, 0.5];
    pan.update({ paneDragging: true, transform });
    pan.update({ paneDragging: true, transform: [10, 4, 0.5] });
    expect(viewport.animations).toHaveLength(1);
  });

  it('lets go when the drag ends or the graph unmounts', () => {
    const viewport = fakeViewport();
    const pan = compositorPan(viewport);
    pan.update({ paneDragging: true, transform: [10, 4, 0.5] });
    pan.update({ paneDragging: false, transform: [10, 4, 0.5] });
    expect(live(viewport)).toHaveLength(0);
    pan.update({ paneDragging: true, transform: [10, 4, 0.5] });
    expect(live(viewport)).toHaveLength(1);
    pan.release();
    expect(live(viewport)).toHaveLength(0);
  });
});
