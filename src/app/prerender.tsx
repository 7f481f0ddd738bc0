import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './app';
import { Providers, createQueryClient } from './providers';
import { PageLive } from './page-live';
import { renderWholePage } from './render-mode';
import { urlSource, useModelSourceStore } from './model-source-store';
import { modelQueryOptions, type LoadedModel } from '../model/load-model';
import { parseModelText } from '../model/parse-model-text';
import { DEFAULT_MODEL_URL } from '../model/default-model-url';
import type { UiLanguage } from '../model/text';
import { useViewStore } from '../state/view-store';

/**
 * The dashboard with the default model and no filters, rendered to HTML at build time (see
 * vite.config.ts): the page shows it before any script has run, and main.tsx hydrates it. Only
 * valid models are prerendered: a problem in the default model fails the build.
 */
export async function prerenderDashboard(modelText: string, lang: UiLanguage): Promise<string> {
  renderWholePage();
  const parsed = parseModelText(modelText, modelText.length);
  if (!parsed.ok) {
    const problems = parsed.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
    throw new Error(`${DEFAULT_MODEL_URL} is not valid:\n${problems.join('\n')}`);
  }
  const source = urlSource(null);
  const client = createQueryClient();
  const loaded: LoadedModel = { model: parsed.model, label: DEFAULT_MODEL_URL };
  client.setQueryData(modelQueryOptions(source).queryKey, loaded);
  useModelSourceStore.getState().markShown(source);
  useViewStore.getState().set({ lang });
  // Waits for the lazy graph (renderToString would leave its fallback), and writes every part in
  // place: a part written apart would need an inline script to move it, which the CSP forbids.
  // The tree is main.tsx's, PageLive included: React derives useId's ids from the tree's shape,
  // and hydration keeps the picture's attributes, so the ids in labels' `for` and in
  // aria-describedby must be the ones the live page computes for the elements it adds later.
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <Providers client={client}>
        <App />
      </Providers>
      <PageLive root={null} />
    </StrictMode>,
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  return html;
}
