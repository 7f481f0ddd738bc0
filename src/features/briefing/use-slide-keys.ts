import { useEffect } from 'react';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

/** Presentation clickers send ←/→, PageUp/PageDown and Space; Escape leaves. */
export function useSlideKeys(step: (delta: -1 | 1) => void, exit: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key === 'Escape') exit();
      else if (['ArrowRight', 'PageDown', ' '].includes(event.key)) step(1);
      else if (['ArrowLeft', 'PageUp'].includes(event.key)) step(-1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, exit]);
}
