import type { IndexedModel } from '../../model/index-model';
import {
  actorKinds,
  relationTypes,
  type ActorKind,
  type Relation,
  type RelationType,
} from '../../model/schema';
import { relationStyle, type RelationStyle } from './relation-style';

export type Legend = {
  relations: (RelationStyle & { type: RelationType })[];
  blocs: { id: string; color: string }[];
  kinds: ActorKind[];
};

/** Every style in use: the relation types drawn, the blocs with a colour, the actor kinds shown. */
export function legendEntries(indexed: IndexedModel, visible: readonly Relation[]): Legend {
  const types = new Set(visible.map((r) => r.type));
  const kinds = new Set(indexed.model.actors.map((a) => a.kind));
  return {
    relations: relationTypes
      .filter((type) => types.has(type))
      .map((type) => ({ type, ...relationStyle(type) })),
    blocs: indexed.blocs
      .filter((bloc) => indexed.actorsById.get(bloc)?.color !== undefined)
      .map((id) => ({ id, color: indexed.colorOf.get(id)! })),
    kinds: actorKinds.filter((kind) => kinds.has(kind)),
  };
}
