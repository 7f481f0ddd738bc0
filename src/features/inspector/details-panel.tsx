import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';
import { useViewStore } from '../../state/view-store';

/** Minimal Details until the inspector lands: the selected actor's name and role. */
export function DetailsPanel({ indexed }: { indexed: IndexedModel }) {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  const selected = useViewStore((s) => s.selected);
  if (selected?.kind !== 'actor') return null;
  const actor = indexed.actorsById.get(selected.id);
  if (!actor) return null;
  return (
    <div>
      <h3>{tx(actor.name)}</h3>
      <p>{t(`kinds.${actor.kind}`)}</p>
      {actor.role && <p>{tx(actor.role)}</p>}
    </div>
  );
}
