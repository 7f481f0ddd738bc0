import { memo, type CSSProperties } from 'react';
import type { BlocHull } from './bloc-hulls';

/** The tinted outlines that group officials with their state or body (drawn under the nodes). */
export const BlocHullLayer = memo(function BlocHullLayer({
  hulls,
  names,
}: {
  hulls: BlocHull[];
  names: Map<string, string>;
}) {
  return (
    <div className="graph-hulls" aria-hidden="true">
      {hulls.map(({ bloc, color, box }) => (
        <div
          key={bloc}
          className="graph-hull"
          style={
            {
              '--bloc': color,
              transform: `translate(${box.x}px, ${box.y}px)`,
              width: box.width,
              height: box.height,
            } as CSSProperties
          }
        >
          <span className="graph-hull-name">{names.get(bloc)}</span>
        </div>
      ))}
    </div>
  );
});
