import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './error-boundary';

type Props = {
  name: string;
  className?: string;
  actions?: ReactNode;
  /** True while its panel has yet to arrive (the dashboard reveals them one by one). */
  busy?: boolean;
  children?: ReactNode;
};

/** A named region of the dashboard (`<section>` with an accessible name) that contains its own failures. */
export function Region({ name, className, actions, busy, children }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      aria-busy={busy || undefined}
      className={`region ${className ?? ''}`}
    >
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
