import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { Providers } from './app/providers';
import { App } from './app/app';
import { boot } from './app/boot';
import { PageLive } from './app/page-live';
import { renderWholePage } from './app/render-mode';
import { prerenderGateId, prerenderPictureId } from './app/prerender-picture';
import { uiLanguages } from './model/text';
import './app/app.css';

const root = document.getElementById('root');
// The gate script has run and the prerendered pictures have served: they only take memory
// (and the page then holds no inline script at all).
for (const lang of uiLanguages) document.getElementById(prerenderPictureId(lang))?.remove();
document.getElementById(prerenderGateId)?.remove();
if (root) {
  const { queryClient, firstRender, modelLoaded } = boot();
  const page = (
    <StrictMode>
      <Providers client={queryClient}>
        <App />
      </Providers>
      <PageLive root={root} />
    </StrictMode>
  );
  // A prerendered dashboard (put in place by the gate script when it fits this address and
  // language) is on screen already: it becomes live once its model is here.
  if (root.firstElementChild) {
    renderWholePage();
    void modelLoaded.then((loaded) => {
      if (loaded) {
        // A background (transition) hydration yields to the browser every few milliseconds
        // instead of holding the main thread for the whole dashboard.
        startTransition(() => {
          hydrateRoot(root, page);
        });
      } else {
        // What the page shows must be what it holds: the load error replaces the picture.
        root.replaceChildren();
        createRoot(root).render(page);
      }
    });
  } else {
    void firstRender.then(() => createRoot(root).render(page));
  }
}
