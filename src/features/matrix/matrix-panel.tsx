import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { IndexedModel } from '../../model/index-model';
import { useViewStore } from '../../state/view-store';
import { useFilters } from '../../state/use-filters';
import { MatrixLegend } from './matrix-legend';
import { MatrixOptionsBar } from './matrix-options';
import { useMatrixOptionsStore } from './matrix-options-store';
import { matrixRows } from './matrix-rows';
import { MatrixTable } from './matrix-table';
import './matrix.css';

/** The stance matrix: who stands where on each issue, since when, and on whose word. */
export function MatrixPanel({ indexed }: { indexed: IndexedModel }) {
  const { t } = useTranslation();
  const filters = useFilters();
  const lang = useViewStore((s) => s.lang);
  const view = useMemo(() => ({ ...filters, lang }), [filters, lang]);
  const options = useMatrixOptionsStore(
    useShallow((s) => ({
      sort: s.sort,
      sortIssue: s.sortIssue,
      hideEmptyRows: s.hideEmptyRows,
      hideEmptyColumns: s.hideEmptyColumns,
    })),
  );
  const table = useMemo(() => matrixRows(indexed, view, options), [indexed, view, options]);
  const empty = table.columns.length === 0 || table.groups.every((g) => g.rows.length === 0);
  const caption = view.asOf ? t('matrix.captionAsOf', { date: view.asOf }) : t('matrix.caption');
  return (
    <div className="matrix">
      <MatrixOptionsBar indexed={indexed} columns={table.columns} />
      {(table.hiddenRows > 0 || table.hiddenColumns > 0) && (
        <p className="matrix-note">
          {[
            table.hiddenRows > 0 && t('matrix.hidden', { count: table.hiddenRows }),
            table.hiddenColumns > 0 && t('matrix.hiddenColumns', { count: table.hiddenColumns }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      {empty ? (
        <p className="matrix-empty">{t('matrix.empty')}</p>
      ) : (
        <div className="matrix-scroll">
          <MatrixTable indexed={indexed} table={table} caption={caption} />
        </div>
      )}
      <MatrixLegend />
    </div>
  );
}
