import type { Model } from '../../model/schema';
import { allTexts } from '../../model/text';
import type { Fold } from './search-fold';
import { SEP } from './search-blocks';

/** Speakers and venues by number, and their names in every language. */
export type Names = {
  /** Each quote's speaker, as an index into `actorTexts` (-1: unknown actor). */
  speakerOf: Int32Array;
  /** Each quote's venue, as an index into `venueTexts` (-1: no venue). */
  venueOf: Int32Array;
  actorTexts: string[];
  venueTexts: string[];
};

/** Who said each quote and where, as numbers: a query tests each name once, not once a quote. */
export function namesIndex(model: Model): Names {
  const actorIndex = new Map(model.actors.map((actor, i) => [actor.id, i]));
  const venues = new Map<string, number>();
  const speakerOf = new Int32Array(model.quotes.length);
  const venueOf = new Int32Array(model.quotes.length);
  model.quotes.forEach((quote, i) => {
    speakerOf[i] = actorIndex.get(quote.speaker) ?? -1;
    const venue = allTexts(quote.venue).join(SEP);
    let v = venue ? venues.get(venue) : -1;
    if (v === undefined) venues.set(venue, (v = venues.size));
    venueOf[i] = v;
  });
  return {
    speakerOf,
    venueOf,
    actorTexts: model.actors.map((actor) => allTexts(actor.name).join(SEP)),
    venueTexts: [...venues.keys()],
  };
}

/** Per name, shifted by one (0 stands for "none", index -1): 1 where it holds the folded query. */
export function nameHits(folded: readonly string[], query: string): Uint8Array {
  return Uint8Array.from([0, ...folded.map((text) => +text.includes(query))]);
}

/** The names folded, once per fold. */
export function foldedNamesCache(names: () => Names) {
  const folds = new WeakMap<Fold, { actors: string[]; venues: string[] }>();
  return (fold: Fold) => {
    let folded = folds.get(fold);
    if (!folded) {
      const { actorTexts, venueTexts } = names();
      folded = { actors: actorTexts.map(fold), venues: venueTexts.map(fold) };
      folds.set(fold, folded);
    }
    return folded;
  };
}
