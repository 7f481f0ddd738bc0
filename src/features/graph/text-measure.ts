import { estimateMeasure, fitLabel, type Measure } from './fit-label';

/**
 * Room for text in an actor node (200 px wide): minus the 8 + 2 px borders, 6 + 10 px padding,
 * the 20 px icon and the 8 px gap, less 2 px of slack for sub-pixel differences.
 */
const TEXT_WIDTH = 144;

function measureFor(font: string, fontSize: number, inFonts: boolean): Measure {
  const context =
    !inFonts || typeof OffscreenCanvas === 'undefined'
      ? null
      : new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return estimateMeasure(fontSize);
  context.font = font;
  return (text) => context.measureText(text).width;
}

/**
 * Fits node names and kind labels to an actor node, in the node's own fonts (see graph.css), with
 * a cache: the same names are fitted again on every view change. Without `inFonts` (rendering on
 * the server, or hydrating what it rendered) widths are estimated from the font size.
 */
export function nodeTextFitter(inFonts = true): (text: string, part: 'name' | 'kind') => string {
  const family =
    !inFonts || typeof document === 'undefined'
      ? 'sans-serif'
      : getComputedStyle(document.documentElement).getPropertyValue('--font').trim() ||
        'sans-serif';
  const measures = {
    name: measureFor(`600 15px ${family}`, 15, inFonts),
    kind: measureFor(`12px ${family}`, 12, inFonts),
  };
  const cache = new Map<string, string>();
  return (text, part) => {
    const key = `${part}\u0000${text}`;
    let fitted = cache.get(key);
    if (fitted === undefined) {
      fitted = fitLabel(text, TEXT_WIDTH, measures[part]);
      cache.set(key, fitted);
    }
    return fitted;
  };
}
