import { describe, expect, it } from 'vitest';
import { PAGE_DAYS, sliderIndexForKey } from './slider-keys';

describe('sliderIndexForKey', () => {
  it('moves one day with the arrows', () => {
    expect(sliderIndexForKey('ArrowRight', 3, 30)).toBe(4);
    expect(sliderIndexForKey('ArrowUp', 3, 30)).toBe(4);
    expect(sliderIndexForKey('ArrowLeft', 3, 30)).toBe(2);
    expect(sliderIndexForKey('ArrowDown', 3, 30)).toBe(2);
  });

  it('moves a week with PageUp and PageDown, stopping at the ends', () => {
    expect(sliderIndexForKey('PageUp', 3, 30)).toBe(3 + PAGE_DAYS);
    expect(sliderIndexForKey('PageDown', 10, 30)).toBe(10 - PAGE_DAYS);
    expect(sliderIndexForKey('PageDown', 3, 30)).toBe(0);
    expect(sliderIndexForKey('PageUp', 27, 30)).toBe(29);
  });

  it('jumps to the first and last day with Home and End', () => {
    expect(sliderIndexForKey('Home', 12, 30)).toBe(0);
    expect(sliderIndexForKey('End', 12, 30)).toBe(29);
  });

  it('never leaves the axis at its ends', () => {
    expect(sliderIndexForKey('ArrowLeft', 0, 4)).toBe(0);
    expect(sliderIndexForKey('ArrowRight', 3, 4)).toBe(3);
  });

  it('leaves other keys alone', () => {
    expect(sliderIndexForKey('Tab', 2, 4)).toBeNull();
    expect(sliderIndexForKey('a', 2, 4)).toBeNull();
  });
});
