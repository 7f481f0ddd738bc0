import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../i18n/setup';
import { indexModel } from '../../model/index-model';
import { fixtureModel } from '../../testing/fixture-model';
import { citationText, csvRows } from './quote-rows';

const tFor = (lang: string) => i18next.getFixedT(lang);

beforeAll(async () => {
  await i18next.init({ resources, fallbackLng: false, interpolation: { escapeValue: false } });
});

describe('citationText', () => {
  const indexed = indexModel(fixtureModel());
  const rubio = indexed.quotesById.get('q-rubio')!;
  const zelensky = indexed.quotesById.get('q-zelensky')!;

  it('English: speaker, role, words, translation mark, venue, date, source, locator', () => {
    expect(citationText(indexed, rubio, 'en', tFor('en'))).toBe(
      'Marco Rubio, US Secretary of State: “If one side gets everything it wants, it is not a peace deal, it is a surrender” [translation] NBC, 2025-08-17. DW Chinese, “DW Chinese report”, ¶9.',
    );
  });

  it('Chinese: the original words with Chinese punctuation', () => {
    expect(citationText(indexed, rubio, 'zh-Hant', tFor('zh-Hant'))).toBe(
      '盧比奧（美國國務卿）：「如果讓一方想要什麼就通通得到，就不是和平協議了，那叫投降」（NBC，2025-08-17）。德國之聲中文網〈德國之聲中文網報導〉，¶9。',
    );
  });

  it('a paraphrase is marked as such and never put in quotation marks', () => {
    const text = citationText(indexed, zelensky, 'en', tFor('en'));
    expect(text).toContain('Volodymyr Zelensky (paraphrase): Under');
    const words = text.slice(0, text.indexOf('2025-08-17'));
    expect(words).not.toMatch(/[“”]/);
  });
});

describe('csvRows', () => {
  it('a header and one row per quote, in the UI language', () => {
    const indexed = indexModel(fixtureModel());
    const rows = csvRows(indexed, indexed.model.quotes, 'en', tFor('en'));
    expect(rows).toHaveLength(indexed.model.quotes.length + 1);
    expect(rows[0]?.[0]).toBe('id');
    const rubio = rows.find((row) => row[0] === 'q-rubio');
    expect(rubio).toContain('Marco Rubio');
    expect(rubio).toContain('Direct quotation');
    expect(rubio).toContain('Territory; Sanctions');
  });
});
