import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { modelQueryOptions, sourceLabel, type ModelSource } from '../model/load-model';
import { LoadAlert } from '../features/import/load-alert';
import { PartialBanner } from '../features/import/partial-banner';
import type { ActiveModel } from './use-active-model';
import { useModelSourceStore } from './model-source-store';
import { DEFAULT_MODEL_URL } from '../model/default-model-url';
import { useViewStore } from '../state/view-store';

/** Progress while a model loads: it floats over the page (app.css), so nothing moves. */
export function LoadProgress() {
  const { t } = useTranslation();
  const name = sourceLabel(useModelSourceStore((s) => s.requested));
  return (
    <p role="status" className="loading">
      <progress aria-label={t('app.loadingFile', { name })} /> {t('app.loadingFile', { name })}
    </p>
  );
}

/** The failure alert (with Load valid part) and the valid-part banner. */
export function LoadStatus({ active }: { active: ActiveModel }) {
  const queryClient = useQueryClient();
  const requested = useModelSourceStore((s) => s.requested);
  const shown = useModelSourceStore((s) => s.shown);
  const request = useModelSourceStore((s) => s.request);
  const name = sourceLabel(requested);
  const partial = active.error?.partial;
  // The alert's buttons go away with it: focus goes to the page's main content, not its start.
  const toMain = () => document.getElementById('main')?.focus();
  const loadValidPart = partial
    ? () => {
        const source: ModelSource = { kind: 'partial', of: name };
        queryClient.setQueryData(modelQueryOptions(source).queryKey, partial);
        request(source);
        toMain();
      }
    : undefined;
  return (
    <>
      {active.error && (
        <LoadAlert
          error={active.error}
          name={name}
          keptModel={active.loaded !== undefined}
          onLoadValidPart={loadValidPart}
          onLoadDefault={
            requested.kind === 'url' && requested.url === DEFAULT_MODEL_URL
              ? undefined
              : () => {
                  useViewStore.getState().set({ model: null });
                  // The page's content goes while the model loads: the title stays, and will name it.
                  document.querySelector<HTMLElement>('.app-header h1')?.focus();
                }
          }
          onDismiss={() => {
            if (shown) request(shown);
            toMain();
          }}
        />
      )}
      {active.loaded?.dropped && (
        <PartialBanner name={active.loaded.label} dropped={active.loaded.dropped} />
      )}
    </>
  );
}
