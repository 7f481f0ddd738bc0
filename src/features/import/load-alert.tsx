import { useTranslation } from 'react-i18next';
import type { ModelLoadError } from '../../model/load-model';
import { ErrorList } from '../../components/error-list';

type Props = {
  error: ModelLoadError;
  name: string;
  keptModel: boolean;
  onLoadValidPart: (() => void) | undefined;
  onDismiss: () => void;
  /** Offered when no model is on screen and the failed one was not the default. */
  onLoadDefault: (() => void) | undefined;
};

/** A failed load: every problem with its path; the model on screen stays. */
export function LoadAlert({
  error,
  name,
  keptModel,
  onLoadValidPart,
  onDismiss,
  onLoadDefault,
}: Props) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="load-alert">
      <h2>{t('load.failedTitle', { name })}</h2>
      <p>{keptModel ? t('load.failedHelp') : t('load.keptNothing')}</p>
      <ErrorList problems={error.problems} />
      <div className="actions">
        {onLoadValidPart && (
          <button type="button" onClick={onLoadValidPart}>
            {t('load.loadValidPart')}
          </button>
        )}
        {!keptModel && onLoadDefault && (
          <button type="button" onClick={onLoadDefault}>
            {t('load.loadDefault')}
          </button>
        )}
        {keptModel && (
          <button type="button" onClick={onDismiss}>
            {t('load.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}
