import { create } from 'zustand';
import { positions as allPositions, type Position, type ViewState } from '../model/schema';
import type { UiLanguage } from '../model/text';

/** The panel in front (`panel=`); `brief` is briefing mode. */
export const panelValues = ['graph', 'matrix', 'quotes', 'timeline', 'brief'] as const;
export type PanelValue = (typeof panelValues)[number];

/** What is selected and shown in Details. Ids never contain "/" so it can delimit the URL form. */
export type Selection =
  | { kind: 'actor'; id: string }
  | { kind: 'relation'; id: string }
  | { kind: 'quote'; id: string }
  | { kind: 'event'; id: string }
  | { kind: 'cell'; actor: string; issue: string };

/** What the user is looking at. Never model data: only ids, dates and text typed by the user. */
export type ViewFields = {
  model: string | null;
  issues: string[];
  actors: string[];
  positions: Position[];
  asOf: string | null;
  focus: string | null;
  selected: Selection | null;
  q: string;
  panel: PanelValue | null;
  lang: UiLanguage;
  view: string | null;
};

type ViewActions = {
  set: (patch: Partial<ViewFields>) => void;
  toggleIssue: (issue: string) => void;
  setIssues: (issues: string[]) => void;
  setActors: (actors: string[]) => void;
  togglePosition: (position: Position) => void;
  setPositions: (positions: Position[]) => void;
  setAsOf: (asOf: string | null) => void;
  /** Choosing an actor anywhere focuses it everywhere and opens its Details. */
  focusActor: (actor: string | null) => void;
  select: (selection: Selection | null) => void;
  setQuery: (q: string) => void;
  setPanel: (panel: PanelValue | null) => void;
  setLang: (lang: UiLanguage) => void;
  /** Opens a curated or saved view: its state replaces the filters. */
  applyView: (id: string | null, state: ViewState) => void;
  /** Clears every filter, focus and selection (keeps the model, language and panel). */
  clearAll: () => void;
};

export type ViewStore = ViewFields & ViewActions;

export const emptyFilters = {
  issues: [],
  actors: [],
  positions: [],
  asOf: null,
  focus: null,
  selected: null,
  q: '',
  view: null,
} satisfies Partial<ViewFields>;

export const initialViewFields: ViewFields = {
  ...emptyFilters,
  model: null,
  panel: null,
  lang: 'en',
};

const toggle = <T>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((item) => item !== value) : [...list, value];

/**
 * The view state. Its server snapshot is its current state, not the state it was created with
 * (zustand's default): the prerendered page is rendered for a given language, and the browser,
 * having read the URL before it hydrates that page, must render the same state to match it.
 */
export const useViewStore = create<ViewStore>()((set, get, api) => {
  api.getInitialState = get;
  return {
    ...initialViewFields,
    set: (patch) => set(patch),
    toggleIssue: (issue) => set((s) => ({ issues: toggle(s.issues, issue), view: null })),
    setIssues: (issues) => set({ issues, view: null }),
    setActors: (actors) => set({ actors, view: null }),
    togglePosition: (position) =>
      set((s) => ({
        positions: allPositions.filter((p) => toggle(s.positions, position).includes(p)),
        view: null,
      })),
    setPositions: (positions) => set({ positions, view: null }),
    setAsOf: (asOf) => set({ asOf }),
    focusActor: (actor) =>
      set({ focus: actor, selected: actor === null ? null : { kind: 'actor', id: actor } }),
    select: (selected) => set({ selected }),
    setQuery: (q) => set({ q }),
    setPanel: (panel) => set({ panel }),
    setLang: (lang) => set({ lang }),
    applyView: (id, state) =>
      set((s) => ({
        ...emptyFilters,
        view: id,
        issues: state.issues ?? [],
        actors: state.actors ?? [],
        positions: state.positions ?? [],
        asOf: state.asOf ?? null,
        focus: state.focus ?? null,
        selected: state.focus ? { kind: 'actor', id: state.focus } : null,
        q: state.search ?? '',
        panel: s.panel === 'brief' ? 'brief' : (state.panel ?? s.panel),
      })),
    clearAll: () => set({ ...emptyFilters }),
  };
});

/** The current filters as a view state (for saving a view). */
export function currentViewState(fields: ViewFields): ViewState {
  const state: ViewState = {};
  if (fields.issues.length) state.issues = fields.issues;
  if (fields.actors.length) state.actors = fields.actors;
  if (fields.positions.length) state.positions = fields.positions;
  if (fields.asOf) state.asOf = fields.asOf;
  if (fields.focus) state.focus = fields.focus;
  if (fields.q) state.search = fields.q;
  if (fields.panel && fields.panel !== 'brief') state.panel = fields.panel;
  return state;
}
