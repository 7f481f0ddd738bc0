import { memo } from 'react';
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { relationPath } from './edge-geometry';
import { useEdgeHover } from './edge-hover-store';
import type { RelationEdge } from './types';

const labelStyle = { fontSize: 14, fill: '#111827' };
const labelPadding: [number, number] = [6, 3];

/**
 * A relation: a curve between the two actors. Its label is drawn only on hover, keyboard focus,
 * selection or highlight — not hidden with CSS — so a big graph carries no 1,500 unseen labels.
 */
export const RelationEdgeView = memo(function RelationEdgeView(props: EdgeProps<RelationEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, data, style, markerEnd, selected } = props;
  const hovered = useEdgeHover((s) => s.id === id);
  const { path, labelX, labelY, cutEnd } = relationPath(
    { x: sourceX, y: sourceY },
    { x: targetX, y: targetY },
    data?.bend ?? 0,
    data?.clip,
  );
  // Only on hover and selection: around a focused actor, several labels would overlap.
  const showLabel = hovered || selected;
  return (
    <BaseEdge
      id={id}
      path={path}
      {...(!cutEnd && { markerEnd })}
      style={style}
      interactionWidth={18}
      {...(showLabel && {
        label: data?.label,
        labelX,
        labelY,
        labelShowBg: true,
        labelBgPadding: labelPadding,
        labelBgBorderRadius: 4,
        labelStyle,
      })}
    />
  );
});
