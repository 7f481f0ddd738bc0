import type { Finder } from './loose-find';
import { IntList, MAX_OCCURRENCES, Occurrences } from './occurrences';
import { BLOCK, SET_CHARS, setWords, type Block } from './search-blocks';

/** The quotes whose text matched (model order), and where in the blocks when that was kept. */
export type Found = { quotes: Int32Array; at: Occurrences | undefined };

/** The blocks of a model's quotes, each folded by case when first asked for. */
export type Blocks = { count: number; at: (b: number) => Block };

/**
 * Every block scanned once: the quotes whose text holds `folded` (and where, when asked).
 * `loose` finds a Chinese-folded query in a block not yet folded to one script.
 */
export function scan(
  blocks: Blocks,
  folded: string,
  loose: Finder | undefined,
  at: Occurrences | undefined,
): Found {
  const quotes = new IntList();
  for (let b = 0; b < blocks.count; b++) {
    const block = blocks.at(b);
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
    if (at && !at.full && (at.quote.length / (b + 1)) * blocks.count > MAX_OCCURRENCES)
      at.full = true;
  }
  return { quotes: quotes.done(), at };
}

/**
 * The quotes holding one character below SET_CHARS, read from the blocks' character sets: no
 * search at all. No places are kept (a common letter is everywhere: typing on searches again).
 */
export function withChar(blocks: Blocks, code: number): Found {
  if (code >= SET_CHARS) throw new RangeError(`no set for character ${code}`);
  const quotes = new IntList();
  for (let b = 0; b < blocks.count; b++) {
    const { first, starts, chars } = blocks.at(b);
    const words = setWords(starts.length - 1);
    for (let w = 0; w < words; w++) {
      let bits = chars[code * words + w] ?? 0;
      while (bits !== 0) {
        const low = bits & -bits;
        quotes.push(first + (w << 5) + 31 - Math.clz32(low));
        bits ^= low;
      }
    }
  }
  return { quotes: quotes.done(), at: undefined };
}

/** Only the given quotes, each on its own text: fewer than a scan when few matched before. */
export function among(
  blocks: Blocks,
  candidates: Int32Array,
  folded: string,
  loose: Finder | undefined,
  at: Occurrences | undefined,
): Found {
  const quotes = new IntList();
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c] ?? 0;
    const block = blocks.at((i / BLOCK) | 0);
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
 * Typing on at the end: the new query can only start where the last one (`length` long) did,
 * so each of those places is checked for the characters added — no search at all. `table`
 * (the Chinese fold) compares blocks not yet folded to one script, as looseFinder does.
 */
export function extend(
  blocks: Blocks,
  last: Occurrences,
  length: number,
  folded: string,
  table: Uint16Array | undefined,
): Found {
  const quotes = new IntList();
  const at = new Occurrences();
  const added = folded.slice(length);
  const lastQuote = last.quote.values;
  const lastAt = last.at.values;
  for (let j = 0; j < last.quote.length; j++) {
    const i = lastQuote[j] ?? 0;
    const block = blocks.at((i / BLOCK) | 0);
    const { text } = block;
    const start = (lastAt[j] ?? 0) + length;
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
