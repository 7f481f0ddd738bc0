import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { savedViewSchema, type SavedView } from './saved-views';
import type { ViewState } from '../model/schema';

export const SAVED_VIEWS_KEY = 'negotiation-briefing:saved-views';
export const SAVED_VIEWS_VERSION = 1;

type SavedViewsStore = {
  views: SavedView[];
  /** The last storage failure (quota, private mode): shown to the user, never swallowed. */
  storageError: string | null;
  save: (title: string, state: ViewState) => SavedView;
  rename: (id: string, title: string) => void;
  move: (id: string, delta: -1 | 1) => void;
  remove: (id: string) => void;
  add: (views: SavedView[]) => void;
  clearStorageError: () => void;
};

let counter = 0;
export const newSavedViewId = () => `saved-${Date.now().toString(36)}-${(++counter).toString(36)}`;

// Reporting a failure is itself a state change that persist tries to write: report it once.
let reporting = false;
const report = (error: unknown) => {
  if (reporting) return;
  reporting = true;
  try {
    useSavedViewsStore.setState({ storageError: String(error) });
  } finally {
    reporting = false;
  }
};

/** localStorage that reports write failures instead of losing them. */
const reportingStorage: StateStorage = {
  getItem: (name) => {
    try {
      return localStorage.getItem(name);
    } catch (error) {
      report(error);
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, value);
    } catch (error) {
      report(error);
    }
  },
  removeItem: (name) => localStorage.removeItem(name),
};

/**
 * Older releases' saved views are migrated, never discarded: anything that still parses as a
 * view is kept. Version 0 (a bare array) is the only earlier shape.
 */
export function migrateSavedViews(persisted: unknown, version: number): { views: SavedView[] } {
  const raw =
    version === 0 && Array.isArray(persisted)
      ? persisted
      : typeof persisted === 'object' && persisted !== null && 'views' in persisted
        ? (persisted as { views: unknown }).views
        : [];
  const views = Array.isArray(raw) ? raw : [];
  return {
    views: views.flatMap((item: unknown) => {
      const parsed = savedViewSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    }),
  };
}

export const useSavedViewsStore = create<SavedViewsStore>()(
  persist(
    (set) => ({
      views: [],
      storageError: null,
      save: (title, state) => {
        const view: SavedView = {
          id: newSavedViewId(),
          title,
          state,
          savedAt: new Date().toISOString(),
        };
        set((s) => ({ views: [...s.views, view] }));
        return view;
      },
      rename: (id, title) =>
        set((s) => ({ views: s.views.map((v) => (v.id === id ? { ...v, title } : v)) })),
      move: (id, delta) =>
        set((s) => {
          const index = s.views.findIndex((v) => v.id === id);
          const target = index + delta;
          if (index < 0 || target < 0 || target >= s.views.length) return s;
          const views = [...s.views];
          const [moved] = views.splice(index, 1);
          if (moved) views.splice(target, 0, moved);
          return { views };
        }),
      remove: (id) => set((s) => ({ views: s.views.filter((v) => v.id !== id) })),
      add: (views) => set((s) => ({ views: [...s.views, ...views] })),
      clearStorageError: () => set({ storageError: null }),
    }),
    {
      name: SAVED_VIEWS_KEY,
      version: SAVED_VIEWS_VERSION,
      storage: createJSONStorage(() => reportingStorage),
      partialize: (s) => ({ views: s.views }),
      migrate: (persisted, version) => migrateSavedViews(persisted, version),
      merge: (persisted, current) => ({
        ...current,
        ...migrateSavedViews(persisted, SAVED_VIEWS_VERSION),
      }),
    },
  ),
);
