import type { Model } from '../../model/schema';
import { backgroundSchedule, runSlices, timed, type Schedule } from './background-slices';
import { shownOrder } from './filter-quotes';
import { looseFinder, sourcesOf } from './loose-find';
import { Occurrences } from './occurrences';
import { BLOCK, caseFoldedBlock, chineseFoldBlock, SET_CHARS, type Block } from './search-blocks';
import { among, extend, scan, withChar, type Blocks, type Found } from './search-find';
import {
  foldCase,
  hasCjk,
  loadChineseFold,
  tableFold,
  type ChineseFold,
  type Fold,
} from './search-fold';
import { markAll, markNames } from './search-mask';
import { foldedNamesCache, nameHits, namesIndex, type Names } from './search-names';

/** Folding runs in slices of about this many milliseconds, so the page stays responsive. */
const SLICE_MS = 4;
/** How many keystrokes the warm-up types. */
const WARM_UP_LETTERS = 4;

type Chinese = ChineseFold & { sources: Map<number, string> };

export type SearchMatch = {
  /** quote index (model order) → 1 when it matches; null when there is no query. */
  mask: Uint8Array | null;
  /** The folded query and the fold that produced it, for highlighting. */
  folded: string;
  fold: Fold;
  /** True while the Simplified/Traditional dictionary is still loading (results may grow). */
  pending: boolean;
  /** True when a CJK query is matched without the dictionary, which failed to load. */
  unavailable: boolean;
  /** The matching quote indices, in model order (empty when there is no query). */
  matches: Int32Array;
  /** The earlier result this one narrowed (typing on): every match here was a match there. */
  within: SearchMatch | null;
};

const none = new Int32Array(0);
// Control characters (the block separator among them) never match: they become spaces. A run of
// spaces is one: "security  guarantees" finds what "security guarantees" does.
// eslint-disable-next-line no-control-regex
const cleanQuery = (query: string) => query.replace(/[\u0000-\u001f\s]+/g, ' ').trim();

/**
 * The quote text of a model, case-folded at load and folded to one Chinese script when a CJK
 * query first needs it — both in small background slices. Results are correct at every
 * moment: a block not yet folded is folded on demand (case) or searched through the
 * dictionary's table (Chinese). So the folding going on changes no result, and only the
 * dictionary's arrival does: that is what `getVersion` counts and `subscribe` tells.
 */
export class QuoteSearchIndex {
  private blocks: (Block | undefined)[];
  private chinese: Chinese | undefined;
  private loading = false;
  /** The dictionary failed to load: CJK queries match the exact characters until `retryChinese`. */
  private failed = false;
  private version = 0;
  private listeners = new Set<() => void>();
  private names: Names | undefined;
  private foldedNames = foldedNamesCache(() => this.namesIndex());
  private view: Blocks;
  private last:
    | {
        folded: string;
        chinese: boolean;
        version: number;
        match: SearchMatch;
        at: Occurrences | undefined;
      }
    | undefined;
  private result: { query: string; version: number; match: SearchMatch } | undefined;

  constructor(
    private model: Model,
    private schedule: Schedule = backgroundSchedule,
    private loadChinese: () => Promise<ChineseFold> = loadChineseFold,
    /** How long one slice of folding may run (tests fold one block per slice with 0). */
    private sliceMs = SLICE_MS,
  ) {
    // Who said each quote and where, as numbers: in the first slice, not in the first render.
    this.schedule(() => this.namesIndex());
    this.blocks = new Array<Block | undefined>(Math.ceil(model.quotes.length / BLOCK));
    this.view = { count: this.blocks.length, at: (b) => this.block(b) };
    runSlices(
      this.schedule,
      this.sliceMs,
      () => this.blocks.findIndex((b) => b === undefined),
      (i) => this.block(i),
      () => this.schedule(() => this.warmUp()),
    );
  }

