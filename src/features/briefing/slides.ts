import type { IndexedModel } from '../../model/index-model';
import { quoteInState, stanceInState } from '../../model/state-match';
import type { Source, Stance, Text, ViewState } from '../../model/schema';
import type { SavedView } from '../../state/saved-views';

/** One slide of briefing mode: a curated view of the model, or a view the user saved. */
export type Slide = {
  key: string;
  id: string;
  kind: 'curated' | 'saved';
  title: Text;
  notes: Text | undefined;
  state: ViewState;
};

/** The model's curated views first, then the user's saved views, in their order. */
export function buildSlides(indexed: IndexedModel, saved: readonly SavedView[]): Slide[] {
  return [
    ...indexed.model.views.map((view) => ({
      key: `curated:${view.id}`,
      id: view.id,
      kind: 'curated' as const,
      title: view.title,
      notes: view.notes,
      state: view.state,
    })),
    ...saved.map((view) => ({
      key: `saved:${view.id}`,
      id: view.id,
      kind: 'saved' as const,
      title: view.title,
      notes: undefined,
      state: view.state,
    })),
  ];
}

/** The stances a slide's state shows: the latest per actor, issue and voice (self or reporter). */
export function slideStances(indexed: IndexedModel, state: ViewState): Stance[] {
  const latest = new Map<string, Stance>();
  for (const stances of indexed.stancesByCell.values()) {
    for (const stance of stances) {
      if (stanceInState(indexed, stance, state)) {
        latest.set(`${stance.actor}|${stance.issue}|${stance.reportedBy ?? ''}`, stance);
      }
    }
  }
  return [...latest.values()];
}

export type Citation = { source: Source | undefined; locators: string[] };

const locatorOrder = (a: string, b: string) =>
  a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });

/**
 * The sources and locators of the quotes a slide puts on screen: the evidence of its stances and
 * the quotes its filters keep.
 */
export function slideCitations(indexed: IndexedModel, state: ViewState): Citation[] {
  const quoteIds = new Set<string>();
  for (const stance of slideStances(indexed, state))
    stance.evidence?.forEach((id) => quoteIds.add(id));
  for (const quote of indexed.model.quotes)
    if (quoteInState(indexed, quote, state)) quoteIds.add(quote.id);
  const bySource = new Map<string, Set<string>>();
  for (const id of quoteIds) {
    const quote = indexed.quotesById.get(id);
    if (!quote) continue;
    const key = quote.source ?? '';
    const locators = bySource.get(key) ?? new Set<string>();
    if (quote.locator) locators.add(quote.locator);
    bySource.set(key, locators);
  }
  const sources = new Map((indexed.model.meta.sources ?? []).map((s) => [s.id, s]));
  return [...bySource.entries()].map(([sourceId, locators]) => ({
    source: sources.get(sourceId),
    locators: [...locators].sort(locatorOrder),
  }));
}
