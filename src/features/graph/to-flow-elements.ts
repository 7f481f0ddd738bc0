import { Position, type NodeHandle } from '@xyflow/react';
import { arrowMarkerId } from './arrow-markers';
import type { IndexedModel } from '../../model/index-model';
import type { Actor, Relation, RelationType } from '../../model/schema';
import type { GraphHighlight } from './graph-highlight';
import { NODE_HEIGHT, NODE_WIDTH, type Layout } from './layout';
import { relationStyle } from './relation-style';
import type { ActorNode, ActorNodeData, RelationEdge } from './types';

export type NodeLabels = {
  name: (actor: Actor) => string;
  kind: (actor: Actor) => string;
  /** Cuts a name or kind label to the node's width; without it texts are kept whole. */
  fit?: (text: string, part: 'name' | 'kind') => string;
};
export type EdgeLabels = {
  type: (type: RelationType) => string;
  label: (relation: Relation) => string;
  aria: (relation: Relation) => string;
};

/** Per-actor node data; kept apart from positions so dragging keeps every other node's data. */
export function actorNodeData(
  indexed: IndexedModel,
  highlight: GraphHighlight,
  labels: NodeLabels,
): Map<string, ActorNodeData> {
  const focused = highlight.spotlight.size > 0;
  const fit = labels.fit ?? ((text: string) => text);
  return new Map(
    indexed.model.actors.map((actor) => {
      const name = labels.name(actor);
      const kindLabel = labels.kind(actor);
      const data: ActorNodeData = {
        name,
        kindLabel,
        shortName: fit(name, 'name'),
        shortKind: fit(kindLabel, 'kind'),
        kind: actor.kind,
        color: indexed.colorOf.get(actor.id) ?? '#6b7280',
        dimmed: focused && !highlight.spotlight.has(actor.id),
        highlighted: highlight.centres.has(actor.id),
      };
      return [actor.id, data];
    }),
  );
}

/**
 * Where a node's relations start and end (its centre; see .graph-handle), given rather than
 * measured so that relations are drawn before the nodes are measured, and on the server.
 */
const centre = { x: NODE_WIDTH / 2 - 0.5, y: NODE_HEIGHT / 2 - 0.5, width: 1, height: 1 };
const handles: NodeHandle[] = [
  { ...centre, id: null, type: 'target', position: Position.Top },
  { ...centre, id: null, type: 'source', position: Position.Bottom },
];

/** One React Flow node per actor; node id = actor id. */
export function toActorNodes(
  indexed: IndexedModel,
  data: Map<string, ActorNodeData>,
  layout: Layout,
  selectedActor: string | null,
): ActorNode[] {
  return indexed.model.actors.map((actor) => {
    const d = data.get(actor.id)!;
    return {
      id: actor.id,
      type: 'actor',
      position: layout[actor.id] ?? { x: 0, y: 0 },
      data: d,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
      handles,
      selected: actor.id === selectedActor,
      ariaLabel: `${d.name} (${d.kindLabel})`,
    };
  });
}

/** Parallel relations between the same two actors bend apart instead of overlapping. */
function bends(relations: readonly Relation[]): Map<string, number> {
  const groups = new Map<string, Relation[]>();
  for (const r of relations) {
    const key = r.source < r.target ? `${r.source}|${r.target}` : `${r.target}|${r.source}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const result = new Map<string, number>();
  for (const group of groups.values()) {
    group.forEach((r, k) => {
      const offset = (k - (group.length - 1) / 2) * 46;
      result.set(r.id, r.source < r.target ? offset : -offset);
    });
  }
  return result;
}

/** One React Flow edge per visible relation; edge id = relation id. */
export function toRelationEdges(
  highlight: GraphHighlight,
  labels: EdgeLabels,
  selectedRelation: string | null,
): RelationEdge[] {
  const bend = bends(highlight.visible);
  return highlight.visible.map((relation) => {
    const style = relationStyle(relation.type);
    const dimmed = highlight.dimmedRelations.has(relation.id);
    const highlighted =
      !dimmed && (highlight.centres.has(relation.source) || highlight.centres.has(relation.target));
    const classes = ['graph-edge', `graph-edge--${relation.type}`];
    if (dimmed) classes.push('graph-edge--dimmed');
    if (relation.id === selectedRelation) classes.push('graph-edge--labelled');
    return {
      id: relation.id,
      type: 'relation',
      source: relation.source,
      target: relation.target,
      selected: relation.id === selectedRelation,
      className: classes.join(' '),
      ariaLabel: labels.aria(relation),
      style: {
        stroke: style.color,
        strokeDasharray: style.dash || undefined,
        strokeWidth: highlighted ? 3.5 : 2.5,
      },
      ...(style.directed && { markerEnd: arrowMarkerId(style.color) }),
      data: {
        type: relation.type,
        label: labels.label(relation),
        dimmed,
        highlighted,
        bend: bend.get(relation.id) ?? 0,
      },
    };
  });
}
