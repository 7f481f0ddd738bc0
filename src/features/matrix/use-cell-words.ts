import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';
import type { CellWords } from './cell-text';

/** Names and UI strings for turning cells into words, in the UI language. */
export function useCellWords(indexed: IndexedModel): CellWords {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  return useMemo(
    () => ({
      actorName: (id) => tx(indexed.actorsById.get(id)?.name) || id,
      issueName: (id) => tx(indexed.issuesById.get(id)?.name) || id,
      positionName: (position) => t(`positions.${position}`),
      t: (key, values) => t(key, values),
    }),
    [indexed, t, tx],
  );
}
