/**
 * Code that `npm run bench` runs inside the page (through Playwright's addInitScript and
 * evaluate). Each function is serialised on its own, so it may use only its arguments and the
 * browser's globals — never this module's scope. Times are `performance.now()` (ms since navigation)
 * or event timestamps on the same clock. "Painted" is the first moment after the frame that drew
 * the change: requestAnimationFrame, then a message posted from it (runs after that frame's paint).
 */

export type Check = { name: string; region?: string; css?: string };
export type LongEntry = { type: string; start: number; duration: number };

type StartupState = { found: Record<string, number>; paintedAt?: number; stop?: boolean };
type SearchState = {
  armed: boolean;
  start: number;
  fallbackEnd: number;
  end: number;
  changed: boolean;
  done: boolean;
  finishing: boolean;
  arm: () => void;
};
type DetailsState = {
  armed: boolean;
  start: number;
  end: number;
  done: boolean;
  arm: (name: string) => void;
};
type FrameState = {
  frames: number;
  started: number;
  deltas: number[];
  moved: number;
  stop: boolean;
  loaf: number[];
  flush?: () => void;
};

export type BenchWindow = Window & {
  __benchStartup?: StartupState;
  __benchLong?: LongEntry[];
  __benchSearch?: SearchState;
  __benchDetails?: DetailsState;
  __benchFrames?: FrameState;
};

/** tsx (esbuild keepNames) wraps named functions in `__name(…)`: define it in the page. */
export const nameShim = 'globalThis.__name = globalThis.__name || ((target) => target);';

/** Init script: records, frame by frame, when each check is first visible; then when all are painted. */
export function installStartupProbe(checks: Check[]) {
  const w = window as BenchWindow;
  const state: StartupState = { found: {} };
  w.__benchStartup = state;
  const regionByName = (name: string): Element | undefined =>
    [...document.querySelectorAll('section, aside, [role="region"], [role="complementary"]')].find(
      (element) => {
        const labelledBy = element.getAttribute('aria-labelledby');
        const label = labelledBy
          ? labelledBy
              .split(/\s+/)
              .map((id) => document.getElementById(id)?.textContent ?? '')
              .join(' ')
          : (element.getAttribute('aria-label') ?? '');
        return label.trim() === name;
      },
    );
  const visible = (element: Element | null | undefined) =>
    !!element &&
    element.getClientRects().length > 0 &&
    getComputedStyle(element).visibility !== 'hidden';
  const tick = () => {
    if (state.stop) return;
    for (const check of checks) {
      if (state.found[check.name] !== undefined) continue;
      const scope = check.region ? regionByName(check.region) : document.documentElement;
      const element = check.css ? scope?.querySelector(check.css) : scope;
      if (visible(element)) state.found[check.name] = performance.now();
    }
    if (Object.keys(state.found).length < checks.length) {
      requestAnimationFrame(tick);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      state.paintedAt = performance.now();
    };
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(tick);
}

/** Init script: long tasks and long animation frames (> 50 ms) from the first script on. */
export function installLongTaskObserver() {
  const w = window as BenchWindow;
  const entries: LongEntry[] = [];
  w.__benchLong = entries;
  for (const type of ['longtask', 'long-animation-frame']) {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) continue;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        entries.push({ type: entry.entryType, start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type, buffered: true });
  }
}

/**
 * Keystroke → paint in the Quotes region: from the key's event timestamp to the frame after the
 * first change in the region (not the search box itself). A keystroke that changes nothing there
 * (same results) ends at the frame after its input event; `changed` says which.
 *
 * Each `arm()` starts a new keystroke: callbacks left over from an earlier one (its 400 ms
 * fallback timer, its frame callbacks) are ignored, so they can neither end a later keystroke
 * early nor leave it without a start.
 */
