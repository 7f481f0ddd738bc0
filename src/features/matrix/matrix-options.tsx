import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { CheckboxPicture, SelectPicture } from '../../components/control-picture';
import { useAfterHydration } from '../../lib/use-hydrated';
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
  // Below the first screen: the prerendered picture draws the controls, and the real
  // ones follow in a background render after hydration (control-picture.tsx).
  const live = useAfterHydration();
  const sorts = matrixSorts.map((sort) => [sort, t(sortLabel[sort])] as const);
  const checkbox = (name: 'hideEmptyRows' | 'hideEmptyColumns') => (
    <label className="matrix-check">
      {live ? (
        <input
          type="checkbox"
          checked={options[name]}
          onChange={(event) => setOptions({ [name]: event.target.checked })}
        />
      ) : (
        <CheckboxPicture checked={options[name]} />
      )}
      {t(`matrix.options.${name}`)}
    </label>
  );
  return (
    <div className="matrix-options" role="group" aria-label={t('matrix.options.label')}>
      <label>
        {t('matrix.options.sort')}{' '}
        {live ? (
          <select
            value={options.sort}
            onChange={(event) => setOptions({ sort: event.target.value as MatrixSort })}
          >
            {sorts.map(([sort, label]) => (
              <option key={sort} value={sort}>
                {label}
              </option>
            ))}
          </select>
        ) : (
          <SelectPicture options={sorts} value={options.sort} />
        )}
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
      {checkbox('hideEmptyRows')}
      {checkbox('hideEmptyColumns')}
    </div>
  );
}
