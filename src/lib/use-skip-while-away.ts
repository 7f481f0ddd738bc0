import { useEffect, type RefObject } from 'react';

/**
 * How far beyond the view an element still counts as near, as an IntersectionObserver margin:
 * a quarter of the view's height above and below, so that scrolling back brings it in painted.
 */
export const NEAR_MARGIN = '25% 0px';

/**
 * Skips rendering an element's contents while it is well away from the view: it becomes
 * `hidden="until-found"` (`content-visibility: hidden`; its own box keeps its size and place),
 * and is shown again before it scrolls into view, when focus moves into it, when find-in-page
 * finds text in it, and for printing.
 *
 * For an element whose contents are costly to paint even unchanged. The React Flow graph is
 * hundreds of SVG and positioned boxes, and Chromium re-layerises the whole page after nearly
 * every change anywhere, a keystroke in a text field included: with the graph scrolled away a
 * quote-search keystroke costs 2–3 ms less (`npm run bench`). `content-visibility: auto` does
 * not do it: it keeps contents painted within one and a half screens of the view.
 */
export function useSkipWhileAway(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    let away = false;
    let printing = false;
    const show = () => element.removeAttribute('hidden');
    /** Hidden only while away, not holding focus, and not being printed. */
    const update = () => {
      if (away && !element.contains(document.activeElement) && !printing) {
        element.setAttribute('hidden', 'until-found');
      } else show();
    };
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry) return;
        away = !entry.isIntersecting;
        update();
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(element);
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && element.contains(event.relatedTarget))) update();
    };
    const onPrint = (event: Event) => {
      printing = event.type === 'beforeprint';
      update();
    };
    // Find-in-page reveals the text itself (removing `hidden`); keep it shown until away again.
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
