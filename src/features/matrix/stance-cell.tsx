import { memo, useId } from 'react';
import { positionStyle } from '../../components/position-style';
import type { Position } from '../../model/schema';
import { cellHistory, cellLabel, type CellWords } from './cell-text';
import type { MatrixCell } from './matrix-rows';

type Props = {
  cell: MatrixCell;
  words: CellWords;
  r: number;
  c: number;
  active: boolean;
  selected: boolean;
  onOpen: (actor: string, issue: string) => void;
};

function Chip({ position, words }: { position: Position; words: CellWords }) {
  const style = positionStyle[position];
  return (
    <span className="matrix-chip" style={{ background: style.color, color: style.ink }}>
      <span aria-hidden="true">{style.symbol}</span> {words.positionName(position)}
    </span>
  );
}

/** One matrix cell: the own statement on top, another actor's claim below, and any change. */
export const StanceCell = memo(function StanceCell({
  cell,
  words,
  r,
  c,
  active,
  selected,
  onOpen,
}: Props) {
  // words.t, not useTranslation: one cell of many, and words already changes with the language.
  const { t } = words;
  const historyId = useId();
  const history = cellHistory(cell, words);
  const label = cellLabel(cell, words);
  const reporter = cell.reported?.latest.reportedBy;
  return (
    <td
      className="matrix-cell"
      data-actor={cell.actor}
      data-issue={cell.issue}
      data-position={cell.position ?? ''}
      data-reported={cell.reported ? 'true' : undefined}
    >
      <button
        type="button"
        className="matrix-cell-button"
        data-r={r}
        data-c={c}
        tabIndex={active ? 0 : -1}
        aria-label={label}
        aria-current={selected ? 'true' : undefined}
        aria-describedby={history.length ? historyId : undefined}
        title={[label, ...history].join('\n')}
        onClick={() => onOpen(cell.actor, cell.issue)}
      >
        {(cell.own || history.length > 0) && (
          <span className="matrix-own">
            {cell.own && <Chip position={cell.own.latest.position} words={words} />}
            {history.length > 0 && (
              <span className="matrix-history" aria-hidden="true">
                ↻
              </span>
            )}
          </span>
        )}
        {cell.reported && (
          <span className="matrix-reported">
            <span
              className="matrix-hatch"
              aria-hidden="true"
              style={{ color: positionStyle[cell.reported.latest.position].color }}
            />
            <span>
              <span className="matrix-nowrap">
                <span aria-hidden="true">
                  {positionStyle[cell.reported.latest.position].symbol}
                </span>{' '}
                {words.positionName(cell.reported.latest.position)}
              </span>
              <small>
                {reporter && t('matrix.reportedBy', { name: words.actorName(reporter) })}
              </small>
            </span>
          </span>
        )}
      </button>
      {history.length > 0 && (
        <span id={historyId} className="matrix-visually-hidden">
          {t('matrix.history')}: {history.join('; ')}
        </span>
      )}
    </td>
  );
});
