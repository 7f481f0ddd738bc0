/** A translate function as i18next's `getFixedT` returns it, called as `t(key, values?)`. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Names i18next reads as options rather than as values to put into the text. */
const OPTIONS = new Set([
  'context',
  'defaultValue',
  'interpolation',
  'joinArrays',
  'keyPrefix',
  'lng',
  'lngs',
  'ns',
  'ordinal',
  'postProcess',
  'replace',
  'returnDetails',
  'returnObjects',
  'skipInterpolation',
]);

// Private-use characters around a value's name: what the text holds where a value goes.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = /\uE000([^\uE000\uE001]*)\uE001/g;

/** A text with values: its template, or `null` when it cannot be one. */
type Template = string | null;

/** Templates kept at most: one per count is kept for plurals, and counts are many (50,000 quotes). */
const MAX_TEMPLATES = 1000;

/**
 * `t` with a memory: each text is looked up once per key (and count, for plurals), and a text
 * with values is kept as a template whose values are filled in by a string replace. i18next
 * resolves every call anew, ≈ 10–20 µs each, and a dashboard render makes thousands (each
 * matrix cell's words, each node's kind, each relation's name): ≈ 40 ms of a page's start.
 *
 * Only calls whose values are strings and numbers put as they are (this app turns escaping
 * off) take the template path; anything else — an option such as `context` or `defaultValue`,
 * an object value, a formatted value — goes to `t` itself, every time.
 */
export function rememberingT(t: Translate): Translate {
  const plain = new Map<string, string>();
  const templates = new Map<string, Template>();
  return (key, values) => {
    if (values === undefined) {
      let text = plain.get(key);
      if (text === undefined) plain.set(key, (text = t(key)));
      return text;
    }
    const names = Object.keys(values);
    let id = key;
    for (const name of names) {
      const value = values[name];
      if (OPTIONS.has(name) || (typeof value !== 'string' && typeof value !== 'number'))
        return t(key, values);
      // The count chooses the plural form: part of which text this is, not only a value in it.
      id += name === 'count' ? `\u0000count=${String(value)}` : `\u0000${name}`;
    }
    let template = templates.get(id);
    if (template === undefined) {
      const slots: Record<string, unknown> = {};
      for (const name of names) slots[name] = `${OPEN}${name}${CLOSE}`;
      if ('count' in values) slots.count = values.count;
      const text = t(key, slots);
      // A value the text changed (formatted, say) cannot be filled in afterwards: every slot
      // must come back as it went in (a number format turns one into "NaN", with no slot left).
      const found = [...text.matchAll(SLOT)].map(([, name]) => name ?? '');
      const intact =
        found.every((name) => name in values) &&
        names.every((name) => name === 'count' || found.includes(name));
      if (templates.size >= MAX_TEMPLATES) templates.clear();
      templates.set(id, (template = intact ? text : null));
    }
    if (template === null) return t(key, values);
    return template.replace(SLOT, (_, name: string) => String(values[name]));
  };
}
