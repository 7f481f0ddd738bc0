import { useTranslation } from 'react-i18next';
import { SelectPicture } from '../components/control-picture';
import { useHydrated } from '../lib/use-hydrated';
import { uiLanguages, type UiLanguage } from '../model/text';
import { useViewStore } from '../state/view-store';

const names: Record<UiLanguage, string> = { en: 'English', 'zh-Hant': '繁體中文' };

export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useViewStore((s) => s.lang);
  const setLang = useViewStore((s) => s.setLang);
  // The prerendered picture draws the select (control-picture.tsx).
  const live = useHydrated();
  return (
    <label className="language-switch">
      <span>{t('app.language')}</span>
      {live ? (
        <select value={lang} onChange={(event) => setLang(event.currentTarget.value as UiLanguage)}>
          {uiLanguages.map((value) => (
            <option key={value} value={value} lang={value}>
              {names[value]}
            </option>
          ))}
        </select>
      ) : (
        <SelectPicture
          options={uiLanguages.map((value) => [value, names[value], value])}
          value={lang}
        />
      )}
    </label>
  );
}
