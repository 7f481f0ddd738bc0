/** Measures the width in CSS pixels of a text drawn in one fixed font. */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/**
 * The longest start of `text` that fits in `maxWidth` pixels, with an ellipsis when cut.
 *
 * Graph nodes draw their names without CSS clipping (`overflow: hidden` + `text-overflow`): each
 * clipped text is a paint chunk of its own, and with 500 nodes those chunks make every frame of a
 * pan re-layerise slowly. Cutting the text here gives the same picture with no clip. Code points
 * are never split (a surrogate pair or CJK character stays whole).
 */
export function fitLabel(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(chars.slice(0, middle).join('').trimEnd() + ELLIPSIS) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return chars.slice(0, low).join('').trimEnd() + ELLIPSIS;
}

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * A width estimate for when no canvas is available (tests, very old browsers): CJK and other wide
 * characters take one em, everything else 0.62 em (a bold sans-serif's average, erring wide).
 */
export function estimateMeasure(fontSize: number): Measure {
  return (text) => {
    let width = 0;
    for (const char of text) width += WIDE.test(char) ? fontSize : fontSize * 0.62;
    return width;
  };
}
