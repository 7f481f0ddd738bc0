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

/** Separates strings inside a block; a query never contains it, so no match spans two quotes. */
const SEP = '\u0001';
const BLOCK = 512;
/** Folding runs in slices of about this many milliseconds, so the page stays responsive. */
const SLICE_MS = 8;

/** A block of quotes' text, folded, and each quote's own slice of it (for narrowing). */
type Block = {
  first: number;
  starts: Int32Array;
  text: string;
  chinese: boolean;
  quotes: string[];
};
type Chinese = ChineseFold & { sources: Map<number, string> };

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
const defaultSchedule: Schedule = (task) => void setTimeout(task, 0);
const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  private speakerOf: Int32Array;
  private venueOf: Int32Array;
  private actorTexts: string[];
  private venueTexts: string[];
  private last:
    { folded: string; chinese: boolean; version: number; match: SearchMatch } | undefined;
  private folds = new WeakMap<Fold, { actors: string[]; venues: string[] }>();

  constructor(
    private model: Model,
    private schedule: Schedule = defaultSchedule,
    private loadChinese: () => Promise<ChineseFold> = loadChineseFold,
  ) {
    const actorIndex = new Map(model.actors.map((actor, i) => [actor.id, i]));
    this.actorTexts = model.actors.map((actor) => allTexts(actor.name).join(SEP));
    const venues = new Map<string, number>();
    this.speakerOf = new Int32Array(model.quotes.length);
    this.venueOf = new Int32Array(model.quotes.length);
    model.quotes.forEach((quote, i) => {
      this.speakerOf[i] = actorIndex.get(quote.speaker) ?? -1;
      const venue = allTexts(quote.venue).join(SEP);
      let v = venue ? venues.get(venue) : -1;
      if (v === undefined) venues.set(venue, (v = venues.size));
      this.venueOf[i] = v;
    });
    this.venueTexts = [...venues.keys()];
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
      const end = now() + SLICE_MS;
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
    const mask = new Uint8Array(n);
    const regex = chinese ? variantsPattern(folded, chinese.sources) : undefined;
    const { speakerOf, venueOf } = this;
    const { actors, venues } = this.foldedNames(fold);
    // Per speaker and venue (shifted by one: 0 is "none"), whether its name matches.
    const speakers = Uint8Array.from([0, ...actors.map((text) => +text.includes(folded))]);
    const atVenues = Uint8Array.from([0, ...venues.map((text) => +text.includes(folded))]);
    const byName = speakers.includes(1) || atVenues.includes(1);
    const named = (i: number) =>
      (speakers[(speakerOf[i] ?? -1) + 1] ?? 0) | (atVenues[(venueOf[i] ?? -1) + 1] ?? 0);
    const last = this.last;
    // Typing on: every match of the new query was a match of the last one.
    const within =
      last &&
      last.chinese === !!chinese &&
      last.version === this.version &&
      folded.includes(last.folded)
        ? last.match
        : null;
    let matches: Int32Array;
    if (within && within.matches.length * 4 < n) {
      // Among few matches, test only those, each on its own text (else one scan is faster).
      const candidates = within.matches;
      const out = new Int32Array(candidates.length);
      let count = 0;
      for (let c = 0; c < candidates.length; c++) {
        const i = candidates[c] ?? 0;
        const block = this.block((i / BLOCK) | 0);
        const text = block.quotes[i - block.first] ?? '';
        let hit: boolean;
        if (!regex || block.chinese) hit = text.includes(folded);
        else {
          regex.lastIndex = 0;
          hit = regex.test(text);
        }
        if (hit || (byName && named(i) > 0)) {
          mask[i] = 1;
          out[count++] = i;
        }
      }
      matches = out.subarray(0, count);
    } else {
      const find = (block: Block, from: number) => {
        if (!regex || block.chinese) return block.text.indexOf(folded, from);
        regex.lastIndex = from;
        return regex.exec(block.text)?.index ?? -1;
      };
      for (let b = 0; b < this.blocks.length; b++) {
        const block = this.block(b);
        const { starts } = block;
        let k = 0;
        for (let at = find(block, 0); at >= 0; at = find(block, starts[k + 1] ?? Infinity)) {
          while ((starts[k + 1] ?? Infinity) <= at) k++;
          mask[block.first + k] = 1;
          if (k + 1 >= starts.length - 1) break;
        }
      }
      let count = 0;
      if (byName) for (let i = 0; i < n; i++) mask[i] = (mask[i] ?? 0) | named(i);
      for (let i = 0; i < n; i++) count += mask[i] ?? 0;
      matches = new Int32Array(count);
      for (let i = 0, c = 0; i < n; i++) if (mask[i]) matches[c++] = i;
    }
    const match = { mask, folded, fold, pending, matches, within };
    // Keep one step back only: a long query must not hold every earlier result.
    if (within) within.within = null;
    this.last = { folded, chinese: !!chinese, version: this.version, match };
    return match;
  }

  /** The speakers' names and the venues, folded once per fold. */
  private foldedNames(fold: Fold) {
    let names = this.folds.get(fold);
    if (!names)
      this.folds.set(
        fold,
        (names = { actors: this.actorTexts.map(fold), venues: this.venueTexts.map(fold) }),
      );
    return names;
  }
}

/** Each quote's slice of a block's text (V8 keeps slices as views of the block's string). */
function slices(text: string, starts: Int32Array): string[] {
  const out: string[] = [];
  for (let k = 0; k + 1 < starts.length; k++)
    out.push(text.slice(starts[k], (starts[k + 1] ?? 0) - 1));
  return out;
}

/** folded character → every character that folds to it (itself included). */
function sourcesOf(table: Uint16Array): Map<number, string> {
  const sources = new Map<number, string>();
  for (let c = 0; c < table.length; c++) {
    const f = table[c] ?? c;
    if (f !== c)
      sources.set(f, (sources.get(f) ?? String.fromCharCode(f)) + String.fromCharCode(c));
  }
  return sources;
}

/** A pattern matching unfolded (case-folded only) text against a Chinese-folded query. */
function variantsPattern(folded: string, sources: Map<number, string>): RegExp {
  let pattern = '';
  for (let i = 0; i < folded.length; i++) {
    const alternatives = sources.get(folded.charCodeAt(i));
    pattern += alternatives ? `[${alternatives}]` : escape(folded.charAt(i));
  }
  return new RegExp(pattern, 'g');
}
