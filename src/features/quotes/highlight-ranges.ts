import type { Fold } from './search-fold';

/**
 * `text` split into plain and matched pieces. The folds keep the length, so offsets found in
 * the folded text are offsets in `text` itself.
 */
export function highlightPieces(
  text: string,
  folded: string,
  fold: Fold,
): { text: string; match: boolean }[] {
  if (!folded) return [{ text, match: false }];
  const haystack = fold(text);
  const pieces: { text: string; match: boolean }[] = [];
  let from = 0;
  for (let at = haystack.indexOf(folded); at >= 0; at = haystack.indexOf(folded, from)) {
    if (at > from) pieces.push({ text: text.slice(from, at), match: false });
    pieces.push({ text: text.slice(at, at + folded.length), match: true });
    from = at + folded.length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from), match: false });
  return pieces;
}
