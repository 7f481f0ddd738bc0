import type { Quote } from '../../model/schema';
import { allTexts } from '../../model/text';
import { foldCase, type Fold } from './search-fold';

/** Separates strings inside a block; a query never contains it, so no match spans two quotes. */
export const SEP = '\u0001';
/** Quotes per block: the unit of background folding. */
export const BLOCK = 512;

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
  return { first, starts, text, chinese: false, quotes: slices(text, starts) };
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
