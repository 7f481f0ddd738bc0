import type { IndexedModel } from '../../model/index-model';
import { positions as positionOrder } from '../../model/schema';
import { stanceCell, type StanceCell } from '../../model/stance-cell';
import { resolveText } from '../../model/text';
import type { ViewFields } from '../../state/view-store';

export const matrixSorts = ['bloc', 'name', 'position'] as const;
export type MatrixSort = (typeof matrixSorts)[number];

/** The matrix's own options (not in the URL). */
export type MatrixOptions = {
  sort: MatrixSort;
  /** The issue rows are sorted on when `sort` is `position`. */
  sortIssue: string | null;
  hideEmptyRows: boolean;
  hideEmptyColumns: boolean;
};

export type MatrixViewState = Pick<ViewFields, 'issues' | 'actors' | 'positions' | 'asOf' | 'lang'>;

export type MatrixCell = StanceCell & { actor: string; issue: string };
export type MatrixRow = { actor: string; bloc: string; depth: number; cells: MatrixCell[] };
/** Rows under one bloc's header; `bloc` is null when rows are sorted across blocs. */
export type MatrixGroup = { bloc: string | null; rows: MatrixRow[] };
export type MatrixTable = {
  columns: string[];
  groups: MatrixGroup[];
  /** Rows left out because they show no stance (with hide empty rows). */
  hiddenRows: number;
  hiddenColumns: number;
};

/** Every actor in bloc order: each bloc, then its members depth first (officials under their state). */
export function actorsInBlocOrder(indexed: IndexedModel): { actor: string; depth: number }[] {
  const out: { actor: string; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (actor: string, depth: number) => {
    if (seen.has(actor)) return;
    seen.add(actor);
    out.push({ actor, depth });
    for (const child of indexed.childrenOf.get(actor) ?? []) visit(child, depth + 1);
  };
  for (const bloc of indexed.blocs) visit(bloc, 0);
  for (const actor of indexed.model.actors) visit(actor.id, 0);
  return out;
}

const isEmpty = (cell: MatrixCell) => cell.position === null;

/** The stance matrix as a pure function of the model, the view state and the matrix options. */
export function matrixRows(
  indexed: IndexedModel,
  view: MatrixViewState,
  options: MatrixOptions,
): MatrixTable {
  const filter = { asOf: view.asOf, positions: view.positions };
  const issueIds = indexed.model.issues
    .map((issue) => issue.id)
    .filter((id) => view.issues.length === 0 || view.issues.includes(id));
  const candidates = actorsInBlocOrder(indexed).filter(
    ({ actor }) => view.actors.length === 0 || view.actors.includes(actor),
  );
  let rows: MatrixRow[] = candidates.map(({ actor, depth }) => ({
    actor,
    depth,
    bloc: indexed.blocOf.get(actor) ?? actor,
    cells: issueIds.map((issue) => ({
      actor,
      issue,
      ...stanceCell(indexed, actor, issue, filter),
    })),
  }));

  let columns = issueIds;
  if (options.hideEmptyColumns) {
    const keep = issueIds.map((_, i) => rows.some((row) => !isEmpty(row.cells[i]!)));
    columns = issueIds.filter((_, i) => keep[i]);
    rows = rows.map((row) => ({ ...row, cells: row.cells.filter((_, i) => keep[i]) }));
  }
  const before = rows.length;
  if (options.hideEmptyRows) rows = rows.filter((row) => !row.cells.every(isEmpty));

  const table = {
    columns,
    hiddenRows: before - rows.length,
    hiddenColumns: issueIds.length - columns.length,
  };
  if (options.sort === 'bloc') {
    const groups: MatrixGroup[] = [];
    for (const row of rows) {
      const last = groups.at(-1);
      if (last?.bloc === row.bloc) last.rows.push(row);
      else groups.push({ bloc: row.bloc, rows: [row] });
    }
    return { ...table, groups };
  }
  const languages = indexed.model.meta.languages;
  const name = (actor: string) =>
    resolveText(indexed.actorsById.get(actor)?.name, view.lang, languages);
  const collator = new Intl.Collator(view.lang);
  const byName = (a: MatrixRow, b: MatrixRow) => collator.compare(name(a.actor), name(b.actor));
  let compare = byName;
  if (options.sort === 'position') {
    const sortIssue = options.sortIssue ?? columns[0];
    const rank = (row: MatrixRow) => {
      const cell = row.cells.find((c) => c.issue === sortIssue);
      return cell?.position ? positionOrder.indexOf(cell.position) : positionOrder.length;
    };
    // Stable sort: rows with the same position keep their bloc order.
    compare = (a, b) => rank(a) - rank(b);
  }
  return { ...table, groups: [{ bloc: null, rows: [...rows].sort(compare) }] };
}
