import { useEffect, useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../i18n/setup';
import { useViewStore } from '../state/view-store';

/** The query cache for models: loaded once, never refetched behind the user's back. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
}

/** What every part of the page needs: the model cache and the UI strings in the UI language. */
export function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  const lang = useViewStore((s) => s.lang);
  const [i18n] = useState(() => initI18n(lang));
  useEffect(() => {
    initI18n(lang);
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </QueryClientProvider>
  );
}
