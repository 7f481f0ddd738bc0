import { estimateMeasure, fitLabel, type Measure } from './fit-label';

/**
 * Room for text in an actor node (200 px wide): minus the 8 + 2 px borders, 6 + 10 px padding,
 * the 20 px icon and the 8 px gap, less 2 px of slack for sub-pixel differences.
 */
const TEXT_WIDTH = 144;

function measureFor(font: string, fontSize: number): Measure {
  const context =
    typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return estimateMeasure(fontSize);
  context.font = font;
  return (text) => context.measureText(text).width;
}

/**
 * Fits node names and kind labels to an actor node, in the node's own fonts (see graph.css), with
 * a cache: the same names are fitted again on every view change. Without `inFonts` (rendering on
 * the server, or hydrating what it rendered) the text is left whole: the page's fonts are not
 * known there, so the prerendered picture cuts it with CSS instead (`.graph-canvas--picture`),
 * at the same place the fitted text will be cut once the page is live.
 */
export function nodeTextFitter(inFonts = true): (text: string, part: 'name' | 'kind') => string {
  if (!inFonts) return (text) => text;
  const family =
    typeof document === 'undefined'
      ? 'sans-serif'
      : getComputedStyle(document.documentElement).getPropertyValue('--font').trim() ||
        'sans-serif';
  const measures = {
    name: measureFor(`600 15px ${family}`, 15),
    kind: measureFor(`12px ${family}`, 12),
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
