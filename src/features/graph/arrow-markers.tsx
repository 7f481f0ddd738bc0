import { memo } from 'react';
import { relationTypes } from '../../model/schema';
import { relationStyle } from './relation-style';

/** The id of the arrowhead drawn in `color`: what a directed relation's `markerEnd` names. */
export const arrowMarkerId = (color: string) => `graph-arrow-${color.replace(/[^\w-]/g, '')}`;

/** One colour per directed relation type. */
const colors = [
  ...new Set(
    relationTypes.map(relationStyle).flatMap((style) => (style.directed ? [style.color] : [])),
  ),
];

/**
 * The arrowheads, one <marker> per colour, defined once for the page (React Flow's own
 * definitions are rebuilt from every edge on each change of the edges, and sorted with
 * `localeCompare`: at start that set up the page's first locale collator, ≈ 10–30 ms in a task
 * already long). Drawn as React Flow's closed arrow is.
 */
export const ArrowMarkers = memo(function ArrowMarkers() {
  return (
    <svg className="graph-markers" aria-hidden="true" focusable="false">
      <defs>
        {colors.map((color) => (
          <marker
            key={color}
            id={arrowMarkerId(color)}
            viewBox="-10 -10 20 20"
            markerWidth={16}
            markerHeight={16}
            markerUnits="strokeWidth"
            orient="auto-start-reverse"
            refX={0}
            refY={0}
          >
            <polyline
              points="-5,-4 0,0 -5,4 -5,-4"
              fill={color}
              stroke={color}
              strokeWidth={1}
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </marker>
        ))}
      </defs>
    </svg>
  );
});
