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

/** Where stored views that cannot be read are copied before anything overwrites them. */
export const UNREADABLE_VIEWS_KEY = `${SAVED_VIEWS_KEY}:unreadable`;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** How many stored views cannot be read ('all': the value is not saved views at all). */
function unreadable(raw: string): number | 'all' {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return 'all';
  }
  const stored = Array.isArray(parsed)
    ? parsed
    : isRecord(parsed) && isRecord(parsed.state)
      ? parsed.state.views
      : undefined;
  if (!Array.isArray(stored)) return 'all';
  return stored.length - migrateSavedViews({ views: stored }, SAVED_VIEWS_VERSION).views.length;
}

/**
 * Stored views this release cannot read (not JSON, or views a newer release wrote) would be
 * dropped and then overwritten by the next save: they are copied aside first, and said so.
 * Returns whether the stored value can be read at all.
 */
function keepUnreadable(raw: string): boolean {
  const count = unreadable(raw);
  if (count === 0) return true;
  try {
    localStorage.setItem(UNREADABLE_VIEWS_KEY, raw);
    report(
      `${count === 'all' ? 'The saved views' : `${count} saved view(s)`} could not be read; a copy is kept in this browser's storage under "${UNREADABLE_VIEWS_KEY}".`,
    );
  } catch (error) {
    report(error);
  }
  return count !== 'all';
}

/** localStorage that reports failures instead of losing them (or the views it holds). */
const reportingStorage: StateStorage = {
  getItem: (name) => {
    try {
      const raw = localStorage.getItem(name);
      return raw === null || keepUnreadable(raw) ? raw : null;
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
