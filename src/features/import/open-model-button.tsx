import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useHydrated } from '../../lib/use-hydrated';

/** The "Open model" file input (accepts .json). */
export function OpenModelButton({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // The input is hidden (its label is the button): the prerendered picture leaves it out, as
  // each input costs the first frame (src/components/control-picture.tsx).
  const live = useHydrated();
  return (
    <span className="open-model">
      <label htmlFor={id} className="button">
        {t('app.openModel')}
      </label>
      {live && (
        <input
          ref={input}
          id={id}
          type="file"
          accept=".json,application/json"
          className="visually-hidden-input"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onFile(file);
            // The same file can be chosen again after it is fixed.
            if (input.current) input.current.value = '';
          }}
        />
      )}
    </span>
  );
}
