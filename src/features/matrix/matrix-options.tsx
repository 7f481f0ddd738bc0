import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';
import { matrixSorts, type MatrixSort } from './matrix-rows';
import { useMatrixOptionsStore } from './matrix-options-store';

const sortLabel: Record<MatrixSort, string> = {
  bloc: 'matrix.options.sortBloc',
  name: 'matrix.options.sortName',
  position: 'matrix.options.sortPosition',
};

/** Sorting and hiding controls of the matrix. */
export function MatrixOptionsBar({
  indexed,
  columns,
}: {
  indexed: IndexedModel;
  columns: string[];
}) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  const options = useMatrixOptionsStore(
    useShallow((s) => ({
      sort: s.sort,
      sortIssue: s.sortIssue,
      hideEmptyRows: s.hideEmptyRows,
      hideEmptyColumns: s.hideEmptyColumns,
    })),
  );
  const setOptions = useMatrixOptionsStore((s) => s.setOptions);
  return (
    <div className="matrix-options" role="group" aria-label={t('matrix.options.label')}>
      <label>
        {t('matrix.options.sort')}{' '}
        <select
          value={options.sort}
          onChange={(event) => setOptions({ sort: event.target.value as MatrixSort })}
        >
          {matrixSorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(sortLabel[sort])}
            </option>
          ))}
        </select>
      </label>
      {options.sort === 'position' && (
        <label>
          {t('matrix.options.sortIssue')}{' '}
          <select
            value={options.sortIssue ?? columns[0] ?? ''}
            onChange={(event) => setOptions({ sortIssue: event.target.value })}
          >
            {indexed.model.issues.map((issue) => (
              <option key={issue.id} value={issue.id}>
                {tx(issue.name)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="matrix-check">
        <input
          type="checkbox"
          checked={options.hideEmptyRows}
          onChange={(event) => setOptions({ hideEmptyRows: event.target.checked })}
        />
        {t('matrix.options.hideEmptyRows')}
      </label>
      <label className="matrix-check">
        <input
          type="checkbox"
          checked={options.hideEmptyColumns}
          onChange={(event) => setOptions({ hideEmptyColumns: event.target.checked })}
        />
        {t('matrix.options.hideEmptyColumns')}
      </label>
    </div>
  );
}
