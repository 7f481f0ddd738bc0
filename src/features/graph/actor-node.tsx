import { memo, type CSSProperties } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { actorNodePropsEqual } from './actor-node-equal';
import { KindIcon } from './kind-icon';
import type { ActorNode } from './types';

/** One actor: its kind's shape, its name in the UI language, its bloc's colour. */
export const ActorNodeView = memo(function ActorNodeView({ data, selected }: NodeProps<ActorNode>) {
  const classes = ['graph-node', `graph-node--${data.kind}`];
  if (data.dimmed) classes.push('graph-node--dimmed');
  if (data.highlighted) classes.push('graph-node--highlighted');
  if (selected) classes.push('graph-node--selected');
  return (
    <div
      className={classes.join(' ')}
      style={{ '--bloc': data.color } as CSSProperties}
      title={`${data.name} · ${data.kindLabel}`}
    >
      <Handle
        type="target"
        position={Position.Top}
        isConnectable={false}
        className="graph-handle"
      />
      <span className="graph-node-icon">
        <KindIcon kind={data.kind} />
      </span>
      <span className="graph-node-text">
        <span className="graph-node-name">{data.shortName}</span>
        <span className="graph-node-kind">{data.shortKind}</span>
      </span>
      <Handle
        type="source"
        position={Position.Bottom}
        isConnectable={false}
        className="graph-handle"
      />
    </div>
  );
}, actorNodePropsEqual);
