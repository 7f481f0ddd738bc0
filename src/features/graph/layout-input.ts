import type { IndexedModel } from '../../model/index-model';
import type { LayoutInput } from './layout';

/** What the layout needs from a model: plain data, so it can be posted to a worker. */
export function layoutInputOf(indexed: IndexedModel): LayoutInput {
  return {
    actors: indexed.model.actors.map((actor) => ({
      id: actor.id,
      bloc: indexed.blocOf.get(actor.id) ?? actor.id,
      ...(actor.memberOf?.[0] !== undefined && { parent: actor.memberOf[0] }),
      ...(actor.position && { position: actor.position }),
    })),
    relations: indexed.model.relations.map(({ source, target }) => ({ source, target })),
  };
}
