import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedModel } from '../../model/index-model';
import { useText } from '../../state/use-text';
import { OTHER_BLOC } from './timeline-axis';

/** The name of a quote bucket: its bloc actor's name, or "Other". */
export function useBlocName(indexed: IndexedModel): (bloc: string) => string {
  const { t } = useTranslation();
  const tx = useText(indexed.model.meta.languages);
  return useCallback(
    (bloc: string) =>
      bloc === OTHER_BLOC ? t('timeline.other') : tx(indexed.actorsById.get(bloc)?.name) || bloc,
    [indexed, t, tx],
  );
}
