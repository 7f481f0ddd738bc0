import { useEffect, type RefObject } from 'react';

/**
 * How far beyond the view an element still counts as near, as an IntersectionObserver margin:
 * a quarter of the view's height above and below, so that scrolling back brings it in painted.
 */
export const NEAR_MARGIN = '25% 0px';

/** Clipped to nothing: Chromium paints nothing of it, yet it stays in the page for everyone else. */
export const AWAY_CLIP = 'inset(50%)';

/** The nearest ancestor that scrolls (the briefing's slide box), or null for the page itself. */
export function scrollParent(element: Element): Element | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if (overflowY === 'auto' || overflowY === 'scroll') return parent;
  }
  return null;
}

/**
 * Stops painting an element's contents while it is well away from the view: it is clipped to
 * nothing (`clip-path`, the visually-hidden technique), so it keeps its size and place, stays in
 * the accessibility tree and the Tab order, and find-in-page still finds its text. It is drawn
 * again before it scrolls into view, as soon as focus moves into it, and for printing. The
 * element needs a size of its own (not from what it contains).
 *
 * For an element whose contents are costly to paint even unchanged: the React Flow graph is
 * hundreds of SVG and positioned boxes, and Chromium re-layerises the whole page after nearly
 * every change anywhere, a keystroke in a text field included. `content-visibility: auto` does
 * not do it: Chromium keeps such contents painted within one and a half screens of the view.
 */
export function useSkipWhileAway(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    let away = false;
    let printing = false;
    const show = () => element.style.removeProperty('clip-path');
    /** Clipped only while away, not holding focus, and not being printed. */
    const update = () => {
      if (away && !element.contains(document.activeElement) && !printing) {
        element.style.clipPath = AWAY_CLIP;
      } else show();
    };
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        away = !entry.isIntersecting;
        update();
      },
      { root: scrollParent(element), rootMargin: NEAR_MARGIN },
    );
    observer.observe(element);
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && element.contains(event.relatedTarget))) update();
    };
    const onPrint = (event: Event) => {
      printing = event.type === 'beforeprint';
      update();
    };
    element.addEventListener('focusin', show);
    element.addEventListener('focusout', onFocusOut);
    window.addEventListener('beforeprint', onPrint);
    window.addEventListener('afterprint', onPrint);
    return () => {
      observer.disconnect();
      element.removeEventListener('focusin', show);
      element.removeEventListener('focusout', onFocusOut);
      window.removeEventListener('beforeprint', onPrint);
      window.removeEventListener('afterprint', onPrint);
      show();
    };
  }, [ref]);
}
