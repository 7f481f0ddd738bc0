import type { Model } from '../../model/schema';
import { allTexts } from '../../model/text';
import {
  foldCase,
  hasCjk,
  loadChineseFold,
  tableFold,
  type ChineseFold,
  type Fold,
} from './search-fold';
import { looseFinder, sourcesOf, type Finder } from './loose-find';
import { IntList, MAX_OCCURRENCES, Occurrences } from './occurrences';

/** Separates strings inside a block; a query never contains it, so no match spans two quotes. */
const SEP = '\u0001';
const BLOCK = 512;
/** Folding runs in slices of about this many milliseconds, so the page stays responsive. */
const SLICE_MS = 4;

/** A block of quotes' text, folded, and each quote's own slice of it (for narrowing). */
type Block = {
  first: number;
  starts: Int32Array;
  text: string;
  chinese: boolean;
  quotes: string[];
};
type Chinese = ChineseFold & { sources: Map<number, string> };
/** Speakers and venues by number, and their names in every language. */
type Names = {
  speakerOf: Int32Array;
  venueOf: Int32Array;
  actorTexts: string[];
  venueTexts: string[];
};
/** The quotes whose text matched (model order), and where in the blocks when that was kept. */
type Found = { quotes: Int32Array; at: Occurrences | undefined };

export type Schedule = (task: () => void) => void;
export type SearchMatch = {
  /** quote index (model order) → 1 when it matches; null when there is no query. */
  mask: Uint8Array | null;
  /** The folded query and the fold that produced it, for highlighting. */
  folded: string;
  fold: Fold;
  /** True while the Simplified/Traditional dictionary is still loading (results may grow). */
  pending: boolean;
  /** The matching quote indices, in model order (empty when there is no query). */
  matches: Int32Array;
  /** The earlier result this one narrowed (typing on): every match here was a match there. */
  within: SearchMatch | null;
};

const none = new Int32Array(0);
/**
 * Folding waits behind everything else the page has to do (scheduler.postTask, background),
 * and not behind setTimeout's 4 ms clamp between nested timers, where there is a scheduler.
 */
const defaultSchedule: Schedule = (task) => {
  if (typeof scheduler === 'undefined') setTimeout(task, 0);
  else void scheduler.postTask(task, { priority: 'background' });
};
const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());
// Control characters (the block separator among them) never match: they become spaces.
// eslint-disable-next-line no-control-regex
const cleanQuery = (query: string) => query.replace(/[\u0000-\u001f]/g, ' ').trim();

/**
 * The quote text of a model, case-folded at load and folded to one Chinese script when a CJK
 * query first needs it — both in small slices. Results are correct at every moment: a block
 * not yet folded is folded on demand (case) or matched by a regular expression (Chinese).
 */
export class QuoteSearchIndex {
  private blocks: (Block | undefined)[];
  private chinese: Chinese | undefined;
  private loading = false;
  private version = 0;
  private listeners = new Set<() => void>();
  private names: Names | undefined;
  private last:
    | {
        folded: string;
        chinese: boolean;
        version: number;
        match: SearchMatch;
        at: Occurrences | undefined;
      }
    | undefined;
  private folds = new WeakMap<Fold, { actors: string[]; venues: string[] }>();

