import { useTranslation } from 'react-i18next';
import type { Dropped } from '../../model/validate';

/** Says what "Load valid part" left out, per collection, with the ids. */
export function PartialBanner({ name, dropped }: { name: string; dropped: Dropped }) {
  const { t } = useTranslation();
  const entries = Object.entries(dropped).filter(([, ids]) => ids.length > 0);
  return (
    <div role="status" className="partial-banner">
      <p>
        <strong>{t('load.partialTitle', { name })}</strong>{' '}
        {t('load.leftOut', {
          list: entries.map(([name, ids]) => `${ids.length} ${name}`).join(', '),
        })}
      </p>
      <ul>
        {entries.map(([collection, ids]) => (
          <li key={collection}>
            {collection}: {ids.slice(0, 50).join(', ')}
            {ids.length > 50 ? ` … (+${ids.length - 50})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