export function installSearchProbe(region: Element) {
  const w = window as BenchWindow;
  let keystroke = 0;
  const afterPaint = (then: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(0);
    });
  const state: SearchState = {
    armed: false,
    start: 0,
    fallbackEnd: 0,
    end: 0,
    changed: false,
    done: false,
    finishing: false,
    arm: () => {
      keystroke++;
      Object.assign(state, {
        armed: true,
        start: 0,
        fallbackEnd: 0,
        end: 0,
        changed: false,
        done: false,
        finishing: false,
      });
    },
  };
  w.__benchSearch = state;
  const begin = (event: Event) => {
    if (state.armed && state.start === 0) state.start = event.timeStamp;
  };
  window.addEventListener('keydown', begin, true);
  window.addEventListener('beforeinput', begin, true);
  window.addEventListener(
    'input',
    () => {
      if (!state.armed || state.done) return;
      const mine = keystroke;
      afterPaint((at) => {
        if (mine === keystroke) state.fallbackEnd = at;
      });
      setTimeout(() => {
        if (mine !== keystroke || !state.armed || state.finishing) return;
        Object.assign(state, {
          end: state.fallbackEnd || performance.now(),
          changed: false,
          done: true,
          armed: false,
        });
      }, 400);
    },
    true,
  );
  new MutationObserver((records) => {
    if (!state.armed || state.start === 0 || state.finishing) return;
    if (!records.some((record) => !(record.target instanceof HTMLInputElement))) return;
    state.finishing = true;
    const mine = keystroke;
    afterPaint((at) => {
      if (mine === keystroke)
        Object.assign(state, { end: at, changed: true, done: true, armed: false });
    });
  }).observe(region, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** Click → the Details region shows the expected name, painted. */
export function installDetailsProbe(details: Element) {
  const w = window as BenchWindow;
  let expected = '';
  const state: DetailsState = {
    armed: false,
    start: 0,
    end: 0,
    done: false,
    arm: (name: string) => {
      expected = name;
      Object.assign(state, { armed: true, start: 0, end: 0, done: false });
    },
  };
  w.__benchDetails = state;
  window.addEventListener(
    'pointerdown',
    (event) => {
      if (state.armed && state.start === 0) state.start = event.timeStamp;
    },
    true,
  );
  new MutationObserver(() => {
    if (!state.armed || state.start === 0 || !(details.textContent ?? '').includes(expected))
      return;
    state.armed = false;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        Object.assign(state, { end: performance.now(), done: true });
      };
      channel.port2.postMessage(0);
    });
  }).observe(details, { subtree: true, childList: true, characterData: true });
}

/** A point on the graph's empty background (not a node, edge or control), or null. */
export function findPanePoint(): { x: number; y: number } | null {
  const pane = document.querySelector('.react-flow__pane');
  if (!pane) return null;
  const box = pane.getBoundingClientRect();
  for (let step = 0; step < 400; step++) {
    // A spiral from the centre outwards.
    const angle = step * 0.7;
    const radius = (step / 400) * Math.min(box.width, box.height) * 0.45;
    const x = box.left + box.width / 2 + Math.cos(angle) * radius;
    const y = box.top + box.height / 2 + Math.sin(angle) * radius;
    const hit = document.elementFromPoint(x, y);
    if (
      hit &&
      pane.contains(hit) &&
      !hit.closest('.react-flow__node, .react-flow__edge, .react-flow__panel, .react-flow__minimap')
    ) {
      return { x, y };
    }
  }
  return null;
}

/** The graph viewport's CSS transform (changes when the pane pans or zooms). */
export const viewportTransform = () =>
  (document.querySelector('.react-flow__viewport') as HTMLElement | null)?.style.transform ?? '';

/** Counts animation frames, frame gaps and frames in which the viewport moved, until stopped. */
export function startFrameCounter() {
  const w = window as BenchWindow;
  const state: FrameState = {
    frames: 0,
    started: performance.now(),
    deltas: [],
    moved: 0,
    stop: false,
    loaf: [],
  };
  w.__benchFrames = state;
  const viewport = document.querySelector('.react-flow__viewport') as HTMLElement | null;
  let last = state.started;
  let transform = viewport?.style.transform ?? '';
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    const collect = (entries: PerformanceEntryList) => {
      for (const entry of entries) if (entry.duration > 50) state.loaf.push(entry.duration);
    };
    const observer = new PerformanceObserver((list) => collect(list.getEntries()));
    observer.observe({ type: 'long-animation-frame' });
    state.flush = () => {
      collect(observer.takeRecords());
      observer.disconnect();
    };
  }
  const tick = (now: number) => {
    if (state.stop) return;
    state.frames++;
    state.deltas.push(now - last);
    last = now;
    const current = viewport?.style.transform ?? '';
    if (current !== transform) state.moved++;
    transform = current;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopFrameCounter() {
  const state = (window as BenchWindow).__benchFrames;
  if (!state) return null;
  state.stop = true;
  state.flush?.();
  const elapsed = performance.now() - state.started;
  return {
    fps: (state.frames / elapsed) * 1000,
    longFrames: state.deltas.filter((delta) => delta > 50).length,
    longAnimationFrames: state.loaf.length,
    moved: state.moved,
  };
}
