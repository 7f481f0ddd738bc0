import { describe, expect, it } from 'vitest';
import { exportSavedViews, importSavedViews, type SavedView } from './saved-views';
import { migrateSavedViews } from './saved-views-store';

const views: SavedView[] = [
  { id: 'saved-1', title: 'Territory', state: { issues: ['territory'], panel: 'matrix' } },
  { id: 'saved-2', title: '安全保證', state: { positions: ['oppose'], asOf: '2025-08-15' } },
];

describe('saved views files', () => {
  it('round-trips through export and import with fresh ids', () => {
    let n = 0;
    const result = importSavedViews(exportSavedViews(views), () => `new-${++n}`);
    expect(result).toEqual({
      ok: true,
      views: views.map((view, index) => ({ ...view, id: `new-${index + 1}` })),
    });
  });
  it('reports where an imported file is wrong, never throws', () => {
    const bad = importSavedViews(
      '{"format":"saved-views","version":1,"views":[{"id":"x","title":"","state":{}}]}',
      () => 'n',
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems[0]).toBe('views[0].title: expected a title of 1–200 characters');
    const wrong = importSavedViews(
      '{"format":"stakeholder-model","version":2,"views":[]}',
      () => 'n',
    );
    expect(wrong.ok ? [] : wrong.problems).toEqual([
      'format: expected "saved-views": export the file with Views → Export views',
      'version: expected 1 (the only version of the saved-views file so far)',
    ]);
    const notJson = importSavedViews('{oops', () => 'n');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.problems[0]).toMatch(/^\(file\): not valid JSON/);
  });
});

describe('migrateSavedViews', () => {
  it('keeps every view of an earlier version (a bare array) and drops only unreadable entries', () => {
    expect(migrateSavedViews([views[0], { nonsense: true }, views[1]], 0)).toEqual({ views });
  });
  it('keeps the views of the current shape', () => {
    expect(migrateSavedViews({ views }, 1)).toEqual({ views });
  });
  it('returns no views for garbage instead of throwing', () => {
    expect(migrateSavedViews(null, 3)).toEqual({ views: [] });
    expect(migrateSavedViews('x', 1)).toEqual({ views: [] });
  });
});
