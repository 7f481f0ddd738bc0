import { useTranslation } from 'react-i18next';
import type { Text } from '../../model/schema';
import type { Citation } from './slides';

type Props = { citations: readonly Citation[]; tx: (value: Text | undefined) => string };

/** The sources and locators of the quotes on the slide. */
export function CitationFooter({ citations, tx }: Props) {
  const { t } = useTranslation();
  return (
    <footer className="briefing-citations">
      <h3>{t('briefing.citations')}</h3>
      {citations.length === 0 ? (
        <p>{t('briefing.noCitations')}</p>
      ) : (
        <ul>
          {citations.map(({ source, locators }) => (
            <li key={source?.id ?? ''}>
              {source
                ? `${tx(source.publisher)}, ${tx(source.title)}${source.published ? `, ${source.published}` : ''}`
                : '—'}
              {locators.length > 0 && `: ${locators.join(', ')}`}
            </li>
          ))}
        </ul>
      )}
    </footer>
  );
}
