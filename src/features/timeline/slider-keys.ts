/** Days moved by PageUp / PageDown on the as-of slider. */
export const PAGE_DAYS = 7;

/**
 * Where a key moves the as-of slider (index into the axis days), or null when the key is not
 * the slider's. Arrows move one day, PageUp/PageDown a week, Home/End to either end.
 */
export function sliderIndexForKey(key: string, index: number, count: number): number | null {
  const last = count - 1;
  const clamp = (value: number) => Math.min(last, Math.max(0, value));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return clamp(index + 1);
    case 'ArrowLeft':
    case 'ArrowDown':
      return clamp(index - 1);
    case 'PageUp':
      return clamp(index + PAGE_DAYS);
    case 'PageDown':
      return clamp(index - PAGE_DAYS);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
