import type { Quote } from '../../model/schema';
import { allTexts } from '../../model/text';
import { foldCase, type Fold } from './search-fold';

/** Separates strings inside a block; a query never contains it, so no match spans two quotes. */
export const SEP = '\u0001';
/** Quotes per block: the unit of background folding. */
export const BLOCK = 512;
/** Characters below this (the Latin scripts, digits, punctuation) have a set of quotes each. */
export const SET_CHARS = 0x250;
/** How many 32-bit words one character's set of `quotes` quotes takes. */
export const setWords = (quotes: number) => (quotes + 31) >>> 5;

/** A block of quotes' text, folded, and each quote's own slice of it (for narrowing). */
export type Block = {
  /** Index (model order) of the block's first quote. */
  first: number;
  /** Where each quote's text starts in `text`, and where the next would (one more entry). */
  starts: Int32Array;
  text: string;
  /** True once the text is folded to one Chinese script too. */
  chinese: boolean;
  quotes: string[];
  /**
   * For each character below SET_CHARS, which of the block's quotes hold it (folded): bit k of
   * `chars[code * words + (k >> 5)]`, with `words` = setWords(quotes). A one-letter query (the
   * first keystroke, which nearly every quote matches) then reads its result instead of
   * searching the text. The Chinese fold changes only CJK characters: these stay true.
   */
  chars: Uint32Array;
};

/** The text of the quotes (every language, separated), folded by case. */
export function caseFoldedBlock(quotes: readonly Quote[], first: number): Block {
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
  const folded = slices(text, starts);
  return { first, starts, text, chinese: false, quotes: folded, chars: charSets(folded) };
}

/** Which quotes hold each character below SET_CHARS (see Block.chars). */
function charSets(quotes: string[]): Uint32Array {
  const words = setWords(quotes.length);
  const sets = new Uint32Array(SET_CHARS * words);
  for (let k = 0; k < quotes.length; k++) {
    const text = quotes[k] ?? '';
    const word = k >>> 5;
    const bit = 1 << (k & 31);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < SET_CHARS) {
        const at = code * words + word;
        sets[at] = (sets[at] ?? 0) | bit;
      }
    }
  }
  return sets;
}

/** The block's text folded to one Chinese script as well (folds keep lengths: `starts` hold). */
export function chineseFoldBlock(block: Block, byTable: Fold): void {
  block.text = byTable(block.text);
  block.quotes = slices(block.text, block.starts);
  block.chinese = true;
}

/** Each quote's slice of a block's text (V8 keeps slices as views of the block's string). */
function slices(text: string, starts: Int32Array): string[] {
  const out: string[] = [];
  for (let k = 0; k + 1 < starts.length; k++)
    out.push(text.slice(starts[k], (starts[k + 1] ?? 0) - 1));
  return out;
}
