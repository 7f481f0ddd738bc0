import { cellKey, visibleAt, type IndexedModel } from '../../model/index-model';
import type { Issue, Relation, Stance } from '../../model/schema';
import { stanceCell } from '../../model/stance-cell';

/**
 * A stance as Details shows it at `asOf`. Current: what the matrix cell shows (its own rule,
 * stanceCell), the latest self-stated and the latest reported stance at or before `asOf`.
 */
export type DatedStance = { stance: Stance; afterAsOf: boolean; current: boolean };

/** Every stance of one actor on one issue, self-stated and reported, oldest first. */
export function stancesInCell(
  indexed: IndexedModel,
  actor: string,
  issue: string,
  asOf: string | null,
): DatedStance[] {
  const stances = indexed.stancesByCell.get(cellKey(actor, issue)) ?? [];
  const cell = stanceCell(indexed, actor, issue, { asOf, positions: [] });
  return stances.map((stance) => ({
    stance,
    afterAsOf: !visibleAt(stance.date, asOf),
    current: stance === cell.own?.latest || stance === cell.reported?.latest,
  }));
}

/** An actor's stances grouped by issue, in the model's issue order. */
export function actorStancesByIssue(
  indexed: IndexedModel,
  actor: string,
  asOf: string | null,
): { issue: Issue; stances: DatedStance[] }[] {
  return indexed.model.issues
    .map((issue) => ({ issue, stances: stancesInCell(indexed, actor, issue.id, asOf) }))
    .filter((group) => group.stances.length > 0);
}

export type ActorRelation = {
  relation: Relation;
  other: string;
  /** The actor is the source of a directed relation (or either end of a symmetric one). */
  outgoing: boolean;
  afterAsOf: boolean;
};

/** The relations with an actor at either end, with the other end named. */
export function actorRelations(
  indexed: IndexedModel,
  actor: string,
  asOf: string | null,
): ActorRelation[] {
  return (indexed.relationsByActor.get(actor) ?? []).map((relation) => ({
    relation,
    other: relation.source === actor ? relation.target : relation.source,
    outgoing: relation.source === actor,
    afterAsOf: !visibleAt(relation.date, asOf),
  }));
}
