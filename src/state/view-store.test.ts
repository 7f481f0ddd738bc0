import { beforeEach, describe, expect, it } from 'vitest';
import { currentViewState, initialViewFields, useViewStore } from './view-store';

const state = () => useViewStore.getState();

beforeEach(() => useViewStore.setState({ ...initialViewFields }));

describe('useViewStore actions', () => {
  it('starts empty, in English', () => {
    expect(state()).toMatchObject({
      issues: [],
      actors: [],
      positions: [],
      asOf: null,
      focus: null,
      selected: null,
      q: '',
      panel: null,
      lang: 'en',
      view: null,
      model: null,
    });
  });

  it('toggleIssue adds and removes, and leaves a curated view', () => {
    state().set({ view: 'view-guarantees' });
    state().toggleIssue('territory');
    state().toggleIssue('sanctions');
    expect(state().issues).toEqual(['territory', 'sanctions']);
    expect(state().view).toBeNull();
    state().toggleIssue('territory');
    expect(state().issues).toEqual(['sanctions']);
  });

  it('setIssues, setActors and setPositions replace the lists', () => {
    state().setIssues(['a', 'b']);
    state().setActors(['putin']);
    state().setPositions(['oppose']);
    expect(state()).toMatchObject({ issues: ['a', 'b'], actors: ['putin'], positions: ['oppose'] });
  });

  it('togglePosition keeps the legend order', () => {
    state().togglePosition('oppose');
    state().togglePosition('support');
    state().togglePosition('neutral');
    expect(state().positions).toEqual(['support', 'neutral', 'oppose']);
    state().togglePosition('support');
    expect(state().positions).toEqual(['neutral', 'oppose']);
  });

  it('focusActor focuses and selects; null clears both', () => {
    state().focusActor('putin');
    expect(state().focus).toBe('putin');
    expect(state().selected).toEqual({ kind: 'actor', id: 'putin' });
    state().focusActor(null);
    expect(state().focus).toBeNull();
    expect(state().selected).toBeNull();
  });

  it('select, setQuery, setAsOf, setPanel, setLang set one field each', () => {
    state().select({ kind: 'cell', actor: 'russia', issue: 'territory' });
    state().setQuery('安全');
    state().setAsOf('2025-08-15');
    state().setPanel('quotes');
    state().setLang('zh-Hant');
    expect(state()).toMatchObject({
      selected: { kind: 'cell', actor: 'russia', issue: 'territory' },
      q: '安全',
      asOf: '2025-08-15',
      panel: 'quotes',
      lang: 'zh-Hant',
    });
  });

  it('applyView replaces the filters with the view state', () => {
    state().setActors(['us']);
    state().setQuery('old');
    state().applyView('v1', {
      issues: ['territory'],
      focus: 'zelensky',
      search: 'land',
      panel: 'matrix',
    });
    expect(state()).toMatchObject({
      view: 'v1',
      issues: ['territory'],
      actors: [],
      positions: [],
      focus: 'zelensky',
      selected: { kind: 'actor', id: 'zelensky' },
      q: 'land',
      panel: 'matrix',
    });
  });

  it('applyView keeps briefing mode and the current panel when the view names none', () => {
    state().setPanel('brief');
    state().applyView('v1', { panel: 'graph' });
    expect(state().panel).toBe('brief');
    state().setPanel('timeline');
    state().applyView('v2', {});
    expect(state().panel).toBe('timeline');
  });

  it('clearAll clears filters, focus and selection but keeps model, language and panel', () => {
    state().set({ model: 'data/x.json', lang: 'zh-Hant', panel: 'quotes' });
    state().setIssues(['a']);
    state().focusActor('putin');
    state().setQuery('x');
    state().clearAll();
    expect(state()).toMatchObject({
      ...initialViewFields,
      model: 'data/x.json',
      lang: 'zh-Hant',
      panel: 'quotes',
    });
  });
});

describe('currentViewState', () => {
  it('keeps only what is set, and never briefing mode as a panel', () => {
    expect(currentViewState({ ...initialViewFields })).toEqual({});
    expect(
      currentViewState({
        ...initialViewFields,
        issues: ['territory'],
        positions: ['oppose'],
        asOf: '2025-08-15',
        focus: 'putin',
        q: 'guarantee',
        panel: 'brief',
      }),
    ).toEqual({
      issues: ['territory'],
      positions: ['oppose'],
      asOf: '2025-08-15',
      focus: 'putin',
      search: 'guarantee',
    });
    expect(currentViewState({ ...initialViewFields, panel: 'matrix' })).toEqual({
      panel: 'matrix',
    });
  });
});
