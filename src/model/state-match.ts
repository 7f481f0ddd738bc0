import type { IndexedModel } from './index-model';
import { visibleAt } from './index-model';
import type { Quote, Stance, ViewState } from './schema';
import { allTexts } from './text';

/** Whether an actor is one of the selected actors or belongs to one (memberOf, any depth). */
export function actorSelected(
  indexed: IndexedModel,
  actor: string,
  selected: readonly string[],
): boolean {
  if (selected.length === 0) return true;
  const seen = new Set<string>();
  const stack = [actor];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    if (selected.includes(current)) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...(indexed.actorsById.get(current)?.memberOf ?? []));
  }
  return false;
}

const tagged = (issues: readonly string[] | undefined, selected: readonly string[] | undefined) =>
  !selected?.length || (issues ?? []).some((issue) => selected.includes(issue));

/** A stance is in a view state when its issue, actor, position and date pass the filters. */
export function stanceInState(indexed: IndexedModel, stance: Stance, state: ViewState): boolean {
  return (
    tagged([stance.issue], state.issues) &&
    actorSelected(indexed, stance.actor, state.actors ?? []) &&
    (!state.focus || actorSelected(indexed, stance.actor, [state.focus])) &&
    (!state.positions?.length || state.positions.includes(stance.position)) &&
    visibleAt(stance.date, state.asOf)
  );
}

/** A quote is in a view state when its issues, speaker, date, stance positions and the search pass. */
export function quoteInState(indexed: IndexedModel, quote: Quote, state: ViewState): boolean {
  if (!tagged(quote.issues, state.issues)) return false;
  if (!actorSelected(indexed, quote.speaker, state.actors ?? [])) return false;
  if (state.focus && !actorSelected(indexed, quote.speaker, [state.focus])) return false;
  if (!visibleAt(quote.date, state.asOf)) return false;
  if (state.positions?.length) {
    const stances = indexed.stancesByQuote.get(quote.id) ?? [];
    if (!stances.some((stance) => state.positions?.includes(stance.position))) return false;
  }
  const search = state.search?.trim().toLowerCase();
  if (search) {
    const speaker = indexed.actorsById.get(quote.speaker);
    const haystack = [
      ...allTexts(quote.text),
      ...allTexts(speaker?.name),
      ...allTexts(quote.venue),
    ];
    if (!haystack.some((value) => value.toLowerCase().includes(search))) return false;
  }
  return true;
}
