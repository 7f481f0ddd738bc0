import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';

/** Minimal rendering until the matrix lands: how many stances each issue has. */
export function MatrixPanel({ indexed }: { indexed: IndexedModel }) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('app.issues')}</th>
          <th scope="col">#</th>
        </tr>
      </thead>
      <tbody>
        {indexed.model.issues.map((issue) => (
          <tr key={issue.id}>
            <th scope="row">{tx(issue.name)}</th>
            <td>{indexed.model.stances.filter((s) => s.issue === issue.id).length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
