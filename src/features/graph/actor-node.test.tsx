import { render } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { describe, expect, it, vi } from 'vitest';
import { actorNodePropsEqual } from './actor-node-equal';
import type { ActorNode, ActorNodeData } from './types';

// Every render of an actor node draws its kind icon once: counting icons counts node renders.
const iconRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('./kind-icon', () => ({
  KindIcon: () => {
    iconRenders.count++;
    return null;
  },
}));
const { ActorNodeView } = await import('./actor-node');

const data: ActorNodeData = {
  name: 'Russia',
  kindLabel: 'state',
  shortName: 'Russia',
  shortKind: 'state',
  kind: 'state',
  color: '#b42318',
  dimmed: false,
  highlighted: false,
};
const props = (over: Partial<NodeProps<ActorNode>> = {}): NodeProps<ActorNode> => ({
  id: 'russia',
  type: 'actor',
  data,
  selected: false,
  selectable: true,
  draggable: true,
  deletable: true,
  isConnectable: false,
  dragging: false,
  zIndex: 0,
  positionAbsoluteX: 0,
  positionAbsoluteY: 0,
  width: 200,
  height: 56,
  ...over,
});

describe('actor node renders', () => {
  it('ignore position, size and drag state: a drag re-renders no actor node', () => {
    iconRenders.count = 0;
    const view = render(
      <ReactFlowProvider>
        <ActorNodeView {...props()} />
      </ReactFlowProvider>,
    );
    expect(iconRenders.count).toBe(1);
    for (let x = 1; x <= 30; x++) {
      view.rerender(
        <ReactFlowProvider>
          <ActorNodeView
            {...props({ dragging: true, positionAbsoluteX: x * 7, positionAbsoluteY: x * 3 })}
          />
        </ReactFlowProvider>,
      );
    }
    expect(iconRenders.count).toBe(1);
    view.rerender(
      <ReactFlowProvider>
        <ActorNodeView {...props({ selected: true })} />
      </ReactFlowProvider>,
    );
    expect(iconRenders.count).toBe(2);
    view.rerender(
      <ReactFlowProvider>
        <ActorNodeView {...props({ selected: true, data: { ...data, dimmed: true } })} />
      </ReactFlowProvider>,
    );
    expect(iconRenders.count).toBe(3);
    expect(view.container.querySelector('.graph-node--dimmed')).not.toBeNull();
  });

  it('compare data by identity and selection as a boolean', () => {
    expect(actorNodePropsEqual({ data }, { data, selected: false })).toBe(true);
    expect(actorNodePropsEqual({ data }, { data, selected: true })).toBe(false);
    expect(actorNodePropsEqual({ data }, { data: { ...data } })).toBe(false);
  });
});
