import { useEffect } from 'react';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

/** Controls that Space activates: a press there is theirs, not the next slide. */
const PRESSABLE =
  'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="switch"], [role="tab"], [role="menuitem"], [role="option"]';
/** Widgets that move with the arrow keys (the matrix's cells, a slider, a list of options). */
const ARROWED =
  'table, [role="grid"], [role="slider"], [role="listbox"], [role="tablist"], [role="radiogroup"], [role="menu"], [role="tree"]';

const within = (target: EventTarget | null, selector: string) =>
  target instanceof Element && target.closest(selector) !== null;

/**
 * Presentation clickers send ←/→, PageUp/PageDown and Space; Escape leaves. Keys that something
 * on the slide already handled, Space on a button and arrows inside a widget that moves with
 * them stay theirs.
 */
export function useSlideKeys(step: (delta: -1 | 1) => void, exit: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const { key, target } = event;
      if (isTyping(target)) return;
      if (key === ' ' && within(target, PRESSABLE)) return;
      if (key.startsWith('Arrow') && within(target, ARROWED)) return;
      if (key === 'Escape') exit();
      else if (['ArrowRight', 'PageDown', ' '].includes(key)) step(1);
      else if (['ArrowLeft', 'PageUp'].includes(key)) step(-1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, exit]);
}
