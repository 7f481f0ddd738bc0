import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  modelQueryOptions,
  ModelLoadError,
  sourceKey,
  type LoadedModel,
} from '../model/load-model';
import { useModelSourceStore } from './model-source-store';

export type ActiveModel = {
  loaded: LoadedModel | undefined;
  loading: boolean;
  error: ModelLoadError | undefined;
};

/**
 * The model on screen: the requested one once it has loaded, else the last one that did.
 * A failed load never replaces what is shown.
 */
export function useActiveModel(): ActiveModel {
  const requested = useModelSourceStore((s) => s.requested);
  const shown = useModelSourceStore((s) => s.shown);
  const markShown = useModelSourceStore((s) => s.markShown);
  const current = useQuery(modelQueryOptions(requested));
  const previous = useQuery({ ...modelQueryOptions(shown ?? requested), enabled: shown !== null });
  useEffect(() => {
    if (current.isSuccess && (shown === null || sourceKey(shown) !== sourceKey(requested)))
      markShown(requested);
  }, [current.isSuccess, requested, shown, markShown]);
  const error =
    current.error instanceof ModelLoadError
      ? current.error
      : current.error
        ? new ModelLoadError(sourceKey(requested), [
            { path: '(model)', message: String(current.error) },
          ])
        : undefined;
  return {
    loaded: current.data ?? (shown ? previous.data : undefined),
    loading: current.isPending,
    error,
  };
}
