import { memo } from 'react';
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { relationPath } from './edge-geometry';
import type { RelationEdge } from './types';

/** A relation: a curve between the two actors; its label shows on hover and when selected. */
export const RelationEdgeView = memo(function RelationEdgeView(props: EdgeProps<RelationEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, data, style, markerEnd } = props;
  const { path, labelX, labelY } = relationPath(
    { x: sourceX, y: sourceY },
    { x: targetX, y: targetY },
    data?.bend ?? 0,
  );
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      style={style}
      interactionWidth={18}
      label={data?.label}
      labelX={labelX}
      labelY={labelY}
      labelShowBg
      labelBgPadding={[6, 3]}
      labelBgBorderRadius={4}
      labelStyle={{ fontSize: 14, fill: '#111827' }}
    />
  );
});
