import type { IndexedModel } from '../../model/index-model';
import { quoteInState, stanceInState } from '../../model/state-match';
import { stanceCell } from '../../model/stance-cell';
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

/**
 * The stances a slide's state shows, exactly as the matrix shows them: per actor and issue, the
 * latest self-stated and the latest reported stance at `asOf` (the shared `stanceCell` rule).
 */
export function slideStances(indexed: IndexedModel, state: ViewState): Stance[] {
  const filter = { asOf: state.asOf ?? null, positions: state.positions ?? [] };
  const shown: Stance[] = [];
  for (const [first] of indexed.stancesByCell.values()) {
    if (!first || !stanceInState(indexed, first, { ...state, positions: [], asOf: undefined }))
      continue;
    const cell = stanceCell(indexed, first.actor, first.issue, filter);
    if (cell.own) shown.push(cell.own.latest);
    if (cell.reported) shown.push(cell.reported.latest);
  }
  return shown;
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
