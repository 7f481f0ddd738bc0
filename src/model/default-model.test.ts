import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQuotes, countBodyParagraphs } from '../../scripts/check-quotes';
import type { Model, Text } from './schema';
import { formatProblem } from './validate';
import { parseModelText } from './parse-model-text';

const root = resolve(import.meta.dirname, '../..');
const modelText = readFileSync(resolve(root, 'data/alaska-summit.json'), 'utf8');
const ARTICLE_FILE = '000_bbfff3133abe7021.txt';
// Locally the seed is in /work/shared/seed; in CI beside the repository, at ../shared/seed.
const articlePath = [
  resolve(root, '../shared/seed', ARTICLE_FILE),
  `/work/shared/seed/${ARTICLE_FILE}`,
].find((path) => existsSync(path));
const article = articlePath ? readFileSync(articlePath, 'utf8') : undefined;

function loadDefault(): Model {
  const result = parseModelText(modelText);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.model;
}

/** Every Text field of the model, with its path. */
function texts(model: Model): Array<[string, Text]> {
  const out: Array<[string, Text | undefined]> = [
    ['meta.title', model.meta.title],
    ['meta.summary', model.meta.summary],
  ];
  model.meta.sources?.forEach((s, i) =>
    out.push([`meta.sources[${i}].title`, s.title], [`meta.sources[${i}].publisher`, s.publisher]),
  );
  const fields: { [K in keyof Model]?: string[] } = {
    actors: ['name', 'role', 'description'],
    issues: ['name', 'description'],
    relations: ['label'],
    stances: ['summary'],
    quotes: ['text', 'venue'],
    events: ['title', 'description'],
    views: ['title', 'notes'],
  };
  for (const [name, keys] of Object.entries(fields)) {
    (model[name as keyof Model] as Array<Record<string, unknown>>).forEach((record, i) => {
      for (const key of keys) out.push([`${name}[${i}].${key}`, record[key] as Text | undefined]);
    });
  }
  return out.filter((entry): entry is [string, Text] => entry[1] !== undefined);
}

describe('the default model, data/alaska-summit.json', () => {
  const model = loadDefault();

  it('validates and has the expected size', () => {
    expect({
      actors: model.actors.length,
      issues: model.issues.length,
      relations: model.relations.length,
      stances: model.stances.length,
      quotes: model.quotes.length,
      events: model.events.length,
      views: model.views.length,
    }).toEqual({
      actors: 25,
      issues: 10,
      relations: 17,
      stances: 27,
      quotes: 40,
      events: 6,
      views: 5,
    });
  });

  it('every stance and every relation has evidence', () => {
    const without = [
      ...model.stances.filter((s) => !s.evidence?.length).map((s) => `stances ${s.id}`),
      ...model.relations.filter((r) => !r.evidence?.length).map((r) => `relations ${r.id}`),
    ];
    expect(without).toEqual([]);
  });

  it('every Text has both en and zh-Hant', () => {
    const all = texts(model);
    expect(all.length).toBeGreaterThan(150);
    const missing = all
      .filter(
        ([, value]) => typeof value === 'string' || !value.en?.trim() || !value['zh-Hant']?.trim(),
      )
      .map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it('every locator is a body paragraph of the article', () => {
    const paragraphs = article ? countBodyParagraphs(article) : 20;
    if (article) expect(paragraphs).toBe(20);
    const bad = model.quotes
      .filter((q) => q.locator !== undefined)
      .filter((q) => {
        const n = Number(/^¶(\d+)$/.exec(q.locator ?? '')?.[1]);
        return !(n >= 1 && n <= paragraphs);
      })
      .map((q) => `${q.id}: ${q.locator}`);
    expect(bad).toEqual([]);
    expect(model.quotes.every((q) => q.locator !== undefined)).toBe(true);
  });

  it.runIf(article !== undefined)('every direct quote stands verbatim in the article', () => {
    const result = checkQuotes(article ?? '', JSON.parse(modelText));
    expect(result.problems).toEqual([]);
    expect(result.direct).toBeGreaterThan(0);
  });
});
