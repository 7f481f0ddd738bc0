import { positions as allPositions, isRealDate, type Position } from '../model/schema';
import { uiLanguages, type UiLanguage } from '../model/text';
import { browserLanguage } from './browser-language';
import {
  initialViewFields,
  panelValues,
  type PanelValue,
  type Selection,
  type ViewFields,
} from './view-store';

/** The URL parameters of the view state, with exactly these names. `select` holds the selection. */
export const urlParams = [
  'model',
  'issues',
  'actors',
  'positions',
  'asOf',
  'focus',
  'q',
  'panel',
  'lang',
  'view',
  'select',
] as const;

const ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const list = (value: string | null): string[] =>
  value ? [...new Set(value.split(',').filter((item) => ID.test(item)))] : [];

export function encodeSelection(selection: Selection): string {
  return selection.kind === 'cell'
    ? `cell/${selection.actor}/${selection.issue}`
    : `${selection.kind}/${selection.id}`;
}

export function decodeSelection(value: string | null): Selection | null {
  if (!value) return null;
  const [kind, a, b] = value.split('/');
  if (!a || !ID.test(a)) return null;
  if (kind === 'cell') return b && ID.test(b) ? { kind, actor: a, issue: b } : null;
  if (kind === 'actor' || kind === 'relation' || kind === 'quote' || kind === 'event')
    return { kind, id: a };
  return null;
}

/** URL search string → view fields. Unknown or malformed values are ignored, never an error. */
export function parseSearch(search: string, fallbackLang: UiLanguage): ViewFields {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const panel = params.get('panel');
  const asOf = params.get('asOf');
  const single = (name: string) => {
    const value = params.get(name);
    return value && ID.test(value) ? value : null;
  };
  return {
    ...initialViewFields,
    model: params.get('model') || null,
    issues: list(params.get('issues')),
    actors: list(params.get('actors')),
    positions: list(params.get('positions')).filter((p): p is Position =>
      (allPositions as readonly string[]).includes(p),
    ),
    asOf: asOf && isRealDate(asOf) ? asOf : null,
    focus: single('focus'),
    selected: decodeSelection(params.get('select')),
    q: params.get('q') ?? '',
    panel: (panelValues as readonly string[]).includes(panel ?? '') ? (panel as PanelValue) : null,
    lang: (uiLanguages as readonly string[]).includes(lang ?? '')
      ? (lang as UiLanguage)
      : fallbackLang,
    view: single('view'),
  };
}

/** View fields → URL search string (empty values are left out, lists comma-separated). */
export function toSearch(
  fields: ViewFields,
  keep: URLSearchParams = new URLSearchParams(),
): string {
  const params = new URLSearchParams();
  for (const [key, value] of keep) {
    if (!(urlParams as readonly string[]).includes(key)) params.append(key, value);
  }
  const put = (name: string, value: string | null) => {
    if (value) params.set(name, value);
  };
  put('model', fields.model);
  put('issues', fields.issues.join(','));
  put('actors', fields.actors.join(','));
  put('positions', fields.positions.join(','));
  put('asOf', fields.asOf);
  put('focus', fields.focus);
  put('select', fields.selected ? encodeSelection(fields.selected) : null);
  put('q', fields.q);
  put('panel', fields.panel);
  put('lang', fields.lang);
  put('view', fields.view);
  const out = params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/');
  return out ? `?${out}` : '';
}

type Store = {
  getState: () => ViewFields & { set: (patch: Partial<ViewFields>) => void };
  subscribe: (listener: (state: ViewFields, previous: ViewFields) => void) => () => void;
};

/** How long typing in the search box may go unwritten to the URL (one write per pause). */
export const typingWriteDelay = 250;

/**
 * Keeps the store and the URL in step both ways: every view change is a history entry
 * (so Back and Forward step through views), except typing in the search box, which replaces it.
 * In a window that can set timers, typing is written once per pause rather than per keystroke
 * (replaceState costs milliseconds a keystroke cannot spare); any other change writes it first.
 */
export function startUrlSync(store: Store, win: Window = window): () => void {
  const fallback = browserLanguage(win.navigator.languages ?? [win.navigator.language]);
  const fromUrl = () => parseSearch(win.location.search, fallback);
  store.getState().set(fromUrl());
  let applying = false;
  let typing: { timer: number; state: ViewFields } | undefined;
  const deferTyping = typeof win.setTimeout === 'function';
  const writeNow = (state: ViewFields, how: 'push' | 'replace') => {
    const search = toSearch(state, new URLSearchParams(win.location.search));
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (how === 'replace') win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  };
  const cancelTyping = () => {
    if (typing) win.clearTimeout(typing.timer);
    const pending = typing?.state;
    typing = undefined;
    return pending;
  };
  const write = (state: ViewFields, previous: ViewFields, initial = false) => {
    if (applying) return;
    const onlyTyping =
      state.q !== previous.q && toSearch({ ...state, q: previous.q }) === toSearch(previous);
    if (onlyTyping && deferTyping && !initial) {
      cancelTyping();
      const timer = win.setTimeout(() => {
        const pending = cancelTyping();
        if (pending) writeNow(pending, 'replace');
      }, typingWriteDelay);
      typing = { timer, state };
      return;
    }
    // Typing not yet written belongs to the entry being left: write it there first.
    if (cancelTyping()) writeNow(previous, 'replace');
    writeNow(state, initial || onlyTyping ? 'replace' : 'push');
  };
  write(store.getState(), store.getState(), true);
  const unsubscribe = store.subscribe(write);
  const onPop = () => {
    cancelTyping();
    applying = true;
    try {
      store.getState().set(fromUrl());
    } finally {
      applying = false;
    }
  };
  win.addEventListener('popstate', onPop);
  return () => {
    cancelTyping();
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