  constructor(
    private model: Model,
    private schedule: Schedule = defaultSchedule,
    private loadChinese: () => Promise<ChineseFold> = loadChineseFold,
    /** How long one slice of folding may run (tests fold one block per slice with 0). */
    private sliceMs = SLICE_MS,
  ) {
    // Who said each quote and where, as numbers: in the first slice, not in the first render.
    this.schedule(() => this.namesIndex());
    this.blocks = new Array<Block | undefined>(Math.ceil(model.quotes.length / BLOCK));
    this.runSlices(
      () => this.blocks.findIndex((b) => b === undefined),
      (i) => this.block(i),
    );
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  getVersion = () => this.version;
  /** Whether every block is folded for the current kind of query. */
  isReady = (cjk: boolean) =>
    this.blocks.every((b) => b !== undefined && (!cjk || b.chinese)) &&
    (!cjk || this.chinese !== undefined);

  private bump() {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  /** Runs `work(next())` in slices until next() returns -1. */
  private runSlices(next: () => number, work: (i: number) => void) {
    const slice = () => {
      const end = now() + this.sliceMs;
      for (let i = next(); i >= 0; i = next()) {
        work(i);
        if (now() > end) return this.schedule(slice);
      }
      this.bump();
    };
    this.schedule(slice);
  }

  private block(b: number): Block {
    const existing = this.blocks[b];
    if (existing) return existing;
    const quotes = this.model.quotes.slice(b * BLOCK, (b + 1) * BLOCK);
    const starts = new Int32Array(quotes.length + 1);
    const parts: string[] = [];
    let offset = 0;
    quotes.forEach((quote, k) => {
      const text = allTexts(quote.text).join(SEP);
      starts[k] = offset;
      parts.push(text);
      offset += text.length + 1;
    });
    starts[quotes.length] = offset;
    const text = foldCase(parts.join(SEP));
    const block = { first: b * BLOCK, starts, text, chinese: false, quotes: slices(text, starts) };
    this.blocks[b] = block;
    return block;
  }

  private startChinese() {
    if (this.loading || this.chinese) return;
    this.loading = true;
    void this.loadChinese().then((loaded) => {
      this.chinese = { ...loaded, sources: sourcesOf(loaded.table) };
      const byTable = tableFold(loaded.table);
      this.bump();
      const pending = () => this.blocks.findIndex((block, i) => !(block ?? this.block(i)).chinese);
      this.runSlices(pending, (i) => {
        const block = this.block(i);
        block.text = byTable(block.text);
        block.quotes = slices(block.text, block.starts);
        block.chinese = true;
      });
    });
  }

  private result: { query: string; version: number; match: SearchMatch } | undefined;

  /** The search for `query`; asking again before the folding moves on returns the same result. */
  match(query: string): SearchMatch {
    const cached = this.result;
    if (cached && cached.query === query && cached.version === this.version) return cached.match;
    const match = this.compute(query);
    this.result = { query, version: this.version, match };
    return match;
  }

  private compute(query: string): SearchMatch {
    const cleaned = cleanQuery(query);
    const cjk = hasCjk(cleaned);
    if (cjk) this.startChinese();
    const chinese = cjk ? this.chinese : undefined;
    const fold = chinese?.fold ?? foldCase;
    const folded = fold(cleaned);
    const pending = cjk && !chinese;
    if (!folded) return { mask: null, folded, fold, pending, matches: none, within: null };

    const n = this.model.quotes.length;
    const { speakerOf, venueOf } = this.namesIndex();
    const { actors, venues } = this.foldedNames(fold);
    // Per speaker and venue (shifted by one: 0 is "none"), whether its name matches.
    const speakers = Uint8Array.from([0, ...actors.map((text) => +text.includes(folded))]);
    const atVenues = Uint8Array.from([0, ...venues.map((text) => +text.includes(folded))]);
    const byName = speakers.includes(1) || atVenues.includes(1);
    const last = this.last;
    // Typing on: every match of the new query was a match of the last one.
    const within =
      last &&
      last.chinese === !!chinese &&
      last.version === this.version &&
      folded.includes(last.folded)
        ? last.match
        : null;
    // The same words (a space typed at the end): the same result, so nothing re-renders.
    if (within && folded === last?.folded) return within;
    // Where the words are found in the text (names aside), and where in it when known.
    let found: Found;
    if (within && last?.at && folded.startsWith(last.folded))
      found = this.extend(last.at, last.folded.length, folded, chinese);
    else {
      const loose = chinese ? looseFinder(folded, chinese.table, chinese.sources) : undefined;
      const at = new Occurrences();
      found =
        within && within.matches.length * 4 < n
          ? this.among(within.matches, folded, loose, at)
          : this.scan(folded, loose, at);
    }
    const mask = new Uint8Array(n);
    const text = found.quotes;
    for (let c = 0; c < text.length; c++) mask[text[c] ?? 0] = 1;
    let matches = text;
    if (byName) {
      // Among the last matches when typing on (a name that matches now matched then).
      const candidates = within?.matches;
      const out = new Int32Array(candidates?.length ?? n);
      let count = 0;
      for (let c = 0; c < out.length; c++) {
        const i = candidates ? (candidates[c] ?? 0) : c;
        const hit =
          (mask[i] ?? 0) |
          (speakers[(speakerOf[i] ?? -1) + 1] ?? 0) |
          (atVenues[(venueOf[i] ?? -1) + 1] ?? 0);
        mask[i] = hit;
        if (hit) out[count++] = i;
      }
      matches = out.subarray(0, count);
    }
    const match = { mask, folded, fold, pending, matches, within };
    // Keep one step back only: a long query must not hold every earlier result.
    if (within) within.within = null;
    this.last = {
      folded,
      chinese: !!chinese,
      version: this.version,
      match,
      at: found.at?.full ? undefined : found.at,
    };
    return match;
  }

  /** Every block scanned once: the quotes whose text holds `folded` (and where, when asked). */
  private scan(folded: string, loose: Finder | undefined, at: Occurrences | undefined): Found {
    const quotes = new IntList();
    for (let b = 0; b < this.blocks.length; b++) {
      const block = this.block(b);
      const { starts, text } = block;
      const exact = !loose || block.chinese;
      const find = (from: number) => (exact ? text.indexOf(folded, from) : loose(text, from));
      let k = 0;
      let quote = -1;
      for (let hit = find(0); hit >= 0;) {
        while ((starts[k + 1] ?? Infinity) <= hit) k++;
        if (block.first + k !== quote) quotes.push((quote = block.first + k));
        if (at && !at.full) {
          at.push(quote, hit);
          hit = find(hit + 1);
        } else {
          // Only whether the quote matches: go on from the next quote.
          if (k + 1 >= starts.length - 1) break;
          hit = find(starts[k + 1] ?? Infinity);
        }
      }
      // A common letter is everywhere: once the places would overflow, stop keeping them.
      if (at && !at.full && (at.quote.length / (b + 1)) * this.blocks.length > MAX_OCCURRENCES)
        at.full = true;
    }
    return { quotes: quotes.done(), at };
  }

  /** Only the given quotes, each on its own text: fewer than a scan when few matched before. */
  private among(
    candidates: Int32Array,
    folded: string,
    loose: Finder | undefined,
    at: Occurrences | undefined,
  ): Found {
    const quotes = new IntList();
    for (let c = 0; c < candidates.length; c++) {
      const i = candidates[c] ?? 0;
      const block = this.block((i / BLOCK) | 0);
      const k = i - block.first;
      const text = block.quotes[k] ?? '';
      const offset = block.starts[k] ?? 0;
      const exact = !loose || block.chinese;
      const find = (from: number) => (exact ? text.indexOf(folded, from) : loose(text, from));
      let hit = find(0);
      if (hit < 0) continue;
      quotes.push(i);
      for (; at && !at.full && hit >= 0; hit = find(hit + 1)) at.push(i, offset + hit);
    }
    return { quotes: quotes.done(), at };
  }

  /**
   * Typing on at the end: the new query can only start where the last one did, so each of
   * those places is checked for the characters added — no search at all.
   */
  private extend(
    last: Occurrences,
    length: number,
    folded: string,
    chinese: Chinese | undefined,
  ): Found {
    const quotes = new IntList();
    const at = new Occurrences();
    const added = folded.slice(length);
    const table = chinese?.table;
    const lastQuote = last.quote.values;
    const lastAt = last.at.values;
    for (let j = 0; j < last.quote.length; j++) {
      const i = lastQuote[j] ?? 0;
      const block = this.block((i / BLOCK) | 0);
      const { text } = block;
      const start = (lastAt[j] ?? 0) + length;
      // A block not yet folded to one script is compared through the table, as looseFinder does.
      const viaTable = table && !block.chinese ? table : undefined;
      let same = true;
      for (let r = 0; r < added.length && same; r++) {
        const c = text.charCodeAt(start + r);
        const f = added.charCodeAt(r);
        same = c === f || viaTable?.[c] === f;
      }
      if (!same) continue;
      if (quotes.last() !== i) quotes.push(i);
      at.push(i, lastAt[j] ?? 0);
    }
    return { quotes: quotes.done(), at };
  }

  /** Each quote's speaker and venue as an index into the names (venues: -1 for none). */
  private namesIndex(): Names {
    if (this.names) return this.names;
    const { model } = this;
    const actorIndex = new Map(model.actors.map((actor, i) => [actor.id, i]));
    const venues = new Map<string, number>();
    const speakerOf = new Int32Array(model.quotes.length);
    const venueOf = new Int32Array(model.quotes.length);
    model.quotes.forEach((quote, i) => {
      speakerOf[i] = actorIndex.get(quote.speaker) ?? -1;
      const venue = allTexts(quote.venue).join(SEP);
      let v = venue ? venues.get(venue) : -1;
      if (v === undefined) venues.set(venue, (v = venues.size));
      venueOf[i] = v;
    });
    this.names = {
      speakerOf,
      venueOf,
      actorTexts: model.actors.map((actor) => allTexts(actor.name).join(SEP)),
      venueTexts: [...venues.keys()],
    };
    return this.names;
  }

  /** The speakers' names and the venues, folded once per fold. */
  private foldedNames(fold: Fold) {
    let folded = this.folds.get(fold);
    if (!folded) {
      const { actorTexts, venueTexts } = this.namesIndex();
      folded = { actors: actorTexts.map(fold), venues: venueTexts.map(fold) };
      this.folds.set(fold, folded);
    }
    return folded;
  }
}

/** Each quote's slice of a block's text (V8 keeps slices as views of the block's string). */
function slices(text: string, starts: Int32Array): string[] {
  const out: string[] = [];
  for (let k = 0; k + 1 < starts.length; k++)
    out.push(text.slice(starts[k], (starts[k + 1] ?? 0) - 1));
  return out;
}
