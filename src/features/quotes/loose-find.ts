/**
 * Finding a Chinese-folded query in text that is folded by case only, while the blocks are
 * being folded to one script in the background.
 */

/** folded character → every character that folds to it (itself included). */
export function sourcesOf(table: Uint16Array): Map<number, string> {
  const sources = new Map<number, string>();
  for (let c = 0; c < table.length; c++) {
    const f = table[c] ?? c;
    if (f !== c)
      sources.set(f, (sources.get(f) ?? String.fromCharCode(f)) + String.fromCharCode(c));
  }
  return sources;
}

/** Finds the query in a text from an offset (-1: not found). */
export type Finder = (text: string, from: number) => number;

/**
 * Finds a Chinese-folded query in text folded by case only (a block whose Chinese is not
 * folded yet): where one of the spellings of its first character stands (each found by
 * indexOf) and each character after it folds to the query's. Calls on one text must ask
 * from growing offsets (the next place of each spelling is kept).
 */
export function looseFinder(
  folded: string,
  table: Uint16Array,
  sources: Map<number, string>,
): Finder {
  const spellings = [...(sources.get(folded.charCodeAt(0)) ?? folded.charAt(0))];
  const next = new Int32Array(spellings.length);
  let current: string | undefined;
  return (text, from) => {
    if (text !== current) {
      current = text;
      next.fill(-2);
    }
    for (;;) {
      let found = -1;
      spellings.forEach((spelling, v) => {
        let at = next[v] ?? -1;
        if (at !== -1 && at < from) next[v] = at = text.indexOf(spelling, from);
        if (at >= 0 && (found < 0 || at < found)) found = at;
      });
      if (found < 0) return -1;
      let same = true;
      for (let j = 1; j < folded.length && same; j++) {
        const c = text.charCodeAt(found + j);
        const f = folded.charCodeAt(j);
        same = c === f || table[c] === f;
      }
      if (same) return found;
      from = found + 1;
    }
  };
}
