import { afterEach, describe, expect, it, vi } from 'vitest';
import { SAVED_VIEWS_KEY, UNREADABLE_VIEWS_KEY, useSavedViewsStore } from './saved-views-store';

afterEach(() => {
  useSavedViewsStore.setState({ views: [], storageError: null });
  localStorage.clear();
});

describe('useSavedViewsStore', () => {
  it('saves, renames, reorders and deletes views, and persists them with a version', () => {
    const store = useSavedViewsStore.getState();
    const a = store.save('A', { issues: ['territory'] });
    const b = store.save('B', {});
    store.rename(a.id, 'A2');
    store.move(b.id, -1);
    expect(useSavedViewsStore.getState().views.map((v) => v.title)).toEqual(['B', 'A2']);
    const stored = JSON.parse(localStorage.getItem(SAVED_VIEWS_KEY) ?? '{}') as {
      version: number;
      state: { views: unknown[] };
    };
    expect(stored.version).toBe(1);
    expect(stored.state.views).toHaveLength(2);
    store.remove(b.id);
    expect(useSavedViewsStore.getState().views.map((v) => v.id)).toEqual([a.id]);
  });

  it('shows a storage failure (quota) instead of swallowing it, and keeps the views in memory', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    useSavedViewsStore.getState().save('Too big', {});
    expect(useSavedViewsStore.getState().storageError).toMatch(/QuotaExceededError|quota/i);
    expect(useSavedViewsStore.getState().views.map((v) => v.title)).toEqual(['Too big']);
  });

  it('copies stored views it cannot read aside, says so, and keeps the ones it can', async () => {
    localStorage.setItem(SAVED_VIEWS_KEY, 'not json{');
    await useSavedViewsStore.persist.rehydrate();
    expect(localStorage.getItem(UNREADABLE_VIEWS_KEY)).toBe('not json{');
    expect(useSavedViewsStore.getState().storageError).toMatch(/could not be read/);
    const good = { id: 'saved-a', title: 'Good', state: {}, savedAt: '2026-11-27T00:00:00Z' };
    const newer = { ...good, id: 'saved-b', state: { panel: 'evil' } };
    const raw = JSON.stringify({ version: 1, state: { views: [good, newer] } });
    useSavedViewsStore.setState({ storageError: null });
    localStorage.setItem(SAVED_VIEWS_KEY, raw);
    await useSavedViewsStore.persist.rehydrate();
    expect(useSavedViewsStore.getState().views.map((v) => v.title)).toEqual(['Good']);
    expect(useSavedViewsStore.getState().storageError).toMatch(
      /^1 saved view\(s\) could not be read/,
    );
    expect(localStorage.getItem(UNREADABLE_VIEWS_KEY)).toBe(raw);
  });

  it('does not move a view past either end', () => {
    const store = useSavedViewsStore.getState();
    const a = store.save('A', {});
    store.move(a.id, -1);
    store.move(a.id, 1);
    expect(useSavedViewsStore.getState().views.map((v) => v.title)).toEqual(['A']);
  });
});
