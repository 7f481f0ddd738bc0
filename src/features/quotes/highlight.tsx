import type { Fold } from './search-fold';
import { highlightPieces } from './highlight-ranges';

/** Text with the search matches in <mark> elements: split into elements, never HTML. */
export function Highlight({ text, folded, fold }: { text: string; folded: string; fold: Fold }) {
  const pieces = highlightPieces(text, folded, fold);
  return (
    <>{pieces.map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : piece.text))}</>
  );
}
