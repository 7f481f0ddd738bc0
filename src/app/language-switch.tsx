import { useTranslation } from 'react-i18next';
import { uiLanguages, type UiLanguage } from '../model/text';
import { useViewStore } from '../state/view-store';

const names: Record<UiLanguage, string> = { en: 'English', 'zh-Hant': '繁體中文' };

export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useViewStore((s) => s.lang);
  const setLang = useViewStore((s) => s.setLang);
  return (
    <label className="language-switch">
      <span>{t('app.language')}</span>
      <select value={lang} onChange={(event) => setLang(event.currentTarget.value as UiLanguage)}>
        {uiLanguages.map((value) => (
          <option key={value} value={value} lang={value}>
            {names[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
