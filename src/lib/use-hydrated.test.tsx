import { act, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { useAfterHydration, useHydrated } from './use-hydrated';

function Probe() {
  const hydrated = useHydrated();
  const after = useAfterHydration();
  return <p>{`${hydrated ? 'live' : 'picture'} ${after ? 'after' : 'before'}`}</p>;
}

describe('useHydrated and useAfterHydration', () => {
  it('are both false on the server', () => {
    expect(renderToString(<Probe />)).toContain('picture before');
  });

  it('are true from the first render of a page rendered in the browser alone', () => {
    const seen: string[] = [];
    function Recorder() {
      seen.push(`${useHydrated()} ${useAfterHydration()}`);
      return null;
    }
    render(<Recorder />);
    expect(seen[0]).toBe('true true');
    expect(seen.every((state) => state === 'true true')).toBe(true);
  });

  it('hydrate without a mismatch, then turn true: hydrated first, the later parts after', async () => {
    const seen: string[] = [];
    function Recorder() {
      const state = `${useHydrated() ? 'live' : 'picture'} ${useAfterHydration() ? 'after' : 'before'}`;
      if (seen[seen.length - 1] !== state) seen.push(state);
      return <p>{state}</p>;
    }
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Recorder />);
    seen.length = 0;
    document.body.append(container);
    const errors: unknown[] = [];
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, <Recorder />, {
        onRecoverableError: (error) => errors.push(error),
      });
    });
    expect(errors).toEqual([]);
    // Three renders: the hydration, the one right after it, then the later parts' own.
    expect(seen).toEqual(['picture before', 'live before', 'live after']);
    expect(container.textContent).toBe('live after');
    act(() => root?.unmount());
    container.remove();
  });
});
