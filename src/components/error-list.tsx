import { useTranslation } from 'react-i18next';
import { formatProblem, type Problem } from '../model/validate';

const SHOWN = 50;

/** The first 50 problems as `path: message`, then "and N more". */
export function ErrorList({ problems }: { problems: readonly Problem[] }) {
  const { t } = useTranslation();
  const rest = problems.length - SHOWN;
  return (
    <>
      <ul className="error-list">
        {problems.slice(0, SHOWN).map((problem, index) => (
          <li key={index}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
      {rest > 0 && <p>{t('load.more', { count: rest })}</p>}
    </>
  );
}
