import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './error-boundary';

type Props = { name: string; className?: string; actions?: ReactNode; children: ReactNode };

/** A named region of the dashboard (`<section>` with an accessible name) that contains its own failures. */
export function Region({ name, className, actions, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={id} className={`region ${className ?? ''}`}>
      <div className="region-head">
        <h2 id={id}>{name}</h2>
        {actions}
      </div>
      <ErrorBoundary
        fallback={(reset) => (
          <div role="alert">
            <p>{t('app.fatal')}</p>
            <button type="button" onClick={reset}>
              {t('app.retry')}
            </button>
          </div>
        )}
      >
        {children}
      </ErrorBoundary>
    </section>
  );
}
