import { beforeEach, describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import {
  decodeSelection,
  encodeSelection,
  parseSearch,
  startUrlSync,
  toSearch,
  typingWriteDelay,
} from './url-sync';
import { initialViewFields, type Selection, type ViewFields } from './view-store';

const fields = (patch: Partial<ViewFields> = {}): ViewFields => ({
  ...initialViewFields,
  ...patch,
});

describe('parseSearch', () => {
  it('reads every parameter', () => {
    expect(
      parseSearch(
        '?model=data/other.json&issues=territory,sanctions&actors=putin,zelensky&positions=oppose,support&asOf=2025-08-15&focus=putin&select=quote/q-putin&q=安全%20保證&panel=matrix&lang=zh-Hant&view=view-guarantees',
        'en',
      ),
    ).toEqual({
      model: 'data/other.json',
      issues: ['territory', 'sanctions'],
      actors: ['putin', 'zelensky'],
      positions: ['oppose', 'support'],
      asOf: '2025-08-15',
      focus: 'putin',
      selected: { kind: 'quote', id: 'q-putin' },
      q: '安全 保證',
      panel: 'matrix',
      lang: 'zh-Hant',
      view: 'view-guarantees',
    });
  });

  it('an empty URL gives the initial view in the fallback language', () => {
    expect(parseSearch('', 'zh-Hant')).toEqual(fields({ lang: 'zh-Hant' }));
  });

  it('ignores malformed values, never an error', () => {
    expect(
      parseSearch(
        '?issues=territory,,bad id,<script>,territory&positions=support,maybe&asOf=2025-02-30&focus=bad%20id&select=planet/x&panel=kitchen&lang=fr&view=a/b&unknown=1',
        'en',
      ),
    ).toEqual(fields({ issues: ['territory'], positions: ['support'] }));
    expect(parseSearch('?asOf=2025-13-01&actors=&lang=', 'en')).toEqual(fields());
    expect(parseSearch('?%E0%A4%A=1&issues=%', 'en').issues).toEqual([]);
  });
});

describe('selection encoding', () => {
  const selections: Selection[] = [
    { kind: 'actor', id: 'putin' },
    { kind: 'relation', id: 'r-negotiate' },
    { kind: 'quote', id: 'q-putin' },
    { kind: 'event', id: 'ev-summit' },
    { kind: 'cell', actor: 'russia', issue: 'security-guarantees' },
  ];
  it.each(selections)('round-trips %j', (selection) => {
    expect(decodeSelection(encodeSelection(selection))).toEqual(selection);
  });
  it('uses readable forms', () => {
    expect(encodeSelection({ kind: 'actor', id: 'putin' })).toBe('actor/putin');
    expect(encodeSelection({ kind: 'cell', actor: 'russia', issue: 'territory' })).toBe(
      'cell/russia/territory',
    );
  });
  it.each([
    null,
    '',
    'actor',
    'actor/',
    'cell/russia',
    'cell/russia/bad id',
    'planet/x',
    'actor/bad id',
  ])('rejects %j', (value) => expect(decodeSelection(value)).toBeNull());
});

describe('toSearch', () => {
  it('round-trips with parseSearch', () => {
    const view = fields({
      model: 'data/other.json',
      issues: ['territory', 'sanctions'],
      actors: ['putin'],
      positions: ['support', 'oppose'],
      asOf: '2025-08-15',
      focus: 'putin',
      selected: { kind: 'cell', actor: 'russia', issue: 'territory' },
      q: 'a & b = c?',
      panel: 'brief',
      lang: 'zh-Hant',
      view: 'v1',
    });
    expect(parseSearch(toSearch(view), 'en')).toEqual(view);
  });

  it('leaves out empty values, keeps lists readable, and keeps foreign parameters', () => {
    expect(toSearch(fields({ issues: ['a', 'b'] }))).toBe('?issues=a,b&lang=en');
    expect(
      toSearch(
        fields({ selected: { kind: 'actor', id: 'putin' } }),
        new URLSearchParams('utm=x&q=old'),
      ),
    ).toBe('?utm=x&select=actor/putin&lang=en');
  });
});

/** A window with just what startUrlSync uses, recording history calls. */
function fakeWindow(search: string, languages: string[] = ['en-US']) {
  const listeners = new Set<() => void>();
  const calls: Array<['push' | 'replace', string]> = [];
  const location = { pathname: '/app/', search, hash: '#main' };
  const navigate = (kind: 'push' | 'replace') => (_: unknown, __: string, url: string) => {
    calls.push([kind, url]);
    location.search = new URL(url, 'http://x').search;
  };
  const win = {
    location,
    navigator: { languages, language: languages[0] ?? 'en' },
    history: { pushState: navigate('push'), replaceState: navigate('replace') },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  const back = (to: string) => {
    location.search = to;
    for (const listener of listeners) listener();
  };
  return { win: win as unknown as Window, calls, back, listeners };
}

function makeStore() {
  return create<ViewFields & { set: (patch: Partial<ViewFields>) => void }>()((set) => ({
    ...initialViewFields,
    set: (patch) => set(patch),
  }));
}

describe('startUrlSync', () => {
  let store: ReturnType<typeof makeStore>;
  beforeEach(() => {
    store = makeStore();
  });

  it('reads the URL into the store first, and normalises it with replaceState', () => {
    const { win, calls } = fakeWindow('?issues=territory,bad%20id&lang=zh-Hant&utm=1');
    startUrlSync(store, win);
    expect(store.getState().issues).toEqual(['territory']);
    expect(store.getState().lang).toBe('zh-Hant');
    expect(calls).toEqual([['replace', '/app/?utm=1&issues=territory&lang=zh-Hant#main']]);
  });

  it('takes the browser language when the URL names none', () => {
    const { win } = fakeWindow('', ['zh-TW']);
    startUrlSync(store, win);
    expect(store.getState().lang).toBe('zh-Hant');
  });

  it('pushes a history entry for a filter change, and replaces it while typing', () => {
    const { win, calls } = fakeWindow('?lang=en');
    startUrlSync(store, win);
    expect(calls).toEqual([]);
    store.getState().set({ issues: ['territory'] });
    store.getState().set({ q: 'g' });
    store.getState().set({ q: 'gu' });
    store.getState().set({ selected: { kind: 'actor', id: 'putin' } });
    expect(calls).toEqual([
      ['push', '/app/?issues=territory&lang=en#main'],
      ['replace', '/app/?issues=territory&q=g&lang=en#main'],
      ['replace', '/app/?issues=territory&q=gu&lang=en#main'],
      ['push', '/app/?issues=territory&select=actor/putin&q=gu&lang=en#main'],
    ]);
  });

  it('in a window with timers, writes typing once per pause, and before any other change', () => {
    vi.useFakeTimers();
    try {
      const fake = fakeWindow('?lang=en');
      const win = Object.assign(fake.win, {
        setTimeout: (task: () => void, ms: number) => setTimeout(task, ms),
        clearTimeout: (timer: ReturnType<typeof setTimeout>) => clearTimeout(timer),
      });
      startUrlSync(store, win);
      store.getState().set({ q: 'g' });
      store.getState().set({ q: 'gu' });
      expect(fake.calls).toEqual([]);
      vi.advanceTimersByTime(typingWriteDelay);
      expect(fake.calls).toEqual([['replace', '/app/?q=gu&lang=en#main']]);
      store.getState().set({ q: 'gua' });
      store.getState().set({ issues: ['territory'] });
      expect(fake.calls.slice(1)).toEqual([
        ['replace', '/app/?q=gua&lang=en#main'],
        ['push', '/app/?issues=territory&q=gua&lang=en#main'],
      ]);
      vi.advanceTimersByTime(typingWriteDelay);
      expect(fake.calls).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes nothing when the URL already says it', () => {
    const { win, calls } = fakeWindow('?issues=a&lang=en');
    startUrlSync(store, win);
    store.getState().set({ issues: ['a'] });
    expect(calls).toEqual([]);
  });

  it('popstate restores the view from the URL without writing a new entry', () => {
    const { win, calls, back } = fakeWindow('?lang=en');
    startUrlSync(store, win);
    store.getState().set({ issues: ['territory', 'sanctions'], focus: 'putin' });
    calls.length = 0;
    back('?issues=territory&lang=en');
    expect(store.getState().issues).toEqual(['territory']);
    expect(store.getState().focus).toBeNull();
    expect(calls).toEqual([]);
  });

  it('stops listening when stopped', () => {
    const { win, calls, listeners } = fakeWindow('?lang=en');
    const stop = startUrlSync(store, win);
    stop();
    expect(listeners.size).toBe(0);
    store.getState().set({ issues: ['x'] });
    expect(calls).toEqual([]);
  });
});
