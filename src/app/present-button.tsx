import { useTranslation } from 'react-i18next';
import { useViewStore } from '../state/view-store';

/** Opens briefing mode, full screen where the browser allows it. */
export function PresentButton() {
  const { t } = useTranslation();
  const setPanel = useViewStore((s) => s.setPanel);
  return (
    <button
      type="button"
      className="present-button"
      onClick={() => {
        setPanel('brief');
        document.documentElement.requestFullscreen?.().catch(() => undefined);
      }}
    >
      ▶ {t('briefing.present')}
    </button>
  );
}
