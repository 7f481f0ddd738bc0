import { memo, type CSSProperties } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { useHydrated } from '../../lib/use-hydrated';
import type { BlocHull } from './bloc-hulls';
import { initialViewport } from './flow-props';
import type { ActorNode } from './types';

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

/**
 * The hulls in React Flow's viewport, under the relations and actors. React Flow's portal into
 * its viewport renders nothing on the server, so the prerendered picture (and its hydration) gets
 * the same layer placed where that viewport starts out (flow-props' first fit); once the page is
 * live the portal takes over and follows every pan and zoom.
 */
export function BlocHulls({
  hulls,
  names,
  nodes,
}: {
  hulls: BlocHull[];
  names: Map<string, string>;
  nodes: ActorNode[];
}) {
  const live = useHydrated();
  const layer = <BlocHullLayer hulls={hulls} names={names} />;
  if (live) return <ViewportPortal>{layer}</ViewportPortal>;
  const { x, y, zoom } = initialViewport(nodes);
  return (
    <div
      className="graph-hulls-picture"
      style={{ transform: `translate(${x}px,${y}px) scale(${zoom})` }}
    >
      {layer}
    </div>
  );
}