  /**
   * Types a word of the text, one letter at a time, and forgets the results: the code the first
   * keystrokes run (a scan for a common letter, a narrower scan, then typing on from the places
   * found) is then compiled in the background, not on those keystrokes (at 50,000 quotes a
   * first `s` took 17 ms to search, later ones 3 ms). Never a Chinese query: that would load the
   * dictionary no one asked for.
   */
  warmUp(): void {
    // The first word of four or more letters in a Latin script: a model's first text is often
    // Chinese (the seed's is).
    const word = /\p{Script=Latin}{4,}/u
      .exec(this.blocks[0]?.text ?? '')?.[0]
      .slice(0, WARM_UP_LETTERS);
    if (!word || hasCjk(word)) return;
    // One letter per task (at 50,000 quotes two cold letters took 20 ms in one task), each
    // typing on from the warm-up's own last search, never from what was really asked.
    let typed: typeof this.last;
    // The list's ordering of each result too (its walk took 1.7 ms cold on a first `s`).
    const order = Int32Array.from(this.model.quotes, (_, i) => i);
    const type = (n: number) => {
      const [kept, result] = [this.last, this.result];
      this.last = typed;
      try {
        const { mask, matches } = this.compute(word.slice(0, n));
        shownOrder(order, mask, matches.length);
        typed = this.last;
      } finally {
        [this.last, this.result] = [kept, result];
      }
      if (n < word.length) this.schedule(() => type(n + 1));
    };
    type(1);
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  /** Changes when the same query may give another result (the Chinese dictionary arrived). */
  getVersion = () => this.version;
  /** Whether every block is folded for the current kind of query. */
  isReady = (cjk: boolean) =>
    this.blocks.every((b) => b !== undefined && (!cjk || b.chinese)) &&
    (!cjk || this.chinese !== undefined);

  private block(b: number): Block {
    const existing = this.blocks[b];
    if (existing) return existing;
    const block = caseFoldedBlock(this.model.quotes.slice(b * BLOCK, (b + 1) * BLOCK), b * BLOCK);
    this.blocks[b] = block;
    return block;
  }

  private changed() {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  /** Loads the dictionary again after it failed (offline, a lost chunk). */
  retryChinese = () => {
    if (!this.failed) return;
    this.failed = false;
    this.startChinese();
    this.changed();
  };

  private startChinese() {
    if (this.loading || this.chinese || this.failed) return;
    this.loading = true;
    this.loadChinese().then(
      (loaded) => {
        const byTable = timed(() => {
          this.chinese = { ...loaded, sources: sourcesOf(loaded.table) };
          return tableFold(loaded.table);
        });
        this.loading = false;
        this.changed();
        runSlices(
          this.schedule,
          this.sliceMs,
          () => this.blocks.findIndex((block, i) => !(block ?? this.block(i)).chinese),
          (i) => chineseFoldBlock(this.block(i), byTable),
        );
      },
      () => {
        this.loading = false;
        this.failed = true;
        this.changed();
      },
    );
  }

  /** The search for `query`; asking again before the dictionary arrives returns the same result. */
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
    const pending = cjk && !chinese && !this.failed;
    const unavailable = cjk && !chinese && this.failed;
    if (!folded)
      return { mask: null, folded, fold, pending, unavailable, matches: none, within: null };

    const n = this.model.quotes.length;
    const { speakerOf, venueOf } = this.namesIndex();
    const { actors, venues } = this.foldedNames(fold);
    const speakers = nameHits(actors, folded);
    const atVenues = nameHits(venues, folded);
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
      found = extend(this.view, last.at, last.folded.length, folded, chinese?.table);
    else if (folded.length === 1 && !chinese && folded.charCodeAt(0) < SET_CHARS)
      found = withChar(this.view, folded.charCodeAt(0));
    else {
      const loose = chinese ? looseFinder(folded, chinese.table, chinese.sources) : undefined;
      const at = new Occurrences();
      found =
        within && within.matches.length * 4 < n
          ? among(this.view, within.matches, folded, loose, at)
          : scan(this.view, folded, loose, at);
    }
    const mask = new Uint8Array(n);
    markAll(mask, found.quotes);
    let matches = found.quotes;
    if (byName) {
      // Among the last matches when typing on (a name that matches now matched then).
      const candidates = within?.matches;
      const out = new Int32Array(candidates?.length ?? n);
      const hits = { speakers, speakerOf, venues: atVenues, venueOf };
      matches = out.subarray(0, markNames(mask, candidates, hits, out));
    }
    const match = { mask, folded, fold, pending, unavailable, matches, within };
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

  private namesIndex(): Names {
    return (this.names ??= namesIndex(this.model));
  }
}
