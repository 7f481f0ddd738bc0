import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { IndexedModel } from '../../model/index-model';
import { useViewStore } from '../../state/view-store';
import { clampGridPosition, nextGridPosition, type GridPosition } from './grid-navigation';
import type { MatrixTable as Table } from './matrix-rows';
import { StanceCell } from './stance-cell';
import { useCellWords } from './use-cell-words';

type Props = { indexed: IndexedModel; table: Table; caption: string };

/** The stance matrix: a real table, rows grouped by bloc, one roving tab stop for the whole grid. */
export function MatrixTable({ indexed, table, caption }: Props) {
  const { t } = useTranslation();
  const words = useCellWords(indexed);
  const ref = useRef<HTMLTableElement>(null);
  const { issues, focus, selected } = useViewStore(
    useShallow((s) => ({ issues: s.issues, focus: s.focus, selected: s.selected })),
  );
  const starts: number[] = [];
  let rowCount = 0;
  for (const group of table.groups) {
    starts.push(rowCount);
    rowCount += group.rows.length;
  }
  const size = { rows: rowCount, cols: table.columns.length };
  const [remembered, setActive] = useState<GridPosition>({ r: 0, c: 0 });
  const active = clampGridPosition(remembered, size);
  const open = useCallback(
    (actor: string, issue: string) =>
      useViewStore.getState().select({ kind: 'cell', actor, issue }),
    [],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    if (target.dataset.r === undefined || target.dataset.c === undefined) return;
    const from = { r: Number(target.dataset.r), c: Number(target.dataset.c) };
    const next = nextGridPosition(from, event.key, event.ctrlKey || event.metaKey, size);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    ref.current?.querySelector<HTMLElement>(`[data-r="${next.r}"][data-c="${next.c}"]`)?.focus();
  };
  const tab = (r: number, c: number) => (active.r === r && active.c === c ? 0 : -1);
  const onlyIssue = issues.length === 1 ? issues[0] : undefined;

  return (
    <table ref={ref} className="matrix-table" onKeyDown={onKeyDown}>
      <caption className="matrix-visually-hidden">
        {caption} {t('matrix.keyboardHint')}
      </caption>
      <thead>
        <tr>
          <th scope="col" className="matrix-corner">
            {t('matrix.actor')}
          </th>
          {table.columns.map((issue, c) => (
            <th key={issue} scope="col">
              <button
                type="button"
                className="matrix-col-button"
                data-r={-1}
                data-c={c}
                tabIndex={tab(-1, c)}
                aria-pressed={onlyIssue === issue}
                title={t(onlyIssue === issue ? 'matrix.allIssuesAgain' : 'matrix.onlyIssue')}
                onClick={() =>
                  useViewStore.getState().setIssues(onlyIssue === issue ? [] : [issue])
                }
              >
                {words.issueName(issue)}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      {table.groups.map((group, g) => (
        <tbody key={group.bloc ?? `all-${g}`}>
          {group.bloc !== null && (
            <tr className="matrix-group">
              <th
                scope="rowgroup"
                colSpan={table.columns.length + 1}
                style={{ borderInlineStartColor: indexed.colorOf.get(group.bloc) }}
              >
                <span>{t('matrix.bloc', { name: words.actorName(group.bloc) })}</span>
              </th>
            </tr>
          )}
          {group.rows.map((row, i) => {
            const rowIndex = (starts[g] ?? 0) + i;
            return (
              <tr key={row.actor} className={focus === row.actor ? 'matrix-focused' : undefined}>
                <th
                  scope="row"
                  className="matrix-row-head"
                  style={{ borderInlineStartColor: indexed.colorOf.get(row.actor) }}
                >
                  <button
                    type="button"
                    className="matrix-row-button"
                    data-r={rowIndex}
                    data-c={-1}
                    data-depth={group.bloc === null ? 0 : row.depth}
                    tabIndex={tab(rowIndex, -1)}
                    title={t('matrix.focusActor', { name: words.actorName(row.actor) })}
                    onClick={() => useViewStore.getState().focusActor(row.actor)}
                  >
                    {words.actorName(row.actor)}
                  </button>
                </th>
                {row.cells.map((cell, c) => (
                  <StanceCell
                    key={cell.issue}
                    cell={cell}
                    words={words}
                    r={rowIndex}
                    c={c}
                    active={active.r === rowIndex && active.c === c}
                    selected={
                      selected?.kind === 'cell' &&
                      selected.actor === cell.actor &&
                      selected.issue === cell.issue
                    }
                    onOpen={open}
                  />
                ))}
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
