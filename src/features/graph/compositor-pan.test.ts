import { describe, expect, it } from 'vitest';
import { compositorPan, viewportTransform } from './compositor-pan';

function fakeViewport() {
  const animations: { keyframes: Keyframe[]; cancelled: boolean }[] = [];
  return {
    animations,
    style: { transform: '' },
    live: () => animations.filter((a) => !a.cancelled),
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

describe('viewportTransform', () => {
  it('writes a viewport as React Flow writes it on its viewport element', () => {
    expect(viewportTransform({ x: 12.5, y: -3, zoom: 0.2 })).toBe(
      'translate(12.5px,-3px) scale(0.2)',
    );
  });
});

describe('compositorPan', () => {
  it('holds each new viewport in one still animation and drops the previous one', () => {
    const element = fakeViewport();
    const pan = compositorPan(element);
    pan.show({ x: 0, y: 0, zoom: 0.5 });
    pan.show({ x: 10, y: 4, zoom: 0.5 });
    expect(element.animations).toHaveLength(2);
    expect(element.live().map((a) => a.keyframes)).toEqual([
      [
        { transform: 'translate(10px,4px) scale(0.5)' },
        { transform: 'translate(10px,4px) scale(0.5)' },
      ],
    ]);
    expect(element.style.transform).toBe('translate(10px,4px) scale(0.5)');
  });

  it('starts no new animation for the viewport it already shows', () => {
    const element = fakeViewport();
    const pan = compositorPan(element);
    pan.show({ x: 10, y: 4, zoom: 0.5 });
    pan.show({ x: 10, y: 4, zoom: 0.5 });
    expect(element.animations).toHaveLength(1);
  });

  it('lets go on release, and holds again on the next viewport shown', () => {
    const element = fakeViewport();
    const pan = compositorPan(element);
    pan.show({ x: 10, y: 4, zoom: 0.5 });
    pan.release();
    expect(element.live()).toHaveLength(0);
    pan.show({ x: 10, y: 4, zoom: 0.5 });
    expect(element.live()).toHaveLength(1);
  });
});
