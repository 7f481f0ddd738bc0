import { fireEvent, render } from '@testing-library/react';
import { ReactFlow, useStore } from '@xyflow/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { flowProps } from './flow-props';

function MultiSelection() {
  const active = useStore((s) => s.multiSelectionActive);
  return <output aria-label="multi">{String(active)}</output>;
}

// Typing in the page (a capital in the quote search holds Shift) must not wake the graph: React
// Flow listens for its selection keys on the whole window, even inside a text field.
describe('the graph and the keyboard elsewhere', () => {
  beforeAll(() => {
    // jsdom has no ResizeObserver; React Flow only needs it to exist here.
    globalThis.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  });

  it('ignores Shift and Control pressed in a text field', () => {
    const { container, getByRole, getByLabelText } = render(
      <div>
        <input aria-label="search" />
        <div style={{ width: 800, height: 600 }}>
          <ReactFlow {...flowProps} nodes={[]} edges={[]}>
            <MultiSelection />
          </ReactFlow>
        </div>
      </div>,
    );
    const field = getByRole('textbox', { name: 'search' });
    const pane = () => container.querySelector('.react-flow__pane');
    expect(pane()).not.toBeNull();
    for (const key of ['Shift', 'Control', 'Meta']) {
      fireEvent.keyDown(field, {
        key,
        code: `${key}Left`,
        shiftKey: key === 'Shift',
        ctrlKey: key === 'Control',
        metaKey: key === 'Meta',
      });
      expect(pane()?.classList.contains('selection')).toBe(false);
      expect(getByLabelText('multi').textContent).toBe('false');
      fireEvent.keyUp(field, { key, code: `${key}Left` });
    }
  });
});
