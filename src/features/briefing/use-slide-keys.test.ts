import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSlideKeys } from './use-slide-keys';

const press = (target: Element, key: string) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
};

describe('useSlideKeys', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });
  const setup = () => {
    const step = vi.fn();
    const exit = vi.fn();
    renderHook(() => useSlideKeys(step, exit));
    return { step, exit };
  };

  it('steps with the clicker keys and leaves with Escape', () => {
    const { step, exit } = setup();
    expect(press(document.body, 'ArrowRight').defaultPrevented).toBe(true);
    press(document.body, ' ');
    press(document.body, 'PageUp');
    press(document.body, 'Escape');
    expect(step.mock.calls).toEqual([[1], [1], [-1]]);
    expect(exit).toHaveBeenCalledOnce();
  });

  it('leaves Space to a focused button, and arrows to a table or slider', () => {
    const { step } = setup();
    document.body.innerHTML =
      '<button>Exit</button><table><tbody><tr><td tabindex="0">cell</td></tr></tbody></table><div role="slider" tabindex="0"></div>';
    const button = document.querySelector('button')!;
    expect(press(button, ' ').defaultPrevented).toBe(false);
    press(document.querySelector('td')!, 'ArrowRight');
    press(document.querySelector('[role="slider"]')!, 'ArrowLeft');
    expect(step).not.toHaveBeenCalled();
    // The button's own arrows, and a PageDown in the table, still step.
    press(button, 'ArrowRight');
    press(document.querySelector('td')!, 'PageDown');
    expect(step.mock.calls).toEqual([[1], [1]]);
  });

  it('ignores a key something on the slide already handled, and typing', () => {
    const { step } = setup();
    document.body.innerHTML = '<div id="grid"></div><input />';
    const grid = document.getElementById('grid')!;
    grid.addEventListener('keydown', (event) => event.preventDefault());
    press(grid, 'ArrowRight');
    press(document.querySelector('input')!, ' ');
    expect(step).not.toHaveBeenCalled();
  });
});
