import { useEffect, useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../i18n/setup';
import { useViewStore } from '../state/view-store';
import { startUrlSync } from '../state/url-sync';
import { modelQueryOptions } from '../model/load-model';
import { useModelSourceStore } from './model-source-store';
import { firstRenderAfter } from './first-render';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

// The URL is read before the first render so the first paint is already the linked view.
let stopSync: (() => void) | undefined;
function ensureUrlSync() {
  stopSync ??= startUrlSync(useViewStore);
}

// The model is requested now, while the page is still being set up, rather than from the first
// render's effects (useQuery then joins this request).
ensureUrlSync();
const requested = useModelSourceStore.getState().requested;
const prefetched = queryClient.prefetchQuery(modelQueryOptions(requested)).then(() => {
  // Loaded before the first render: it is on screen from the start, with no render to say so.
  if (queryClient.getQueryData(modelQueryOptions(requested).queryKey))
    useModelSourceStore.getState().markShown(requested);
});
/** Resolves when the page should first render (see firstRenderAfter). */
export const firstRender = firstRenderAfter(requested, prefetched);

export function Providers({ children }: { children: ReactNode }) {
  ensureUrlSync();
  const lang = useViewStore((s) => s.lang);
  const [i18n] = useState(() => initI18n(lang));
  useEffect(() => {
    initI18n(lang);
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </QueryClientProvider>
  );
}
