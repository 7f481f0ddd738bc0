import { visibleAt, type IndexedModel } from '../../model/index-model';
import type { Relation } from '../../model/schema';

export type GraphFilter = {
  issues: readonly string[];
  actors: readonly string[];
  focus: string | null;
  asOf: string | null;
};

/** Which relations are drawn, which are dimmed, and which actors are in the spotlight. */
export type GraphHighlight = {
  visible: Relation[];
  dimmedRelations: Set<string>;
  /** Empty when nothing is focused: then no actor is dimmed. */
  spotlight: Set<string>;
  centres: Set<string>;
};

/**
 * The graph's filter rules:
 * - `asOf` hides relations dated after it;
 * - an issue filter hides relations tagged only with other issues and dims untagged ones;
 * - `actors` and `focus` put their neighbourhood (related and member actors) in the spotlight
 *   and dim every relation that does not touch them.
 */
export function graphHighlight(indexed: IndexedModel, filter: GraphFilter): GraphHighlight {
  const dimmedRelations = new Set<string>();
  const visible: Relation[] = [];
  for (const relation of indexed.model.relations) {
    if (!visibleAt(relation.date, filter.asOf)) continue;
    if (filter.issues.length) {
      const tags = relation.issues ?? [];
      if (tags.length === 0) dimmedRelations.add(relation.id);
      else if (!tags.some((issue) => filter.issues.includes(issue))) continue;
    }
    visible.push(relation);
  }

  const centres = new Set(
    [...filter.actors, ...(filter.focus ? [filter.focus] : [])].filter((id) =>
      indexed.actorsById.has(id),
    ),
  );
  const spotlight = new Set<string>();
  if (centres.size) {
    for (const id of centres) {
      spotlight.add(id);
      for (const parent of indexed.actorsById.get(id)?.memberOf ?? []) spotlight.add(parent);
      for (const child of indexed.childrenOf.get(id) ?? []) spotlight.add(child);
    }
    for (const relation of visible) {
      const touches = centres.has(relation.source) || centres.has(relation.target);
      if (touches) {
        spotlight.add(relation.source);
        spotlight.add(relation.target);
      } else dimmedRelations.add(relation.id);
    }
  }
  return { visible, dimmedRelations, spotlight, centres };
}
