import { describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/setup';
import { indexModel } from '../../model/index-model';
import { resolveText } from '../../model/text';
import { fixtureModel } from '../../testing/fixture-model';
import { cellHistory, cellLabel, type CellWords } from './cell-text';
import { matrixRows, type MatrixCell } from './matrix-rows';

const model = fixtureModel();
model.stances.push({
  id: 'later',
  actor: 'russia',
  issue: 'security-guarantees',
  position: 'oppose',
  summary: 'x',
  date: '2025-08-18',
});
const indexed = indexModel(model);

function words(lang: 'en' | 'zh-Hant'): CellWords {
  const i18n = initI18n(lang);
  const tx = (value: Parameters<typeof resolveText>[0]) =>
    resolveText(value, lang, model.meta.languages);
  return {
    actorName: (id) => tx(indexed.actorsById.get(id)?.name),
    issueName: (id) => tx(indexed.issuesById.get(id)?.name),
    positionName: (position) => i18n.t(`positions.${position}`),
    t: (key, values) => i18n.t(key, values),
  };
}

const cell = (actor: string, issue: string): MatrixCell => {
  const table = matrixRows(
    indexed,
    { issues: [], actors: [], positions: [], asOf: null, lang: 'en' },
    { sort: 'bloc', sortIssue: null, hideEmptyRows: false, hideEmptyColumns: false },
  );
  const found = table.groups
    .flatMap((g) => g.rows)
    .find((r) => r.actor === actor)
    ?.cells.find((c) => c.issue === issue);
  if (!found) throw new Error(`no cell ${actor} ${issue}`);
  return found;
};

describe('cell text', () => {
  it('names the actor, the issue, the own stance and the reported one with its reporter', () => {
    expect(cellLabel(cell('russia', 'security-guarantees'), words('en'))).toBe(
      'Russia, Security guarantees: Oppose; Support, reported by Steve Witkoff',
    );
    expect(cellLabel(cell('russia', 'security-guarantees'), words('zh-Hant'))).toBe(
      '俄羅斯，安全保證：反對；支持，由維特科夫轉述',
    );
  });

  it('says when there is no stance', () => {
    expect(cellLabel(cell('us', 'territory'), words('en'))).toBe(
      'United States, Territory: no stance',
    );
  });

  it('lists the changes of position with their dates', () => {
    expect(cellHistory(cell('russia', 'security-guarantees'), words('en'))).toEqual([
      'Conditional → Oppose, 2025-08-18',
    ]);
    expect(cellHistory(cell('ukraine', 'territory'), words('en'))).toEqual([]);
  });
});
