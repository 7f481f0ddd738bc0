import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHydrated } from '../../lib/use-hydrated';

/** A title field and Save: stores the current view state. */
export function SaveViewForm({ onSave }: { onSave: (title: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  // In the closed Views menu: the prerendered picture leaves the field out, as each input costs
  // the first frame (src/components/control-picture.tsx).
  const live = useHydrated();
  return (
    <form
      className="saved-views-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (title.trim()) {
          onSave(title.trim());
          setTitle('');
        }
      }}
    >
      <label htmlFor={id}>{t('savedViews.saveTitle')}</label>
      {live && (
        <input
          id={id}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          maxLength={200}
          required
        />
      )}
      <button type="submit">{t('savedViews.save')}</button>
    </form>
  );
}
