import type { ViewFields } from './view-store';

type Known = { issue: (id: string) => boolean; actor: (id: string) => boolean };

/**
 * The filters without ids the model on screen does not have (a link or saved view made for
 * another model, a model opened over another): an issue box nobody can see ticked would filter
 * everything silently. Null when every id is known.
 */
export function prunedFilters(
  state: Pick<ViewFields, 'issues' | 'actors' | 'focus'>,
  known: Known,
): Partial<ViewFields> | null {
  const issues = state.issues.filter(known.issue);
  const actors = state.actors.filter(known.actor);
  const focus = state.focus !== null && !known.actor(state.focus) ? null : state.focus;
  if (
    issues.length === state.issues.length &&
    actors.length === state.actors.length &&
    focus === state.focus
  )
    return null;
  return { issues, actors, focus };
}
