import { describe, expect, it, vi } from 'vitest';
import { fixtureModel } from '../testing/fixture-model';
import {
  jsonErrorOffset,
  lineAndColumn,
  MAX_MODEL_BYTES,
  parseModelText,
} from './parse-model-text';
import { formatProblem, type ValidationResult } from './validate';

const problems = (result: ValidationResult) =>
  result.ok ? [] : result.problems.map(formatProblem);
const valid = JSON.stringify(fixtureModel(), null, 2);

describe('parseModelText', () => {
  it('parses and validates a model', () => {
    expect(parseModelText(valid)).toEqual({ ok: true, model: fixtureModel() });
  });

  it('tolerates a UTF-8 byte order mark', () => {
    expect(parseModelText(`\uFEFF${valid}`)).toEqual({ ok: true, model: fixtureModel() });
  });

  it('refuses an empty file', () => {
    expect(problems(parseModelText(''))).toEqual([
      '(file): the file is empty — expected a JSON model',
    ]);
    expect(problems(parseModelText('\uFEFF \n'))).toEqual([
      '(file): the file is empty — expected a JSON model',
    ]);
  });

  it('refuses a file over 20 MB before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const result = parseModelText(valid, MAX_MODEL_BYTES + 1);
    expect(parse).not.toHaveBeenCalled();
    expect(problems(result)).toEqual([
      '(file): the file is 20.0 MB; models over 20 MB are refused — split the model or remove unused records',
    ]);
    expect(problems(parseModelText('{}', 25 * 1024 * 1024))[0]).toContain('the file is 25.0 MB');
  });

  it('accepts a file of exactly 20 MB', () => {
    expect(parseModelText(valid, MAX_MODEL_BYTES).ok).toBe(true);
  });

  it.each([
    ['{\n  "format": "stakeholder-model",\n  "version": 1,\n  oops\n}', 4, 3],
    ['{"a": 1,}', 1, 9],
    ['[1, 2,]', 1, 7],
    ['{\n  "actors": [\n    {"id": tru}\n  ]\n}', 3, 12],
    ["{'format': 1}", 1, 2],
    ['{"a": 1}}', 1, 9],
    ['{"a": [1, 2}', 1, 12],
    ['{"a": ', 1, 7],
    ['\uFEFF{\n"a" 1}', 2, 5],
  ])('non-JSON %j gets line %i, column %i', (source, line, column) => {
    const [problem] = problems(parseModelText(source));
    expect(problem).toMatch(
      new RegExp(`^\\(file\\): not valid JSON at line ${line}, column ${column}: `),
    );
  });
});

describe('jsonErrorOffset', () => {
  it('is undefined for valid JSON and finds the first error otherwise', () => {
    for (const source of [valid, '1', '"x"', '[]', '{}', ' null ', '{"a":[{"b":-1.5e3}]}'])
      expect(jsonErrorOffset(source)).toBeUndefined();
    expect(jsonErrorOffset('[1,]')).toBe(3);
    expect(jsonErrorOffset('{"a" "b"}')).toBe(5);
    expect(jsonErrorOffset('')).toBe(0);
  });

  it('copes with deep nesting without overflowing the stack', () => {
    expect(jsonErrorOffset(`${'['.repeat(200_000)}x`)).toBe(200_000);
  });
});

describe('lineAndColumn', () => {
  it('counts from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
