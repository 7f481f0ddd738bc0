import type { Position } from '../../model/schema';
import type { PositionChange } from '../../model/stance-cell';
import type { MatrixCell } from './matrix-rows';

/** What turning a cell into words needs: names by id and the UI strings. */
export type CellWords = {
  actorName: (id: string) => string;
  issueName: (id: string) => string;
  positionName: (position: Position) => string;
  t: (key: string, values?: Record<string, string>) => string;
};

/** The reported half of a cell in words: "Support, reported by Steve Witkoff". */
export function reportedText(cell: MatrixCell, words: CellWords): string | undefined {
  const stance = cell.reported?.latest;
  if (!stance?.reportedBy) return undefined;
  return words.t('matrix.reportedStance', {
    position: words.positionName(stance.position),
    name: words.actorName(stance.reportedBy),
  });
}

/** The accessible name: "Russia, Security guarantees: Conditional; Support, reported by Steve Witkoff". */
export function cellLabel(cell: MatrixCell, words: CellWords): string {
  const parts: string[] = [];
  if (cell.own) parts.push(words.positionName(cell.own.latest.position));
  const reported = reportedText(cell, words);
  if (reported) parts.push(reported);
  return words.t('matrix.cellLabel', {
    actor: words.actorName(cell.actor),
    issue: words.issueName(cell.issue),
    stances: parts.length ? parts.join(words.t('matrix.separator')) : words.t('matrix.noStance'),
  });
}

const change = (item: PositionChange, words: CellWords) =>
  words.t('matrix.historyChange', {
    from: words.positionName(item.from),
    to: words.positionName(item.to),
    date: item.date?.slice(0, 10) ?? words.t('matrix.undated'),
  });

/** The history lines of a cell ("Oppose → Conditional, 2025-08-17"); empty when nothing changed. */
export function cellHistory(cell: MatrixCell, words: CellWords): string[] {
  return [
    ...(cell.own?.history ?? []).map((item) => change(item, words)),
    ...(cell.reported?.history ?? []).map((item) =>
      words.t('matrix.historyReported', { change: change(item, words) }),
    ),
  ];
}
