import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseModelText } from './parse-model-text';
import { resolveText } from './text';
import { formatProblem } from './validate';

/** The hostile corpus that e2e/hostile.spec.ts opens in the browser, checked here in milliseconds. */
type Entry = { file: string; valid: boolean; expect?: string[]; title?: string; note?: string };

const dir = resolve(import.meta.dirname, '../../e2e/fixtures/hostile');
const { files } = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as {
  files: Entry[];
};

const read = (file: string) => {
  const bytes = readFileSync(resolve(dir, file));
  // Keep a BOM (File.text() in the browser strips it; a fetched body may not).
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), size: bytes.length };
};

describe('the hostile corpus', () => {
  it('lists every file in the folder, at least 30 of them', () => {
    const onDisk = readdirSync(dir).filter((name) => name !== 'manifest.json');
    expect(files.map((entry) => entry.file).sort()).toEqual(onDisk.sort());
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files.filter((entry) => !entry.valid))('$file is refused with its paths', (entry) => {
    const { text, size } = read(entry.file);
    const result = parseModelText(text, size);
    expect(result.ok).toBe(false);
    const shown = result.ok ? '' : result.problems.map(formatProblem).join('\n');
    expect(entry.expect?.length).toBeGreaterThan(0);
    for (const expected of entry.expect ?? []) expect(shown).toContain(expected);
  });

  it.each(files.filter((entry) => entry.valid))('$file is valid and titled', (entry) => {
    const { text, size } = read(entry.file);
    const result = parseModelText(text, size);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const { meta } = result.model;
    expect(resolveText(meta.title, 'en', meta.languages)).toBe(entry.title);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the BOM file starts with a BOM', () => {
    expect(read('bom.json').text.charCodeAt(0)).toBe(0xfeff);
  });
});
