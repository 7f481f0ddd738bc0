import { describe, expect, it } from 'vitest';
import { indexModel } from '../../model/index-model';
import type { Model } from '../../model/schema';
import { fixtureModel } from '../../testing/fixture-model';
import {
  actorsInBlocOrder,
  matrixRows,
  type MatrixOptions,
  type MatrixTable,
  type MatrixViewState,
} from './matrix-rows';

const view: MatrixViewState = { issues: [], actors: [], positions: [], asOf: null, lang: 'en' };
const options: MatrixOptions = {
  sort: 'bloc',
  sortIssue: null,
  hideEmptyRows: false,
  hideEmptyColumns: false,
};
const indexed = indexModel(fixtureModel());
const rowIds = (table: MatrixTable) => table.groups.flatMap((g) => g.rows.map((r) => r.actor));
const cellOf = (table: MatrixTable, actor: string, issue: string) =>
  table.groups
    .flatMap((g) => g.rows)
    .find((r) => r.actor === actor)
    ?.cells.find((c) => c.issue === issue);

describe('actorsInBlocOrder', () => {
  it('puts officials under their state, one level deeper', () => {
    expect(actorsInBlocOrder(indexed)).toEqual([
      { actor: 'us', depth: 0 },
      { actor: 'witkoff', depth: 1 },
      { actor: 'rubio', depth: 1 },
      { actor: 'russia', depth: 0 },
      { actor: 'putin', depth: 1 },
      { actor: 'ukraine', depth: 0 },
      { actor: 'zelensky', depth: 1 },
    ]);
  });
});

describe('matrixRows', () => {
  it('has one column per issue and groups rows by bloc', () => {
    const table = matrixRows(indexed, view, options);
    expect(table.columns).toEqual(['security-guarantees', 'territory', 'sanctions']);
    expect(table.groups.map((g) => [g.bloc, g.rows.map((r) => r.actor)])).toEqual([
      ['us', ['us', 'witkoff', 'rubio']],
      ['russia', ['russia', 'putin']],
      ['ukraine', ['ukraine', 'zelensky']],
    ]);
    expect(cellOf(table, 'ukraine', 'territory')?.position).toBe('oppose');
    expect(cellOf(table, 'us', 'territory')?.position).toBeNull();
  });

  it('shows both the self-stated and the reported stance of a cell', () => {
    const cell = cellOf(matrixRows(indexed, view, options), 'russia', 'security-guarantees');
    expect(cell?.own?.latest.position).toBe('conditional');
    expect(cell?.reported?.latest.reportedBy).toBe('witkoff');
    expect(cell?.position).toBe('conditional');
  });

  it('applies asOf to every cell', () => {
    const table = matrixRows(indexed, { ...view, asOf: '2025-08-16' }, options);
    expect(cellOf(table, 'russia', 'security-guarantees')?.reported).toBeUndefined();
    expect(cellOf(table, 'ukraine', 'territory')?.position).toBeNull();
  });

  it('restricts columns to the issue filter and rows to the actor filter', () => {
    const table = matrixRows(
      indexed,
      { ...view, issues: ['territory'], actors: ['ukraine', 'putin'] },
      options,
    );
    expect(table.columns).toEqual(['territory']);
    expect(rowIds(table)).toEqual(['putin', 'ukraine']);
  });

  it('blanks cells whose position is not in the position filter', () => {
    const table = matrixRows(indexed, { ...view, positions: ['oppose'] }, options);
    expect(cellOf(table, 'ukraine', 'territory')?.position).toBe('oppose');
    expect(cellOf(table, 'russia', 'security-guarantees')?.position).toBeNull();
  });

  it('hides empty rows and columns on request, and counts them', () => {
    const table = matrixRows(indexed, view, {
      ...options,
      hideEmptyRows: true,
      hideEmptyColumns: true,
    });
    expect(table.columns).toEqual(['security-guarantees', 'territory']);
    expect(rowIds(table)).toEqual(['russia', 'ukraine']);
    expect(table.hiddenRows).toBe(5);
    expect(table.hiddenColumns).toBe(1);
    expect(table.groups.flatMap((g) => g.rows).every((r) => r.cells.length === 2)).toBe(true);
  });

  it('sorts by name in the UI language, in a single group', () => {
    const en = matrixRows(indexed, view, { ...options, sort: 'name' });
    expect(en.groups).toHaveLength(1);
    expect(en.groups[0]?.bloc).toBeNull();
    expect(rowIds(en)).toEqual([
      'rubio',
      'russia',
      'witkoff',
      'ukraine',
      'us',
      'putin',
      'zelensky',
    ]);
    const zh = matrixRows(indexed, { ...view, lang: 'zh-Hant' }, { ...options, sort: 'name' });
    expect(rowIds(zh)).not.toEqual(rowIds(en));
  });

  it('sorts by position on an issue, support first, empty last, ties in bloc order', () => {
    const model: Model = fixtureModel();
    model.stances.push(
      { id: 'a', actor: 'us', issue: 'sanctions', position: 'oppose', summary: 'x' },
      { id: 'b', actor: 'putin', issue: 'sanctions', position: 'support', summary: 'x' },
      { id: 'c', actor: 'ukraine', issue: 'sanctions', position: 'conditional', summary: 'x' },
      { id: 'd', actor: 'zelensky', issue: 'sanctions', position: 'support', summary: 'x' },
    );
    const table = matrixRows(indexModel(model), view, {
      ...options,
      sort: 'position',
      sortIssue: 'sanctions',
    });
    expect(rowIds(table)).toEqual([
      'putin',
      'zelensky',
      'ukraine',
      'us',
      'witkoff',
      'rubio',
      'russia',
    ]);
  });
});
