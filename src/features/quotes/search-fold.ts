import { timed } from './background-slices';

/**
 * Folding for search: every fold here keeps the string's length (one UTF-16 unit in, one out),
 * so a match found in folded text is at the same offsets in the text on screen (for <mark>).
 */

/** A fold: the same length in and out. */
export type Fold = (value: string) => string;

/** Full-width ASCII, and the typographic apostrophes, quotation marks and dashes. */
const VARIANTS = /[\uff01-\uff5e\u2010-\u2015\u2018-\u201f\u2032\u2033\u2212]/g;
const PLAIN: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
};
const plain = (ch: string) => {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01) return String.fromCharCode(code - 0xfee0);
  return PLAIN[ch] ?? '-';
};

/**
 * Lower case, full-width ASCII → ASCII, and curly apostrophes and quotes and every dash → their
 * keyboard forms (a phone types "Ukraine’s", the text may say "Trump–Putin"), keeping the length
 * (characters whose lower case is longer stay).
 */
export const foldCase: Fold = (value) => {
  const lower = value.replace(VARIANTS, plain);
  const folded = lower.toLowerCase();
  if (folded.length === lower.length) return folded;
  let out = '';
  for (const ch of lower) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
};

/** CJK ideographs (and their extensions and compatibility forms) that opencc may convert. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/;
export const hasCjk = (value: string) => CJK.test(value);

/** A dictionary as opencc-js ships it: "a b|c d e" (first candidate wins) or [source, target] pairs. */
export type Dict = string | readonly (readonly [string, string])[];

function* entries(dict: Dict): Generator<[string, string]> {
  if (typeof dict !== 'string') {
    for (const [from, to] of dict) yield [from, to.split(' ')[0] ?? from];
    return;
  }
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to) yield [from, to];
  }
}

/**
 * A character table folding Traditional to Simplified (opencc's TSCharacters, first candidate).
 * Character by character, not phrase by phrase: the query and the text fold the same way
 * whatever the segmentation, and the length never changes. Regional variant tables are left
 * out on purpose: character by character they would fold some Simplified characters away
 * (么 → 幺) and break the match.
 */
export function chineseTable(toSimplified: readonly Dict[]): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let i = 0; i < table.length; i++) table[i] = i;
  const seen = new Set<number>();
  for (const dict of toSimplified)
    for (const [from, to] of entries(dict)) {
      const code = from.charCodeAt(0);
      if (from.length !== 1 || to.length !== 1 || seen.has(code)) continue;
      seen.add(code);
      table[code] = to.charCodeAt(0);
    }
  return table;
}

const decoder = typeof TextDecoder === 'undefined' ? undefined : new TextDecoder('utf-16le');

/** Folds with a character table; returns the same string when nothing changes. */
export function tableFold(table: Uint16Array): Fold {
  return (value) => {
    const n = value.length;
    let buffer: Uint16Array | undefined;
    for (let i = 0; i < n; i++) {
      const c = value.charCodeAt(i);
      const f = table[c] ?? c;
      if (f !== c && !buffer) {
        buffer = new Uint16Array(n);
        for (let j = 0; j < i; j++) buffer[j] = value.charCodeAt(j);
      }
      if (buffer) buffer[i] = f;
    }
    if (!buffer) return value;
    if (decoder) return decoder.decode(buffer);
    let out = '';
    for (let i = 0; i < n; i += 4096)
      out += String.fromCharCode(...buffer.subarray(i, Math.min(n, i + 4096)));
    return out;
  };
}

/** The Chinese fold: case + Traditional → Simplified, and the character table behind it. */
export type ChineseFold = { fold: Fold; table: Uint16Array };

/** Builds the Chinese fold from opencc-js's locale dictionaries. */
export function chineseFoldFrom(locale: {
  to: Record<string, readonly (readonly Dict[])[]>;
}): ChineseFold {
  const table = chineseTable((locale.to.cn ?? []).flat());
  const byTable = tableFold(table);
  return { fold: (value) => byTable(foldCase(value)), table };
}

let chinese: Promise<ChineseFold> | undefined;

/**
 * opencc-js is loaded only when first needed (a CJK character was typed), and only the one
 * dictionary the character fold uses: TSCharacters (Traditional → Simplified, about 18 kB gzip).
 */
export function loadChineseFold(): Promise<ChineseFold> {
  chinese ??= import('opencc-js/dict/TSCharacters').then(
    ({ default: characters }) => timed(() => chineseFoldFrom({ to: { cn: [[characters]] } })),
    (error: unknown) => {
      // Not kept: asking again (Try again) loads it again.
      chinese = undefined;
      throw error;
    },
  );
  return chinese;
}
